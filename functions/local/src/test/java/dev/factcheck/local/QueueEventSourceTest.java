package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.sam.SqsEventSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** How the runner reads a worker's answer and builds the SQS event: Lambda's rules, one case each. */
class QueueEventSourceTest {

    private static final SqsEventSource REPORTING = new SqsEventSource("Q", "Queue", 5, true, null);
    private static final List<Message> BATCH = List.of(message("a"), message("b"), message("c"));

    private static Message message(String id) {
        return Message.builder().messageId(id).receiptHandle("rh-" + id).body("{\"n\":\"" + id + "\"}").md5OfBody("md5")
                .attributes(Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2",
                        MessageSystemAttributeName.SENT_TIMESTAMP, "1796180000000"))
                .build();
    }

    private static Set<String> failed(String answer, SqsEventSource source) {
        return QueueEventSource.failedIds(answer == null ? null : answer.getBytes(StandardCharsets.UTF_8), BATCH, source);
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"b\"}]}          | b",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"a\"},{\"itemIdentifier\":\"c\"}]} | a c",
            "{\"batchItemFailures\":[]}                                     | ''",
            "{\"batchItemFailures\":null}                                   | ''",
            "{}                                                             | ''",
            "null                                                           | ''",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}           | a b c",
            "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}           | a b c",
            "{\"batchItemFailures\":[{\"itemIdentifier\":\"zzz\"}]}        | a b c",
            "{\"batchItemFailures\":[{\"id\":\"b\"}]}                      | a b c",
            "not json                                                       | a b c",
    })
    void batchItemFailures_areReadAsLambdaReadsThem(String answer, String expected) {
        Set<String> want = expected.isBlank() ? Set.of() : Set.of(expected.trim().split(" "));
        assertThat(failed(answer.strip(), REPORTING)).isEqualTo(want);
    }

    @Test
    void withoutReportBatchItemFailures_aSuccessfulInvocationDeletesTheWholeBatch() {
        SqsEventSource plain = new SqsEventSource("Q", "Queue", 5, false, null);
        assertThat(failed("{\"batchItemFailures\":[{\"itemIdentifier\":\"b\"}]}", plain)).isEmpty();
    }

    @Test
    void event_carriesWhatLambdaDelivers() {
        JsonNode record = QueueEventSource.event(BATCH, "arn:aws:sqs:us-east-1:000000000000:FeedQueue").path("Records").get(1);

        assertThat(record.path("messageId").asText()).isEqualTo("b");
        assertThat(record.path("receiptHandle").asText()).isEqualTo("rh-b");
        assertThat(record.path("body").asText()).isEqualTo("{\"n\":\"b\"}");
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("2");
        assertThat(record.path("attributes").path("SentTimestamp").asText()).isEqualTo("1796180000000");
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:FeedQueue");
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.path("md5OfBody").asText()).isEqualTo("md5");
    }

    @Test
    void concurrency_isTheMappingsMaximumConcurrency_resolvedFromItsParameter() {
        SqsEventSource byParameter = new SqsEventSource("Q", "Queue", 5, true, "{\"Ref\":\"FeedWorkerConcurrency\"}");
        assertThat(QueueEventSource.concurrency(byParameter, Map.of("FeedWorkerConcurrency", "4"))).isEqualTo(4);
        assertThat(QueueEventSource.concurrency(new SqsEventSource("Q", "Queue", 5, true, "7"), Map.of())).isEqualTo(7);
        assertThat(QueueEventSource.concurrency(REPORTING, Map.of())).isEqualTo(QueueEventSource.DEFAULT_CONCURRENCY);
    }
}

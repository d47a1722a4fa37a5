package dev.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.ingest.queue.FeedDispatcher;
import dev.factcheck.ingest.queue.FeedMessage;
import dev.factcheck.sam.QueueProvisioner;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.SqsExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.testing.TestSqs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@ExtendWith({DynamoDbExtension.class, SqsExtension.class})
class FeedDispatchHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration MIN_INTERVAL = Duration.ofMinutes(10);

    private final TestDynamoDb dynamoDb;
    private final TestSqs sqs;
    private TestDynamoDb.Tables tables;
    private FeedRegistry feeds;
    private String queueUrl;
    private final AtomicInteger sendCalls = new AtomicInteger();
    private SqsClient countingClient;

    FeedDispatchHandlerTest(TestDynamoDb dynamoDb, TestSqs sqs) {
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
    }

    @BeforeEach
    void fresh() {
        tables = dynamoDb.createTables();
        feeds = new FeedRegistry(dynamoDb.client(), tables.name("FeedsTable"));
        queueUrl = sqs.createQueues().get("FeedQueue").url();
        countingClient = SqsClient.builder().endpointOverride(sqs.endpoint())
                .region(software.amazon.awssdk.regions.Region.of(sqs.region()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if ("SendMessageBatch".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                            sendCalls.incrementAndGet();
                        }
                    }
                })).build();
    }

    @AfterEach
    void close() {
        countingClient.close();
    }

    private FeedDispatchHandler handler() {
        return new FeedDispatchHandler(new FeedDispatcher(feeds, countingClient, queueUrl, MIN_INTERVAL, Clock.systemUTC()));
    }

    private Feed register(String url) {
        return feeds.register(url, null, Instant.now()).feed();
    }

    private void pulledAgo(Feed feed, Duration ago) {
        feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(Instant.now().minus(ago), "ok", null, 0, 0, 0, 0, null));
    }

    /** Every message on the queue, received until it is empty, as FeedMessages. */
    private List<FeedMessage> drain() {
        List<FeedMessage> received = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.client().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(0)).messages();
            if (batch.isEmpty()) {
                return received;
            }
            batch.forEach(m -> received.add(FeedMessage.parse(m.body())));
        }
    }

    @Test
    void dispatch_enqueuesExactlyTheDueFeeds_oneMessageEach() throws Exception {
        Feed never = register("https://news.example.com/never.xml");
        Feed longAgo = register("https://news.example.com/long-ago.xml");
        Feed justNow = register("https://news.example.com/just-now.xml");
        Feed atTheInterval = register("https://news.example.com/at-the-interval.xml");
        pulledAgo(longAgo, Duration.ofHours(2));
        pulledAgo(justNow, Duration.ofMinutes(3));
        pulledAgo(atTheInterval, MIN_INTERVAL.plusSeconds(1));

        JsonNode answer = MAPPER.readTree(LambdaInvoker.invokeRaw(handler(), Events.bytes(Events.load("feed-dispatch.json")), 60_000));

        assertThat(answer.path("feeds").asInt()).isEqualTo(4);
        assertThat(answer.path("due").asInt()).isEqualTo(3);
        assertThat(answer.path("enqueued").asInt()).isEqualTo(3);
        List<FeedMessage> messages = drain();
        assertThat(messages).extracting(FeedMessage::feedId)
                .containsExactlyInAnyOrder(never.id(), longAgo.id(), atTheInterval.id());
        assertThat(messages).extracting(FeedMessage::url).contains(never.url());
    }

    @Test
    void dispatch_sendsTenMessagesPerBatchCall() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            ids.add(register("https://news.example.com/feed-" + i + ".xml").id());
        }

        FeedDispatcher.Dispatch dispatch = new FeedDispatcher(feeds, countingClient, queueUrl, MIN_INTERVAL, Clock.systemUTC())
                .dispatch();

        assertThat(dispatch.enqueued()).isEqualTo(23);
        assertThat(sendCalls).hasValue(3);
        assertThat(drain()).extracting(FeedMessage::feedId).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void dispatch_withNoFeeds_sendsNothing() {
        assertThat(new FeedDispatcher(feeds, countingClient, queueUrl, MIN_INTERVAL, Clock.systemUTC()).dispatch())
                .isEqualTo(new FeedDispatcher.Dispatch(0, 0, 0));
        assertThat(sendCalls).hasValue(0);
    }

    @Test
    void isDue_whenNeverPulled_orLastPulledAtLeastTheIntervalAgo() {
        Instant now = Instant.parse("2026-12-02T04:00:00Z");
        Feed never = new Feed("fd_1", "https://a.example/", null, now, null, null, null, 0, 0, List.of());
        assertThat(FeedDispatcher.isDue(never, now, MIN_INTERVAL)).isTrue();
        assertThat(FeedDispatcher.isDue(pulledAt(never, now.minus(MIN_INTERVAL)), now, MIN_INTERVAL)).isTrue();
        assertThat(FeedDispatcher.isDue(pulledAt(never, now.minus(MIN_INTERVAL).plusSeconds(1)), now, MIN_INTERVAL)).isFalse();
    }

    private static Feed pulledAt(Feed feed, Instant at) {
        return new Feed(feed.id(), feed.url(), feed.name(), feed.createdAt(), null, null,
                new Feed.LastRun(at, "ok", null, 0, 0, 0, 0), 0, 0, List.of());
    }

    @Test
    void noArgConstructor_readsTheQueueUrlFromItsSetting() throws Exception {
        tables.applySettingsOf("FeedDispatchFunction");
        // The template's !Ref FeedQueue is the queue's URL, which only exists once the queue does.
        System.setProperty(FeedDispatchHandler.QUEUE_URL_SETTING, queueUrl);
        try {
            register("https://news.example.com/settings.xml");
            JsonNode answer = MAPPER.readTree(LambdaInvoker.invokeRaw(new FeedDispatchHandler(),
                    Events.bytes(Events.load("feed-dispatch.json")), 60_000));
            assertThat(answer.path("enqueued").asInt()).isEqualTo(1);
            assertThat(drain()).hasSize(1);
        } finally {
            System.clearProperty(FeedDispatchHandler.QUEUE_URL_SETTING);
        }
    }
}

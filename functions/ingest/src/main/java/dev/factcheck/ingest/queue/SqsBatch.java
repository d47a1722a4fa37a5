package dev.factcheck.ingest.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQS event Lambda's event source mapping delivers ({@code {"Records":[{"messageId","receiptHandle",
 * "body","attributes",…,"eventSource":"aws:sqs"}]}}), read by hand with Jackson: the two fields the
 * worker needs do not justify aws-lambda-java-events and the runtime's POJO serializer in a cold start.
 */
public record SqsBatch(List<Message> messages) {

    public SqsBatch {
        messages = List.copyOf(messages);
    }

    /** One record: its id (what a batch item failure names), its body and how often SQS delivered it. */
    public record Message(String messageId, String body, int receiveCount) {
    }

    /**
     * Reads an SQS event. Throws {@link IllegalArgumentException} when it is not one: the invocation
     * then fails as a whole and SQS delivers every message again, so nothing is lost.
     */
    public static SqsBatch read(JsonNode event) {
        if (event == null || !event.path("Records").isArray()) {
            throw new IllegalArgumentException("not an SQS event: no Records array");
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            String id = record.path("messageId").asText("");
            if (id.isBlank() || !"aws:sqs".equals(record.path("eventSource").asText())) {
                throw new IllegalArgumentException("not an SQS event: a record without messageId or not from aws:sqs");
            }
            messages.add(new Message(id, record.path("body").asText(null),
                    record.path("attributes").path("ApproximateReceiveCount").asInt(1)));
        }
        return new SqsBatch(messages);
    }

    /**
     * The answer of a function with {@code FunctionResponseTypes: [ReportBatchItemFailures]}: SQS
     * deletes every message of the batch except these, which it delivers again (and, after the
     * queue's {@code maxReceiveCount}, moves to the dead-letter queue).
     */
    public static ObjectNode batchResponse(List<String> failedMessageIds) {
        ObjectNode response = Json.object();
        ArrayNode failures = response.putArray("batchItemFailures");
        failedMessageIds.forEach(id -> failures.addObject().put("itemIdentifier", id));
        return response;
    }
}

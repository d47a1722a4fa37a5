package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.QueueProvisioner;
import dev.factcheck.sam.SqsEventSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The SQS event source mappings of the template, as Lambda runs them: up to
 * {@code ScalingConfig.MaximumConcurrency} pollers per mapping long-poll the queue, invoke the function
 * with a batch of up to {@code BatchSize} messages as an SQS event, and delete the messages that
 * succeeded. With {@code ReportBatchItemFailures}, the messages the function names in
 * {@code batchItemFailures} stay on the queue; an invocation that throws or times out, or a response
 * Lambda would reject (an empty or unknown {@code itemIdentifier}), leaves the whole batch. Messages
 * left become visible again after the queue's visibility timeout, and the queue's redrive policy
 * (ElasticMQ applies it, as SQS does) moves them to the dead-letter queue after {@code maxReceiveCount}
 * receives.
 */
final class QueueEventSource implements AutoCloseable {

    /** Lambda's own default when a mapping sets no MaximumConcurrency: it starts with five pollers. */
    static final int DEFAULT_CONCURRENCY = 5;
    private static final int WAIT_SECONDS = 1;

    private final FunctionHost functions;
    private final LocalQueues queues;
    private final PrintStream log;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService pollers = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("sqs-poller-", 0).factory());

    QueueEventSource(FunctionHost functions, LocalQueues queues, PrintStream log) {
        this.functions = functions;
        this.queues = queues;
        this.log = log;
    }

    /** Starts the pollers of every SQS event; returns one line per mapping for the start-up banner. */
    List<String> start(Map<String, String> parameters) {
        List<String> lines = new ArrayList<>();
        for (String name : functions.names()) {
            FunctionSpec function = functions.spec(name);
            for (SqsEventSource source : function.queueEvents()) {
                QueueProvisioner.Queue queue = queues.queue(source.queue());
                int concurrency = concurrency(source, parameters);
                for (int i = 0; i < concurrency; i++) {
                    pollers.submit(() -> poll(function, source, queue));
                }
                lines.add(source.queue() + " -> " + name + " (batch " + source.batchSize() + ", " + concurrency + " concurrent"
                        + (source.reportsBatchItemFailures() ? ", ReportBatchItemFailures" : "") + ")");
            }
        }
        return lines;
    }

    static int concurrency(SqsEventSource source, Map<String, String> parameters) {
        if (source.maximumConcurrency() == null) {
            return DEFAULT_CONCURRENCY;
        }
        String value = Scheduler.resolve(source.maximumConcurrency(), parameters);
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException unresolved) {
            throw new SetupException("the MaximumConcurrency of SQS event " + source.eventName() + " is not a number: " + value);
        }
    }

    private void poll(FunctionSpec function, SqsEventSource source, QueueProvisioner.Queue queue) {
        SqsClient sqs = queues.client();
        while (!stopped.get()) {
            try {
                List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queue.url())
                        .maxNumberOfMessages(Math.min(10, Math.max(1, source.batchSize())))
                        .waitTimeSeconds(WAIT_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .attributeNamesWithStrings("All")
                        .messageAttributeNames("All")).messages();
                if (!messages.isEmpty() && !stopped.get()) {
                    deliver(function, source, queue, messages);
                }
            } catch (RuntimeException e) {
                if (stopped.get()) {
                    return;
                }
                log.printf("%s SQS %s polling %s failed: %s%n", now(), source.eventName(), queue.name(), e.getMessage());
                sleep(1_000);
            }
        }
    }

    private void deliver(FunctionSpec function, SqsEventSource source, QueueProvisioner.Queue queue, List<Message> messages) {
        FunctionHost.Invocation invocation = functions.invoke(function.logicalId(),
                ApiGatewayEvents.json(event(messages, queue.arn())));
        Set<String> failed = invocation.failed() ? ids(messages) : failedIds(invocation.result(), messages, source);
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message message : messages) {
            if (!failed.contains(message.messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(done.size()))
                        .receiptHandle(message.receiptHandle()).build());
            }
        }
        if (!done.isEmpty()) {
            queues.client().deleteMessageBatch(r -> r.queueUrl(queue.url()).entries(done));
        }
        String outcome = invocation.failed()
                ? "failed: " + invocation.error().getClass().getSimpleName() + ", every message stays"
                : failed.isEmpty() ? "ok" : failed.size() + " failed, left for redelivery";
        log.printf("%s SQS %s %s %d message%s %s %d ms%n", now(), source.eventName(), function.logicalId(), messages.size(),
                messages.size() == 1 ? "" : "s", outcome, invocation.millis());
    }

    /**
     * The messages to leave on the queue, from the function's answer, as Lambda reads it: without
     * ReportBatchItemFailures, none; a missing, null or empty list, none; an identifier that is empty
     * or names no message of the batch, or an answer that is not JSON, fails the whole batch.
     */
    static Set<String> failedIds(byte[] result, List<Message> messages, SqsEventSource source) {
        if (!source.reportsBatchItemFailures()) {
            return Set.of();
        }
        JsonNode response;
        try {
            response = result == null || result.length == 0 ? null : ApiGatewayEvents.MAPPER.readTree(result);
        } catch (IOException notJson) {
            return ids(messages);
        }
        if (response == null || response.isNull() || !response.path("batchItemFailures").isArray()) {
            return Set.of();
        }
        Set<String> batch = ids(messages);
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : response.path("batchItemFailures")) {
            String id = failure.path("itemIdentifier").asText("");
            if (id.isEmpty() || !batch.contains(id)) {
                return batch;
            }
            failed.add(id);
        }
        return failed;
    }

    private static Set<String> ids(List<Message> messages) {
        Set<String> ids = new HashSet<>();
        messages.forEach(m -> ids.add(m.messageId()));
        return ids;
    }

    /** The SQS event Lambda delivers for {@code messages} of the queue {@code queueArn}. */
    static ObjectNode event(List<Message> messages, String queueArn) {
        ObjectNode event = ApiGatewayEvents.MAPPER.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> messageAttributes.set(name, attribute(value)));
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", FunctionSettings.REGION);
        }
        return event;
    }

    private static ObjectNode attribute(MessageAttributeValue value) {
        ObjectNode node = ApiGatewayEvents.MAPPER.createObjectNode();
        if (value.stringValue() != null) {
            node.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            node.put("binaryValue", java.util.Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
        }
        node.putArray("stringListValues");
        node.putArray("binaryListValues");
        node.put("dataType", value.dataType());
        return node;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped.set(true);
        pollers.shutdown();
        try {
            // A poller finishes its long poll (one second) and the invocation it is in.
            if (!pollers.awaitTermination(5, TimeUnit.SECONDS)) {
                pollers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pollers.shutdownNow();
        }
    }
}

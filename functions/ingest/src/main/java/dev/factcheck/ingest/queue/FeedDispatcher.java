package dev.factcheck.ingest.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.runtime.wiring.SqsClients;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Lists the registered feeds and enqueues one {@link FeedMessage} per feed that is due, ten to a
 * {@code SendMessageBatch} call (the most SQS takes). A feed is due unless a pull finished less than
 * {@code minInterval} ago: a schedule fired early, a retried dispatch or a manual invocation then
 * does not pull the same feed twice in a row. Entries SQS refuses are sent again; entries still
 * refused after {@value #SEND_ATTEMPTS} attempts fail the dispatch, so the schedule's retry policy runs
 * it again (messages sent twice are harmless: the entry ledger ingests every entry once).
 */
public final class FeedDispatcher {

    /** SQS takes at most ten entries in one {@code SendMessageBatch}. */
    public static final int BATCH = 10;
    static final int SEND_ATTEMPTS = 3;

    private final FeedRegistry feeds;
    private final SqsClient sqs;
    private final String queueUrl;
    private final Duration minInterval;
    private final Clock clock;

    public FeedDispatcher(FeedRegistry feeds, SqsClient sqs, String queueUrl, Duration minInterval, Clock clock) {
        this.feeds = feeds;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.minInterval = minInterval;
        this.clock = clock;
    }

    /** The dispatcher of a deployed function: the container's registry, the standard SQS client, the configured queue. */
    public static FeedDispatcher standard() {
        Config config = Components.config();
        return new FeedDispatcher(Components.feedRegistry(), SqsClients.standard(), config.feedQueueUrl(),
                config.feedMinInterval(), Clock.systemUTC());
    }

    /** What one dispatch did: feeds registered, due, and enqueued (all the due ones, or it throws). */
    public record Dispatch(int registered, int due, int enqueued) {

        /** The answer and log report, {@code {"feeds","due","enqueued"}}. */
        public ObjectNode toJson() {
            return Json.object().put("feeds", registered).put("due", due).put("enqueued", enqueued);
        }
    }

    public Dispatch dispatch() {
        Instant now = clock.instant();
        List<Feed> registered = feeds.list();
        List<Feed> due = registered.stream().filter(feed -> isDue(feed, now, minInterval)).toList();
        for (int from = 0; from < due.size(); from += BATCH) {
            send(due.subList(from, Math.min(due.size(), from + BATCH)), now);
        }
        return new Dispatch(registered.size(), due.size(), due.size());
    }

    /**
     * For SnapStart priming: a harmless read of an absent feed (warms the client and the registry's read
     * path) and the message JSON; sending cannot be primed without enqueueing something.
     */
    public void prime() {
        feeds.get("fd_000000000000000000000000");
        FeedMessage.parse(new FeedMessage("fd_000000000000000000000000", "https://priming.invalid/", Instant.EPOCH).toJson());
    }

    /** Never pulled, or the last pull finished at least {@code minInterval} before {@code now}. */
    public static boolean isDue(Feed feed, Instant now, Duration minInterval) {
        return feed.lastRun() == null || !feed.lastRun().at().isAfter(now.minus(minInterval));
    }

    private void send(List<Feed> batch, Instant now) {
        // Entry ids only need to be unique within one call: the index in the batch.
        Map<String, SendMessageBatchRequestEntry> pending = new java.util.LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Feed feed = batch.get(i);
            pending.put(Integer.toString(i), SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .messageBody(new FeedMessage(feed.id(), feed.url(), now).toJson()).build());
        }
        List<BatchResultErrorEntry> refused = List.of();
        for (int attempt = 1; attempt <= SEND_ATTEMPTS && !pending.isEmpty(); attempt++) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>(pending.values());
            SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
            response.successful().forEach(sent -> pending.remove(sent.id()));
            refused = response.failed();
            if (refused.stream().anyMatch(BatchResultErrorEntry::senderFault)) {
                // Our request is wrong (too large, bad characters): sending it again cannot help.
                break;
            }
        }
        if (!pending.isEmpty()) {
            Map<String, String> codes = refused.stream()
                    .collect(Collectors.toMap(BatchResultErrorEntry::id, BatchResultErrorEntry::code, (a, b) -> a));
            throw new DispatchException(pending.size() + " of " + batch.size() + " feed messages were not enqueued ("
                    + pending.keySet().stream().map(id -> codes.getOrDefault(id, "unknown")).distinct()
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    /** Some due feeds could not be enqueued; the message names SQS's error codes, never feed content. */
    public static final class DispatchException extends RuntimeException {
        DispatchException(String message) {
            super(message);
        }
    }
}

package dev.factcheck.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.fetch.AddressPolicy;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.queue.FeedMessage;
import dev.factcheck.ingest.queue.SqsBatch;
import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feed worker's work on one SQS batch: pulls one feed per message, one after another under the
 * invocation's time budget, and answers the ids of the messages to deliver again: a feed that failed as
 * a whole, one there was no time left to start, or a message that is not a feed message (after the
 * queue's maxReceiveCount these end in the dead-letter queue). The batch's figures are logged and
 * emitted as EMF metrics.
 */
public final class FeedQueueWorker {

    private final FeedRegistry feeds;
    private final FeedIngester ingester;
    private final Metrics metrics;

    public FeedQueueWorker(FeedRegistry feeds, FeedIngester ingester, Metrics metrics) {
        this.feeds = feeds;
        this.ingester = ingester;
        this.metrics = metrics;
    }

    /** The worker of a deployed function: the container's stores, a fetcher with the configured address policy. */
    public static FeedQueueWorker standard(String function) {
        return new FeedQueueWorker(Components.feedRegistry(), new FeedIngester(Components.feedRegistry(),
                Components.entryLedger(), Components.articleService(),
                new SafeHttpClient(new AddressPolicy(Components.config().fetchAllowLoopback()), SafeHttpClient.Limits.DEFAULTS),
                Clock.systemUTC()), new Metrics(System.out, Clock.systemUTC(), function));
    }

    /** Loads what the first batch would load, for SnapStart's snapshot: parsers, stores, claim rules. */
    void prime() {
        Priming.run();
        ingester.primeStores();
        ingester.primeRules();
    }

    /** Works through {@code batch}; answers the ids of the messages SQS must deliver again. */
    public List<String> work(SqsBatch batch, Deadline deadline, String runId, JsonLog log) {
        List<String> failed = new ArrayList<>();
        List<FeedReport> pulled = new ArrayList<>();
        int notStarted = 0;
        for (SqsBatch.Message message : batch.messages()) {
            if (deadline.remainingMillis() < FeedIngester.RESERVE.toMillis()) {
                // Too little time to start a feed: SQS delivers the message again.
                notStarted++;
                failed.add(message.messageId());
                continue;
            }
            if (!pull(message, deadline, runId, log, pulled)) {
                failed.add(message.messageId());
            }
        }
        if (notStarted > 0) {
            log.emit(log.line("WARN", "feeds_not_started").put("messages", notStarted));
        }
        RunReport report = RunReport.of(pulled, notStarted);
        ObjectNode line = log.line(failed.isEmpty() ? "INFO" : "WARN", "batch_report");
        line.put("messages", batch.messages().size()).put("retried", failed.size()).set("report", report.toJson());
        log.emit(line);
        metrics.emit(report);
        return failed;
    }

    /** False when the message must be delivered again; the report of a pulled feed goes to {@code pulled}. */
    private boolean pull(SqsBatch.Message message, Deadline deadline, String runId, JsonLog log, List<FeedReport> pulled) {
        FeedMessage feedMessage;
        try {
            feedMessage = FeedMessage.parse(message.body());
        } catch (IllegalArgumentException unreadable) {
            log.emit(log.line("ERROR", "message_unreadable").put("messageId", message.messageId())
                    .put("reason", unreadable.getMessage()));
            return false;
        }
        Optional<Feed> feed;
        try {
            feed = feeds.get(feedMessage.feedId());
        } catch (RuntimeException storeDown) {
            log.emit(log.line("ERROR", "feed_lookup_failed").put("feedId", feedMessage.feedId())
                    .put("exception", storeDown.getClass().getName()));
            return false;
        }
        if (feed.isEmpty()) {
            // Removed since it was dispatched: nothing to pull, nothing to retry.
            log.emit(log.line("INFO", "feed_gone").put("feedId", feedMessage.feedId()));
            return true;
        }
        FeedReport report = ingester.ingestFeed(feed.get(), deadline, runId, log);
        pulled.add(report);
        if (report.feedFailed()) {
            log.emit(log.line("WARN", "feed_retried").put("feedId", feedMessage.feedId()).put("messageId", message.messageId())
                    .put("receiveCount", message.receiveCount()));
        }
        return !report.feedFailed();
    }
}

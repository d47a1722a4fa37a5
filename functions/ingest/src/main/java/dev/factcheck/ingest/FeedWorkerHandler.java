package dev.factcheck.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.fetch.AddressPolicy;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.queue.FeedMessage;
import dev.factcheck.ingest.queue.SqsBatch;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.logging.JsonLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

/**
 * Consumes the feed queue ({@code SQS} event source with {@code ReportBatchItemFailures}): pulls one
 * feed per message, one after another under the invocation's time budget, and answers the ids of the
 * messages to deliver again, {@code {"batchItemFailures":[{"itemIdentifier"}]}}: a feed that failed as
 * a whole, one there was no time left to start, or a message that is not a feed message (after the
 * queue's maxReceiveCount these end in the dead-letter queue). The batch's figures are logged and
 * emitted as EMF metrics. A stream handler, so the Lambda runtime's POJO serializer never loads.
 */
public final class FeedWorkerHandler implements RequestStreamHandler, Resource {

    static final String FUNCTION = "FeedWorkerFunction";
    /** {@code FETCH_ALLOW_LOOPBACK=true} lets fetches reach 127.0.0.1 / ::1: local development and tests only. */
    public static final String ALLOW_LOOPBACK_SETTING = Config.FETCH_ALLOW_LOOPBACK;

    private final FeedRegistry feeds;
    private final FeedIngester ingester;
    private final Metrics metrics;

    public FeedWorkerHandler() {
        this(Components.feedRegistry(), new FeedIngester(Components.feedRegistry(), Components.entryLedger(),
                Components.articleService(),
                new SafeHttpClient(new AddressPolicy(Components.config().fetchAllowLoopback()),
                        SafeHttpClient.Limits.DEFAULTS),
                Clock.systemUTC()), new Metrics(System.out, Clock.systemUTC(), FUNCTION));
    }

    public FeedWorkerHandler(FeedRegistry feeds, FeedIngester ingester, Metrics metrics) {
        this.feeds = feeds;
        this.ingester = ingester;
        this.metrics = metrics;
        // SnapStart calls beforeCheckpoint once the container is initialised; harmless without CRaC.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.run();
        ingester.primeStores();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: run ids come from the invocation's request id.
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonLog log = new JsonLog(FUNCTION, context);
        // Not an SQS event: the invocation fails, and SQS delivers the whole batch again.
        SqsBatch batch = SqsBatch.read(Json.read(input));
        String runId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId() : UUID.randomUUID().toString();
        Deadline deadline = () -> context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis();
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
        output.write(Json.writeBytes(SqsBatch.batchResponse(failed)));
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

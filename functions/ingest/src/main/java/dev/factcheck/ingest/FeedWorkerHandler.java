package dev.factcheck.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.factcheck.ingest.queue.SqsBatch;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.store.feeds.FeedRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

/**
 * Consumes the feed queue ({@code SQS} event source with {@code ReportBatchItemFailures}): hands the
 * batch to the {@link FeedQueueWorker} and answers {@code {"batchItemFailures":[{"itemIdentifier"}]}}
 * with the messages to deliver again. A stream handler, so the Lambda runtime's POJO serializer never loads.
 */
public final class FeedWorkerHandler implements RequestStreamHandler, Resource {

    static final String FUNCTION = "FeedWorkerFunction";
    /** {@code FETCH_ALLOW_LOOPBACK=true} lets fetches reach 127.0.0.1 / ::1: local development and tests only. */
    public static final String ALLOW_LOOPBACK_SETTING = Config.FETCH_ALLOW_LOOPBACK;

    private final FeedQueueWorker worker;

    public FeedWorkerHandler() {
        this(FeedQueueWorker.standard(FUNCTION));
    }

    public FeedWorkerHandler(FeedRegistry feeds, FeedIngester ingester, Metrics metrics) {
        this(new FeedQueueWorker(feeds, ingester, metrics));
    }

    private FeedWorkerHandler(FeedQueueWorker worker) {
        this.worker = worker;
        // SnapStart calls beforeCheckpoint once the container is initialised; harmless without CRaC.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        worker.prime();
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
        output.write(Json.writeBytes(SqsBatch.batchResponse(worker.work(batch, deadline, runId, log))));
    }
}

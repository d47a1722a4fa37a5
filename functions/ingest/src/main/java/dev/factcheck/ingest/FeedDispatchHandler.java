package dev.factcheck.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.queue.FeedDispatcher;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.logging.JsonLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.crac.Core;
import org.crac.Resource;

/**
 * Triggered by EventBridge Scheduler ({@code ScheduleV2}): enqueues one message per due feed to the
 * feed queue ({@code FEED_QUEUE_URL}) for the feed workers, and answers
 * {@code {"feeds","due","enqueued"}}. A feed pulled less than {@code FEED_MIN_INTERVAL_SECONDS}
 * (default 600) ago is not due. When SQS refuses messages the invocation fails, so the schedule's retry
 * policy dispatches again.
 */
public final class FeedDispatchHandler implements RequestStreamHandler, Resource {

    static final String FUNCTION = "FeedDispatchFunction";
    public static final String QUEUE_URL_SETTING = Config.FEED_QUEUE_URL;

    private final FeedDispatcher dispatcher;

    public FeedDispatchHandler() {
        this(FeedDispatcher.standard());
    }

    public FeedDispatchHandler(FeedDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        // SnapStart calls beforeCheckpoint once the container is initialised; harmless without CRaC.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        dispatcher.prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew.
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonLog log = new JsonLog(FUNCTION, context);
        JsonNode event = readEvent(input);
        ObjectNode report = dispatcher.dispatch().toJson();
        log.emit(log.line("INFO", "feeds_dispatched").put("scheduledAt", event.path("time").asText("")).set("report", report));
        output.write(Json.writeBytes(report));
    }

    /** The Scheduler event is informational only; an unreadable one still dispatches. */
    private static JsonNode readEvent(InputStream input) {
        try {
            JsonNode event = Json.read(input);
            return event == null ? Json.object() : event;
        } catch (IOException e) {
            return Json.object();
        }
    }
}

package dev.factcheck.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.queue.FeedDispatcher;
import dev.factcheck.ingest.queue.FeedMessage;
import dev.factcheck.ingest.queue.SqsClients;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.logging.JsonLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
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
        this(dispatcher(Components.config()));
    }

    private static FeedDispatcher dispatcher(Config config) {
        return new FeedDispatcher(Components.feedRegistry(), SqsClients.standard(), config.feedQueueUrl(),
                config.feedMinInterval(), Clock.systemUTC());
    }

    public FeedDispatchHandler(FeedDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        // SnapStart calls beforeCheckpoint once the container is initialised; harmless without CRaC.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        // The registry read and the message JSON; sending cannot be primed without enqueueing something.
        dispatcher.primeStore();
        FeedMessage.parse(new FeedMessage("fd_000000000000000000000000", "https://priming.invalid/", Instant.EPOCH).toJson());
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew.
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonLog log = new JsonLog(FUNCTION, context);
        JsonNode event = readEvent(input);
        FeedDispatcher.Dispatch dispatch = dispatcher.dispatch();
        ObjectNode report = Json.object().put("feeds", dispatch.registered()).put("due", dispatch.due())
                .put("enqueued", dispatch.enqueued());
        ObjectNode line = log.line("INFO", "feeds_dispatched");
        line.put("scheduledAt", event.path("time").asText("")).set("report", report);
        log.emit(line);
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

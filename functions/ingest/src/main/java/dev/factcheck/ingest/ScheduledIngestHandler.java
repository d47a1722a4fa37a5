package dev.factcheck.ingest;

import dev.factcheck.runtime.logging.JsonLog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.fetch.AddressPolicy;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.runtime.config.Settings;
import dev.factcheck.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

/**
 * Triggered by EventBridge Scheduler ({@code ScheduleV2}): pulls every registered feed and answers the
 * run report {@code {"feeds","fetched","new","duplicates","failed":[{"url","reason"}]}}, which is also
 * logged and emitted as EMF metrics. A stream handler, so the Lambda runtime's POJO serializer never loads.
 */
public final class ScheduledIngestHandler implements RequestStreamHandler, Resource {

    static final String FUNCTION = "ScheduledIngestFunction";
    /** {@code FETCH_ALLOW_LOOPBACK=true} lets fetches reach 127.0.0.1 / ::1: local development and tests only. */
    public static final String ALLOW_LOOPBACK_SETTING = "FETCH_ALLOW_LOOPBACK";

    private final FeedIngester ingester;
    private final Metrics metrics;

    public ScheduledIngestHandler() {
        this(new FeedIngester(Components.feedRegistry(), Components.entryLedger(),
                Components.articleService(),
                new SafeHttpClient(new AddressPolicy(Boolean.parseBoolean(Settings.optional(ALLOW_LOOPBACK_SETTING).orElse("false"))),
                        SafeHttpClient.Limits.DEFAULTS),
                Clock.systemUTC()), new Metrics(System.out, Clock.systemUTC(), FUNCTION));
    }

    public ScheduledIngestHandler(FeedIngester ingester, Metrics metrics) {
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
        JsonNode event = readEvent(input);
        ObjectNode started = log.line("INFO", "run_started");
        started.put("source", event.path("source").asText("")).put("scheduledAt", event.path("time").asText(""));
        log.emit(started);
        String runId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId() : UUID.randomUUID().toString();
        RunReport report = ingester.run(() -> context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis(), runId, log);
        ObjectNode line = log.line(report.failed().isEmpty() ? "INFO" : "WARN", "run_report");
        line.set("report", report.toJson());
        log.emit(line);
        metrics.emit(report);
        output.write(Json.writeBytes(report.toJson()));
    }

    /** The Scheduler event is informational only; an unreadable one still runs the ingestion. */
    private static JsonNode readEvent(InputStream input) {
        try {
            JsonNode event = Json.read(input);
            return event == null ? Json.object() : event;
        } catch (IOException e) {
            return Json.object();
        }
    }
}

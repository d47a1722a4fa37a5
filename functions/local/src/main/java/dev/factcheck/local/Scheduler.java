package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.Schedule;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each enabled ScheduleV2 event of the template as EventBridge Scheduler would: at its rate or
 * cron times (UTC), with the schedule's {@code Input} as the payload or else a Scheduler event
 * ({@code source: aws.scheduler}). An interval override makes every schedule fire at that interval
 * instead, so a test or a demo need not wait fifteen minutes.
 */
final class Scheduler implements AutoCloseable {

    private final FunctionHost functions;
    private final Duration override;
    private final PrintStream log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "schedules");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> active = new ArrayList<>();

    Scheduler(FunctionHost functions, Duration override, PrintStream log) {
        this.functions = functions;
        this.override = override;
        this.log = log;
    }

    /** Starts every enabled schedule; returns one line per schedule for the start-up banner. */
    List<String> start(Map<String, String> parameters) {
        List<String> lines = new ArrayList<>();
        for (String name : functions.names()) {
            FunctionSpec function = functions.spec(name);
            for (Schedule schedule : function.schedules()) {
                String expression = resolve(schedule.expression(), parameters);
                if (!schedule.enabled()) {
                    lines.add(name + " " + schedule.eventName() + " " + expression + " (disabled in template.yaml)");
                    continue;
                }
                ScheduleExpression parsed;
                try {
                    parsed = ScheduleExpression.parse(expression);
                } catch (IllegalArgumentException unsupported) {
                    lines.add(name + " " + schedule.eventName() + " not scheduled: " + unsupported.getMessage());
                    continue;
                }
                ScheduleExpression effective = override == null ? parsed : new ScheduleExpression.Rate(override);
                active.add(name + "/" + schedule.eventName());
                plan(function, schedule, effective);
                lines.add(name + " " + schedule.eventName() + " " + expression
                        + (override == null ? "" : " (every " + override + " by --schedule-interval-override)"));
            }
        }
        return lines;
    }

    /** The event a Lambda target receives from EventBridge Scheduler for {@code schedule}. */
    static byte[] event(FunctionSpec function, Schedule schedule, Instant time) {
        if (schedule.input() != null) {
            try {
                JsonNode input = ApiGatewayEvents.MAPPER.readTree(schedule.input());
                return ApiGatewayEvents.json(input);
            } catch (java.io.IOException notJson) {
                return ApiGatewayEvents.json(ApiGatewayEvents.MAPPER.getNodeFactory().textNode(schedule.input()));
            }
        }
        ObjectNode event = ApiGatewayEvents.MAPPER.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.scheduler");
        event.put("account", ApiGatewayEvents.ACCOUNT_ID);
        event.put("time", time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        event.put("region", FunctionSettings.REGION);
        event.putArray("resources").add("arn:aws:scheduler:" + FunctionSettings.REGION + ":" + ApiGatewayEvents.ACCOUNT_ID
                + ":schedule/default/" + function.logicalId() + "-" + schedule.eventName());
        event.putObject("detail");
        return ApiGatewayEvents.json(event);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void plan(FunctionSpec function, Schedule schedule, ScheduleExpression expression) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Optional<ZonedDateTime> next = expression.nextAfter(now);
        if (next.isEmpty() || timer.isShutdown()) {
            return;
        }
        long delay = Math.max(0, Duration.between(now, next.get()).toMillis());
        try {
            timer.schedule(() -> {
                fire(function, schedule);
                plan(function, schedule, expression);
            }, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // The runner is stopping.
        }
    }

    private void fire(FunctionSpec function, Schedule schedule) {
        FunctionHost.Invocation invocation = functions.invoke(function.logicalId(),
                event(function, schedule, Instant.now()));
        String outcome = invocation.failed()
                ? "failed: " + invocation.error().getClass().getSimpleName()
                : "ok " + abbreviate(new String(invocation.result(), StandardCharsets.UTF_8));
        log.printf("%s SCHEDULE %s %s %s %d ms%n", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                schedule.eventName(), function.logicalId(), outcome, invocation.millis());
    }

    private static String abbreviate(String result) {
        String oneLine = result.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }

    /** SamTemplate keeps a {@code !Ref Parameter} schedule as {@code {"Ref":"Parameter"}}; locally it is the default. */
    static String resolve(String expression, Map<String, String> parameters) {
        if (expression.startsWith("{")) {
            try {
                JsonNode node = ApiGatewayEvents.MAPPER.readTree(expression);
                String reference = node.path("Ref").asText(null);
                if (reference != null && parameters.containsKey(reference)) {
                    return parameters.get(reference);
                }
            } catch (java.io.IOException notJson) {
                return expression;
            }
        }
        return expression;
    }
}

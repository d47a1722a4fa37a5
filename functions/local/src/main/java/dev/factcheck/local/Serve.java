package dev.factcheck.local;

import dev.factcheck.sam.HttpRoute;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code serve}: the template's HTTP API, the Lambda Invoke API and the schedules on one port, and
 * the SQS event sources, backed by the store and the queues. {@link #close()} stops everything it
 * started, dynalite and ElasticMQ included.
 */
final class Serve implements AutoCloseable {

    private final LocalRuntime runtime;
    private final ApiServer api;
    private final Scheduler scheduler;
    private final QueueEventSource queueEvents;
    private final Seeder.Seeded seeded;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Serve(LocalRuntime runtime, ApiServer api, Scheduler scheduler, QueueEventSource queueEvents, Seeder.Seeded seeded) {
        this.runtime = runtime;
        this.api = api;
        this.scheduler = scheduler;
        this.queueEvents = queueEvents;
        this.seeded = seeded;
    }

    static Serve start(LocalRuntime.Loaded template, Options options, PrintStream log) {
        FunctionHost.verifyClasses(template.template(), template.projectRoot());
        if (!isLoopback(options.host()) && options.adminToken() == null) {
            throw new SetupException("--host " + options.host() + " is not a loopback address: other machines could run "
                    + "every admin route and function; give --admin-token T (or FACTCHECK_ADMIN_TOKEN) to serve there");
        }
        ApiServer.Bound bound = ApiServer.bind(options.host(), options.port());
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.open(template, options, true, log);
        } catch (RuntimeException e) {
            bound.release();
            throw e;
        }
        try {
            Seeder.Seeded seeded = options.seed() ? runtime.seed() : new Seeder.Seeded(false, List.of());
            ApiServer api = ApiServer.start(bound, runtime.functions(), runtime.routes(), options.adminToken(), log);
            Scheduler scheduler = new Scheduler(runtime.functions(), options.scheduleIntervalOverride(), log);
            QueueEventSource queueEvents = new QueueEventSource(runtime.functions(), runtime.queues(), log);
            Serve serve = new Serve(runtime, api, scheduler, queueEvents, seeded);
            List<String> mappings = queueEvents.start(runtime.parameters());
            serve.banner(options, log, options.schedules() ? scheduler.start(runtime.parameters()) : null, mappings);
            return serve;
        } catch (RuntimeException e) {
            bound.release();
            runtime.close();
            throw e;
        }
    }

    int port() {
        return api.port();
    }

    LocalQueues queues() {
        return runtime.queues();
    }

    OptionalLong dynalitePid() {
        return runtime.dynalitePid();
    }

    Seeder.Seeded seeded() {
        return seeded;
    }

    /** Seeds again, as a second start on the same data would. */
    Seeder.Seeded seedAgain() {
        return runtime.seed();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.close();
        queueEvents.close();
        api.close();
        runtime.close();
    }

    private void banner(Options options, PrintStream log, List<String> schedules, List<String> queueEvents) {
        String base = "http://" + (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + port();
        log.println();
        log.println("factcheck local runner on " + base);
        log.println("  data:      " + runtime.store().description());
        log.println("  queues:    " + runtime.queues().description());
        log.println("  routes:");
        for (RouteTable.Match match : runtime.routes().all().stream()
                .sorted(java.util.Comparator.comparing((RouteTable.Match m) -> m.route().path())
                        .thenComparing(m -> m.route().method())).toList()) {
            HttpRoute route = match.route();
            log.printf("    %-7s %-28s %s%s%n", route.method(), route.path(), match.function().logicalId(),
                    route.iamAuth() ? " (admin)" : "");
        }
        log.println("  invoke:    POST " + base + ApiServer.INVOKE_PREFIX + "{" + String.join("|", runtime.functions().names())
                + "}/invocations");
        if (schedules == null) {
            log.println("  schedules: off (--no-schedules)");
        } else if (schedules.isEmpty()) {
            log.println("  schedules: none in template.yaml");
        } else {
            schedules.forEach(line -> log.println("  schedule:  " + line));
        }
        queueEvents.forEach(line -> log.println("  sqs:       " + line
                + (options.visibilityTimeoutOverride() == null ? "" : " (visibility " + options.visibilityTimeoutOverride()
                + " by --visibility-timeout-override)")));
        if (!isLoopback(options.host())) {
            log.println("  WARNING: bound to " + options.host() + ", not loopback: other machines can reach the routes; "
                    + "admin routes and the Invoke API need the admin token");
        }
        if (options.adminToken() == null) {
            log.println("  WARNING: no --admin-token (or FACTCHECK_ADMIN_TOKEN): admin routes and the Invoke API are open to "
                    + "programs on this machine");
        } else {
            log.println("  admin:     routes marked (admin) and the Invoke API need -H 'Authorization: Bearer <your --admin-token>'");
        }
        log.println("  try:       " + sampleCurl(base));
        log.println("  stop:      Ctrl-C");
        log.println();
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException unknown) {
            return false;
        }
    }

    /** A curl that shows a verified summary of a seeded article, or a fact check when there are no articles. */
    private String sampleCurl(String base) {
        Optional<RouteTable.Match> summary = runtime.routes().all().stream()
                .filter(m -> m.route().method().equals("GET") && m.route().path().matches("/articles/\\{[^}]+}/summary"))
                .findFirst();
        if (summary.isPresent() && !seeded.articleIds().isEmpty()) {
            String path = summary.get().route().path().replaceFirst("\\{[^}]+}", seeded.articleIds().getFirst());
            return "curl -s " + base + path;
        }
        return "curl -s -X POST " + base + "/factchecks -H 'content-type: application/json' "
                + "-d '{\"publishedAt\":\"2025-10-28\",\"text\":\"Amazon is laying off about 14,000 corporate employees. "
                + "It cut 27,000 jobs in 2022-2023 and has invested $4B in Anthropic.\"}'";
    }
}

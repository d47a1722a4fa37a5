package dev.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.devkit.Dynalite;
import dev.factcheck.devkit.ElasticMq;
import dev.factcheck.iam.CredentialsEndpoint;
import dev.factcheck.iam.EnforcingProxy;
import dev.factcheck.iam.LocalAccount;
import dev.factcheck.iam.TemplatePolicies;
import dev.factcheck.sam.EnvironmentValue;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.HttpRoute;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.sam.QueueProvisioner;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableProvisioner;
import dev.factcheck.sam.TemplateParameters;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Cold start of every function of template.yaml against the floor, in the same run. For each run
 * and function it starts a fresh JVM with exactly that function's deployment artifact (its CodeUri)
 * plus the driver, invokes the handler once with its events/ sample against a local dynalite, and
 * then does the same for the floor program on the same artifact; the two alternate so drift hits both
 * alike. Both get their credentials the same way: from the container credentials endpoint, as Lambda
 * delivers them under SnapStart (the default), or as session keys in the environment
 * ({@code --credentials keys}, as Lambda delivers them without SnapStart).
 * Usage: {@code ColdStartBenchmark [--runs N] [--only LogicalId [--event file]] [--credentials container|keys]
 * [--class-log dir]}. A run of every function with its own sample and container credentials writes
 * {@code functions/benchmarks/results/cold-start.json}, the source of the README's cold-start and
 * artifact tables. {@code --class-log} also records the classes each JVM loads ({@code -Xlog:class+load})
 * into that folder and prints how many each function loads against the floor, by package: a measure
 * the machine's load does not blur (the timings of such a run include the logging, so it leaves the
 * results file alone).
 */
public final class ColdStartBenchmark implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root = ProjectFiles.root();
    private final SamTemplate template = SamTemplate.ofProject();
    private final Path eventsOut;
    private final URI endpoint;
    private final URI sqsEndpoint;
    private final CredentialsEndpoint credentials;
    private final EnforcingProxy secrets;
    /** Whether the measured JVMs get the container credentials endpoint (else session keys in their environment). */
    private boolean containerCredentials = true;
    /** Where each measured JVM logs the classes it loads, or null. */
    private Path classLogs;
    /** What a {@code !Ref} in a function's environment stands for here: queue URLs, parameter defaults, secret ARNs. */
    private final Map<String, String> references = new HashMap<>();

    private ColdStartBenchmark(URI endpoint, URI sqsEndpoint, CredentialsEndpoint credentials) throws IOException {
        this.endpoint = endpoint;
        this.sqsEndpoint = sqsEndpoint;
        this.credentials = credentials;
        // Secrets Manager as the local IAM layer serves it; DynamoDB calls go to dynalite directly.
        this.secrets = EnforcingProxy.start(endpoint, credentials, LocalAccount.DEFAULT, false);
        TemplatePolicies.of(template).all(LocalAccount.DEFAULT, id -> id).forEach(secrets::register);
        template.document().path("Resources").properties().forEach(resource -> {
            if ("AWS::SecretsManager::Secret".equals(resource.getValue().path("Type").asText())) {
                references.put(resource.getKey(), LocalAccount.DEFAULT.secretArn(resource.getKey()));
                secrets.putSecret(LocalAccount.DEFAULT.secretArn(resource.getKey()), "bench-" + resource.getKey());
            }
        });
        this.eventsOut = Files.createTempDirectory("factcheck-bench");
        references.putAll(TemplateParameters.defaults(root.resolve("template.yaml")));
    }

    private static final String USAGE = "usage: ColdStartBenchmark [--runs N] [--only LogicalId [--event file]] "
            + "[--credentials container|keys] [--class-log dir]";

    public static void main(String[] args) throws Exception {
        int runs = 10;
        String only = null;
        Path event = null;
        String credentialsDelivery = "container";
        Path classLogs = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--event" -> event = Path.of(args[++i]).toAbsolutePath();
                case "--credentials" -> credentialsDelivery = args[++i];
                case "--class-log" -> classLogs = Files.createDirectories(Path.of(args[++i]).toAbsolutePath());
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        if (!credentialsDelivery.equals("container") && !credentialsDelivery.equals("keys")) {
            throw new IllegalArgumentException(USAGE);
        }
        try (Dynalite dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), null, 0);
             ElasticMq elasticMq = ElasticMq.start();
             CredentialsEndpoint credentials = CredentialsEndpoint.start();
             ColdStartBenchmark benchmark = new ColdStartBenchmark(dynalite.endpoint(), elasticMq.endpoint(), credentials)) {
            benchmark.containerCredentials = credentialsDelivery.equals("container");
            benchmark.classLogs = classLogs;
            benchmark.run(runs, only, event);
        }
    }

    /** Stops the Secrets Manager proxy, whose server thread would otherwise keep the JVM alive after the run. */
    @Override
    public void close() {
        secrets.close();
    }

    private void run(int runs, String only, Path event) throws Exception {
        double loadAtStart = BenchmarkResults.loadAverage();
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build()) {
            new TableProvisioner(client).createAll(template, Function.identity());
        }
        try (SqsClient sqs = SqsClient.builder().endpointOverride(sqsEndpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build()) {
            new QueueProvisioner(sqs).createAll(template, Function.identity())
                    .forEach((logicalId, queue) -> references.put(logicalId, queue.url()));
        }
        seed();
        Map<String, Path> events = new LinkedHashMap<>();
        // In name order, so that every run lists the functions alike.
        for (FunctionSpec function : template.functions().values().stream()
                .sorted(Comparator.comparing(FunctionSpec::logicalId)).toList()) {
            if (only == null || only.equals(function.logicalId())) {
                (event != null ? java.util.Optional.of(event) : sampleEvent(function))
                        .ifPresent(file -> events.put(function.logicalId(), file));
            }
        }
        Map<String, List<Sample>> functionSamples = new LinkedHashMap<>();
        Map<String, List<Sample>> floorSamples = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, Path> entry : events.entrySet()) {
                FunctionSpec function = template.function(entry.getKey());
                floorSamples.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(floor(function, classLog("floor-" + function.logicalId(), run)));
                functionSamples.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(invoke(function, entry.getValue(), classLog(function.logicalId(), run)));
            }
            System.err.println("run " + run + " of " + runs + " done");
        }
        report(functionSamples, floorSamples);
        if (classLogs != null) {
            ClassLoads.report(classLogs, events.keySet(), runs);
        }
        if (only == null && event == null && classLogs == null && containerCredentials) {
            BenchmarkResults.write(BenchmarkResults.COLD_START, results(runs, functionSamples, floorSamples, loadAtStart));
        } else {
            System.out.println("one function, a chosen event, session keys or class logging: the results file is left alone");
        }
    }

    /** Reference facts and the sample articles, through the real functions, so the reads find data. */
    private void seed() throws Exception {
        FunctionSpec facts = functionServing("PUT /facts");
        invoke(facts, eventWithBody("facts-admin-put.json", Files.readString(root.resolve("infra/seed/facts.json"))), null);
        FunctionSpec ingest = functionServing("POST /articles");
        try (Stream<Path> articles = Files.list(root.resolve("infra/seed/articles"))) {
            for (Path article : articles.sorted().toList()) {
                invoke(ingest, eventWithBody("ingest-article.json", Files.readString(article)), null);
            }
        }
    }

    private FunctionSpec functionServing(String routeKey) {
        return template.functions().values().stream()
                .filter(f -> f.routes().stream().anyMatch(r -> r.routeKey().equals(routeKey)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no function serves " + routeKey));
    }

    private Path eventWithBody(String eventFile, String body) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(root.resolve("events").resolve(eventFile).toFile());
        event.put("body", body);
        Path file = Files.createTempFile(eventsOut, "event", ".json");
        Files.writeString(file, event.toString());
        return file;
    }

    /**
     * The function's events/ sample: the first file whose route is one of its reads, else any of its
     * routes; a scheduled function's Scheduler event; a queue consumer's SQS event.
     */
    private java.util.Optional<Path> sampleEvent(FunctionSpec function) throws IOException {
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("events"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                String routeKey = event.path("routeKey").asText();
                boolean ours = function.routes().stream().map(HttpRoute::routeKey).anyMatch(routeKey::equals)
                        || (!function.schedules().isEmpty() && "aws.scheduler".equals(event.path("source").asText()))
                        || (!function.queueEvents().isEmpty()
                            && "aws:sqs".equals(event.path("Records").path(0).path("eventSource").asText()));
                if (ours) {
                    matches.add(file);
                }
            }
        }
        return matches.stream().min(Comparator.comparing(file -> file.getFileName().toString().contains("delete") ? 1 : 0));
    }

    /** The class-load log of one JVM of a run, or null when class loading is not recorded. */
    private Path classLog(String label, int run) {
        return classLogs == null ? null : classLogs.resolve(ClassLoads.fileName(label, run));
    }

    private Sample invoke(FunctionSpec function, Path event, Path classLog) throws Exception {
        List<String> command = java(function, classLog);
        command.add("-cp");
        command.add(artifact(function) + ":" + driverClasspath());
        command.add(ColdStartDriver.class.getName());
        command.add(function.handlerClass());
        command.add(event.toString());
        return measure(command, function);
    }

    /** The floor on the function's own artifact, so that both JVMs open the same jar. */
    private Sample floor(FunctionSpec function, Path classLog) throws Exception {
        List<String> command = java(function, classLog);
        command.add("-cp");
        command.add(artifact(function) + ":" + driverClasspath());
        command.add(FloorProgram.class.getName());
        command.add("FactsTable");
        command.add("CATALOG");
        command.add("VERSION");
        return measure(command, function);
    }

    private List<String> java(FunctionSpec function, Path classLog) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.add("-Daws.region=us-east-1");
        command.add("-Daws.endpointUrlDynamoDb=" + endpoint);
        command.add("-Daws.endpointUrlSecretsManager=" + secrets.endpoint());
        command.add("-Daws.endpointUrlSqs=" + sqsEndpoint);
        function.environment().forEach((name, value) -> {
            if (!name.equals("JAVA_TOOL_OPTIONS")) {
                String setting = switch (value) {
                    case EnvironmentValue.Literal literal -> literal.value();
                    case EnvironmentValue.Reference reference ->
                            references.getOrDefault(reference.logicalId(), reference.logicalId());
                };
                command.add("-D" + name + "=" + setting);
            }
        });
        return command;
    }

    private Sample measure(List<String> command, FunctionSpec function) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        // The function and its floor get credentials alike: under SnapStart from the container endpoint (no keys
        // in the environment), without it as a role session's keys in the environment.
        if (containerCredentials) {
            environment.putAll(credentials.grant(function.logicalId()).environment());
        } else {
            CredentialsEndpoint.Session session = credentials.issue(function.logicalId());
            environment.put("AWS_ACCESS_KEY_ID", session.accessKeyId());
            environment.put("AWS_SECRET_ACCESS_KEY", session.secretAccessKey());
            environment.put("AWS_SESSION_TOKEN", session.sessionToken());
        }
        if (function.environment().get("JAVA_TOOL_OPTIONS") instanceof EnvironmentValue.Literal options) {
            // The template's JVM options apply to the function and the floor alike, as in Lambda.
            environment.put("JAVA_TOOL_OPTIONS", options.value());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("exit " + exit + ", no RESULT line from " + command));
        Map<String, String> fields = new HashMap<>();
        for (String field : result.substring(7).split(" ")) {
            String[] pair = field.split("=", 2);
            fields.put(pair[0], pair[1]);
        }
        return new Sample(wallMillis, Long.parseLong(fields.get("millis")), Long.parseLong(fields.get("cpuMillis")),
                Long.parseLong(fields.get("peakRssKb")), fields.get("status"));
    }

    private String artifact(FunctionSpec function) {
        Path jar = root.resolve(function.codeUri());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(function.logicalId() + ": no artifact at " + jar + "; run ./mvnw -DskipTests package first");
        }
        return jar.toString();
    }

    private String driverClasspath() {
        return root.resolve("functions/benchmarks/target/classes") + ":" + root.resolve("functions/devkit/target/classes");
    }

    private void report(Map<String, List<Sample>> functions, Map<String, List<Sample>> floors) throws IOException {
        System.out.println();
        System.out.println("| function | artifact | cold start, median | floor, median | ratio | CPU, median | floor CPU, median "
                + "| CPU ratio | peak RSS | status |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<Sample>> entry : functions.entrySet()) {
            FunctionSpec function = template.function(entry.getKey());
            List<Sample> floor = floors.get(entry.getKey());
            long functionMedian = median(entry.getValue().stream().map(Sample::wallMillis).toList());
            long floorMedian = median(floor.stream().map(Sample::wallMillis).toList());
            long cpu = median(entry.getValue().stream().map(Sample::cpuMillis).toList());
            long floorCpu = median(floor.stream().map(Sample::cpuMillis).toList());
            long rss = median(entry.getValue().stream().map(Sample::peakRssKb).toList());
            System.out.printf(Locale.ROOT, "| %s | %.1f MB | %d ms | %d ms | %.2f | %d ms | %d ms | %.2f | %d MB | %s |%n",
                    entry.getKey(), Files.size(root.resolve(function.codeUri())) / 1_048_576.0, functionMedian, floorMedian,
                    (double) functionMedian / floorMedian, cpu, floorCpu, (double) cpu / floorCpu, rss / 1024,
                    String.join(",", statuses(entry.getValue())));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Wall time from process start to exit and CPU time of the JVM until the answer, "
                        + "medians of %d runs each, function and floor alternating, %s credentials; load average %.2f now.%n",
                functions.values().iterator().next().size(), containerCredentials ? "container" : "session-key",
                BenchmarkResults.loadAverage());
    }

    /** The medians of every function with its artifact's size, for the README (see {@link ReadmeFigures}). */
    private ObjectNode results(int runs, Map<String, List<Sample>> functions, Map<String, List<Sample>> floors,
                               double loadAtStart) throws IOException {
        ObjectNode results = JSON.createObjectNode();
        results.put("benchmark", ColdStartBenchmark.class.getSimpleName());
        results.set("environment", BenchmarkResults.environment(loadAtStart));
        results.put("runs", runs);
        results.put("credentials", "container");
        ArrayNode rows = results.putArray("functions");
        for (Map.Entry<String, List<Sample>> entry : functions.entrySet()) {
            FunctionSpec function = template.function(entry.getKey());
            ObjectNode row = rows.addObject();
            row.put("function", entry.getKey());
            row.put("artifact", function.codeUri());
            row.put("artifactBytes", Files.size(root.resolve(function.codeUri())));
            row.put("coldStartMedianMs", median(entry.getValue().stream().map(Sample::wallMillis).toList()));
            row.put("floorMedianMs", median(floors.get(entry.getKey()).stream().map(Sample::wallMillis).toList()));
            row.put("cpuMedianMs", median(entry.getValue().stream().map(Sample::cpuMillis).toList()));
            row.put("floorCpuMedianMs", median(floors.get(entry.getKey()).stream().map(Sample::cpuMillis).toList()));
            row.put("peakRssMedianKb", median(entry.getValue().stream().map(Sample::peakRssKb).toList()));
            statuses(entry.getValue()).forEach(row.putArray("statuses")::add);
        }
        return results;
    }

    private static List<String> statuses(List<Sample> samples) {
        return samples.stream().map(Sample::status).distinct().toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private record Sample(long wallMillis, long driverMillis, long cpuMillis, long peakRssKb, String status) {
    }
}

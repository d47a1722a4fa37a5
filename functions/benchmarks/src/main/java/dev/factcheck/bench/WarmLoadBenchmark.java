package dev.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.ProjectFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Warm latency of {@code POST /factchecks} through the local runner on dynalite: the runner in its
 * own JVM, a 6 KB article, requests one after another from this JVM. The runner reaches dynalite
 * through a counting pass-through here, which gives the DynamoDB requests per fact check.
 * Usage: {@code WarmLoadBenchmark [--requests N]}; needs {@code ./mvnw -DskipTests package} first.
 * Writes {@code functions/benchmarks/results/warm-load.json}, the source of the README's table.
 */
public final class WarmLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_REQUESTS = 300;
    private static final int COUNTED_REQUESTS = 100;
    private static final int ARTICLE_CHARACTERS = 6_000;

    private WarmLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length == 2 && args[0].equals("--requests") ? Integer.parseInt(args[1]) : 1_000;
        Path root = ProjectFiles.root();
        Path runnerJar = root.resolve("functions/local/target/factcheck-local.jar");
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException("no " + runnerJar + "; run ./mvnw -DskipTests package first");
        }
        double loadAtStart = BenchmarkResults.loadAverage();
        String body = JSON.createObjectNode().put("text", sixKilobyteArticle(root)).put("publishedAt", "2025-10-28").toString();
        try (Dynalite dynalite = Dynalite.start(root.resolve("infra/local"), null, 0);
             CountingProxy proxy = new CountingProxy(dynalite.endpoint())) {
            // DynamoDB requests per check, counted on the way to dynalite, with and without the
            // per-container freshness window; then latency, with the defaults, without the detour.
            Run uncached = run(runnerJar, proxy.endpoint(), body, COUNTED_REQUESTS, proxy, "0");
            Run counted = run(runnerJar, proxy.endpoint(), body, COUNTED_REQUESTS, proxy, null);
            Run timed = run(runnerJar, dynalite.endpoint(), body, requests, null, null);
            report(requests, body.length(), timed.claims(), timed.nanos());
            System.out.printf(Locale.ROOT, "DynamoDB requests per warm fact check: %.2f %s with FACTS_CACHE_SECONDS=0, "
                    + "%.2f %s with the default (over 100 checks each)%n", perCheck(uncached), uncached.counts(),
                    perCheck(counted), counted.counts());
            BenchmarkResults.write(BenchmarkResults.WARM_LOAD, results(requests, timed, uncached, counted, loadAtStart));
        }
    }

    /** Latency percentiles and DynamoDB requests per check, for the README (see {@link ReadmeFigures}). */
    private static ObjectNode results(int requests, Run timed, Run uncached, Run counted, double loadAtStart) {
        ObjectNode results = JSON.createObjectNode();
        results.put("benchmark", WarmLoadBenchmark.class.getSimpleName());
        results.set("environment", BenchmarkResults.environment(loadAtStart));
        results.put("articleCharacters", ARTICLE_CHARACTERS);
        results.put("claims", timed.claims());
        results.put("requests", requests);
        results.put("warmUpRequests", WARM_UP_REQUESTS);
        List<Long> sorted = timed.nanos().stream().sorted().toList();
        ObjectNode latency = results.putObject("latencyMs");
        latency.put("p50", round(percentile(sorted, 50)));
        latency.put("p90", round(percentile(sorted, 90)));
        latency.put("p99", round(percentile(sorted, 99)));
        latency.put("max", round(sorted.getLast() / 1e6));
        ObjectNode perCheck = results.putObject("dynamoDbRequestsPerCheck");
        perCheck.set("defaultWindow", requestsPerCheck(counted));
        perCheck.set("windowZero", requestsPerCheck(uncached));
        return results;
    }

    private static ObjectNode requestsPerCheck(Run run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("checks", run.nanos().size());
        node.put("perCheck", round(perCheck(run)));
        ObjectNode operations = node.putObject("operations");
        run.counts().forEach(operations::put);
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double perCheck(Run run) {
        return run.counts().values().stream().mapToInt(Integer::intValue).sum() / (double) run.nanos().size();
    }

    private static Run run(Path runnerJar, URI dynamoDb, String body, int requests, CountingProxy proxy,
                           String cacheSeconds) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (cacheSeconds != null) {
            command.add("-DFACTS_CACHE_SECONDS=" + cacheSeconds);
        }
        command.addAll(List.of("-jar", runnerJar.toString(), "serve", "--dynamodb-endpoint", dynamoDb.toString(),
                "--port", Integer.toString(port), "--no-schedules"));
        Process runner = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            awaitStarted(runner);
            URI url = URI.create("http://127.0.0.1:" + port + "/factchecks");
            HttpClient client = HttpClient.newHttpClient();
            int claims = 0;
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                claims = send(client, url, body).path("claims").size();
            }
            if (proxy != null) {
                proxy.reset();
            }
            List<Long> nanos = new ArrayList<>(requests);
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                send(client, url, body);
                nanos.add(System.nanoTime() - started);
            }
            return new Run(claims, nanos, proxy == null ? Map.of() : proxy.counts());
        } finally {
            runner.destroy();
            runner.waitFor();
        }
    }

    private record Run(int claims, List<Long> nanos, Map<String, Integer> counts) {
    }

    /** The seed articles' texts, repeated to about 6 KB: realistic sentences, figures and distractors. */
    private static String sixKilobyteArticle(Path root) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("infra/seed/articles"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(JSON.readTree(file.toFile()).path("text").asText());
            }
        }
        StringBuilder article = new StringBuilder();
        for (int i = 0; article.length() < ARTICLE_CHARACTERS; i++) {
            article.append(texts.get(i % texts.size())).append("\n\n");
        }
        return article.substring(0, ARTICLE_CHARACTERS);
    }

    private static JsonNode send(HttpClient client, URI url, String body) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /factchecks answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void report(int requests, int bytes, int claims, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%n%d sequential POST /factchecks, %d-character article, %d claims each%n",
                requests, bytes, claims);
        System.out.printf(Locale.ROOT, "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.getLast() / 1e6);
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    private static void awaitStarted(Process runner) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("factcheck local runner on")) {
                Thread.ofVirtual().start(() -> drain(lines));
                return;
            }
        }
        throw new IllegalStateException("the local runner exited before serving");
    }

    /** Keeps reading the runner's log so it never blocks on a full pipe; ends when the runner does. */
    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // discarded
            }
        } catch (IOException runnerStopped) {
            // The stream closes with the runner.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Forwards DynamoDB requests to dynalite and counts them by operation (the X-Amz-Target header). */
    private static final class CountingProxy implements AutoCloseable {

        private final HttpServer server;
        private final URI target;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        CountingProxy(URI target) throws IOException {
            this.target = target;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", this::forward);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        void reset() {
            counts.clear();
        }

        Map<String, Integer> counts() {
            Map<String, Integer> snapshot = new TreeMap<>();
            counts.forEach((operation, count) -> snapshot.put(operation, count.get()));
            return snapshot;
        }

        private void forward(HttpExchange exchange) throws IOException {
            String operation = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            counts.computeIfAbsent(operation.substring(operation.indexOf('.') + 1), k -> new AtomicInteger()).incrementAndGet();
            HttpURLConnection upstream = (HttpURLConnection) target.toURL().openConnection();
            upstream.setRequestMethod(exchange.getRequestMethod());
            upstream.setDoOutput(true);
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(value -> upstream.addRequestProperty(name, value));
                }
            });
            try (InputStream in = exchange.getRequestBody(); OutputStream out = upstream.getOutputStream()) {
                in.transferTo(out);
            }
            int status = upstream.getResponseCode();
            byte[] response;
            try (InputStream in = status >= 400 ? upstream.getErrorStream() : upstream.getInputStream()) {
                response = in == null ? new byte[0] : in.readAllBytes();
            }
            upstream.getHeaderFields().forEach((name, values) -> {
                if (name != null && !name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(status, response.length == 0 ? -1 : response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

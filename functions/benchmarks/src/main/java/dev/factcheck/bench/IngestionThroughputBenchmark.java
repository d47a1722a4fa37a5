package dev.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds per minute through the whole ingestion path, for 1 and for 4 concurrent feed workers: the
 * local runner in its own JVM (dynalite, ElasticMQ, the functions' real jars), {@code N} feeds served
 * by a loopback HTTP server here, each with one full-text entry and one entry whose page is fetched.
 * For each worker count, on a fresh in-memory store: register the feeds (not timed), invoke
 * {@code FeedDispatchFunction} through the Invoke API, and stop the clock when the runner has
 * acknowledged every feed message (its {@code SQS} log lines); then check through {@code GET /feeds}
 * that every feed was pulled and every entry stored. Workers are the SQS event source's pollers,
 * set with {@code --parameter-overrides FeedWorkerConcurrency=W}.
 * Usage: {@code IngestionThroughputBenchmark [--feeds 2000] [--workers 1,4]}; needs
 * {@code ./mvnw -DskipTests package} first. Writes {@code functions/benchmarks/results/ingestion.json},
 * the source of the README's table.
 */
public final class IngestionThroughputBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SQS_LINE = Pattern.compile(" SQS \\S+ FeedWorkerFunction (\\d+) messages? (ok|(\\d+) failed)");
    private static final int ENTRIES_PER_FEED = 2;
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

    private IngestionThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = 2_000;
        List<Integer> workerCounts = List.of(1, 4);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--feeds" -> feeds = Integer.parseInt(args[++i]);
                case "--workers" -> workerCounts = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                default -> throw new IllegalArgumentException("usage: IngestionThroughputBenchmark [--feeds N] [--workers 1,4]");
            }
        }
        double loadAtStart = BenchmarkResults.loadAverage();
        HttpServer server = feedServer();
        try {
            ObjectNode results = JSON.createObjectNode();
            results.put("benchmark", IngestionThroughputBenchmark.class.getSimpleName());
            results.put("feeds", feeds);
            results.put("entriesPerFeed", ENTRIES_PER_FEED);
            ArrayNode runs = results.putArray("runs");
            for (int workers : workerCounts) {
                runs.add(run(feeds, workers, "http://127.0.0.1:" + server.getAddress().getPort()));
            }
            results.set("environment", BenchmarkResults.environment(loadAtStart));
            System.out.print(ReadmeFigures.ingestion(results));
            BenchmarkResults.write(BenchmarkResults.INGESTION, results);
        } finally {
            server.stop(0);
        }
    }

    private static ObjectNode run(int feeds, int workers, String feedBase) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        try (LocalRunnerProcess runner = LocalRunnerProcess.serve(ProjectFiles.root(), List.of("-Xmx2g"),
                List.of("--in-memory", "--no-schedules", "--allow-loopback-fetch",
                        "--parameter-overrides", "FeedWorkerConcurrency=" + workers),
                line -> count(line, acknowledged, retried))) {
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < feeds; i++) {
                send(client, runner.base().resolve("/feeds"), "{\"url\":\"" + feedBase + "/feed/" + i + ".xml\"}", 201);
            }
            long started = System.nanoTime();
            JsonNode dispatched = JSON.readTree(send(client,
                    runner.base().resolve("/2015-03-31/functions/FeedDispatchFunction/invocations"),
                    Files.readString(ProjectFiles.root().resolve("events/feed-dispatch.json")), 200));
            if (dispatched.path("enqueued").asInt() != feeds) {
                throw new IllegalStateException("the dispatcher enqueued " + dispatched + " instead of " + feeds + " feeds");
            }
            long deadline = started + GIVE_UP_AFTER.toNanos();
            while (acknowledged.get() < feeds) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + acknowledged + " of " + feeds + " feeds done after " + GIVE_UP_AFTER);
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            verify(client, runner.base(), feeds);
            System.err.printf(Locale.ROOT, "%d workers: %d feeds in %.1f s (%d deliveries retried)%n", workers, feeds, seconds,
                    retried.get());
            ObjectNode row = JSON.createObjectNode();
            row.put("workers", workers);
            row.put("seconds", Math.round(seconds * 10) / 10.0);
            row.put("feedsPerMinute", Math.round(feeds * 60 / seconds));
            row.put("articlesPerMinute", Math.round(feeds * ENTRIES_PER_FEED * 60 / seconds));
            row.put("retriedDeliveries", retried.get());
            return row;
        }
    }

    /** Counts the feed messages the runner deleted (acknowledged) and those left for redelivery. */
    private static void count(String line, AtomicInteger acknowledged, AtomicInteger retried) {
        Matcher sqs = SQS_LINE.matcher(line);
        if (sqs.find()) {
            int messages = Integer.parseInt(sqs.group(1));
            int failed = sqs.group(3) == null ? 0 : Integer.parseInt(sqs.group(3));
            acknowledged.addAndGet(messages - failed);
            retried.addAndGet(failed);
        }
    }

    /** Every feed pulled without error, and its two entries stored as new articles. */
    private static void verify(HttpClient client, URI base, int feeds) throws Exception {
        JsonNode listed = JSON.readTree(client.send(HttpRequest.newBuilder(base.resolve("/feeds")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("feeds");
        int pulled = 0;
        long stored = 0;
        for (JsonNode feed : listed) {
            pulled += "ok".equals(feed.path("lastRun").path("status").asText()) ? 1 : 0;
            stored += feed.path("totals").path("new").asLong();
        }
        if (listed.size() != feeds || pulled != feeds || stored != (long) feeds * ENTRIES_PER_FEED) {
            throw new IllegalStateException(listed.size() + " feeds listed, " + pulled + " pulled ok, " + stored
                    + " articles stored; expected " + feeds + ", " + feeds + ", " + feeds * ENTRIES_PER_FEED);
        }
    }

    private static String send(HttpClient client, URI url, String body, int expected) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + url.getPath() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code /feed/N.xml}: an RSS feed with a full-text entry and a linked one; {@code /page/N.html}: its page. */
    private static HttpServer feedServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            if (path.matches("/feed/\\d+\\.xml")) {
                int n = Integer.parseInt(path.replaceAll("\\D", ""));
                respond(exchange, "application/rss+xml; charset=utf-8", feed(n, base));
            } else if (path.matches("/page/\\d+\\.html")) {
                int n = Integer.parseInt(path.replaceAll("\\D", ""));
                respond(exchange, "text/html; charset=utf-8", "<html><head><title>Quarterly update " + n
                        + "</title></head><body><nav>Home | Markets</nav><article>" + story(n, "page") + "</article>"
                        + "<footer>© Loopback News</footer></body></html>");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private static String feed(int n, String base) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Loopback News " + n + "</title><link>" + base + "/</link><description>d</description>"
                + "<item><title>Results " + n + "</title><link>" + base + "/story/" + n + "</link><guid>s" + n + "</guid>"
                + "<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[" + story(n, "feed")
                + "]]></content:encoded></item>"
                + "<item><title>Update " + n + "</title><link>" + base + "/page/" + n + ".html</link><guid>p" + n + "</guid>"
                + "<pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>";
    }

    /** A few paragraphs of wire copy whose figures differ per feed, so every article is new. */
    private static String story(int n, String variant) {
        return ("<p>Northwind Traders said on Monday that revenue rose " + (n % 40 + 2) + "% to $" + (n + 100)
                + " million in the third quarter, ahead of the $" + (n + 90) + " million analysts had expected.</p>"
                + "<p>The company, which employs about " + (1_000 + n) + " people in 14 countries, cut "
                + (n % 300 + 20) + " jobs in 2024 and plans to open " + (n % 9 + 1) + " stores next year, its chief "
                + "executive told reporters (" + variant + ").</p>"
                + "<p>Unemployment in the region fell to 4.1% in October, the lowest level since 2019, according to "
                + "the statistics office; inflation eased to 2.4%.</p>");
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package dev.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the README's performance figures from the benchmarks' results files, so they cannot drift
 * from what was measured. Each generated block sits between {@code <!-- figures:NAME -->} and
 * {@code <!-- /figures:NAME -->}; everything else in the README is left as it is.
 * Run it after a benchmark: {@code ./mvnw -q -pl functions/benchmarks compile exec:exec@readme-figures}.
 * {@code ReadmeFiguresTest} fails while the
 * README and the results files disagree.
 */
public final class ReadmeFigures {

    /** The target of the guide: every function within 1.15 times the floor's cold start. */
    static final double COLD_START_TARGET = 1.15;

    private static final double MIB = 1_048_576.0;

    private ReadmeFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path readme = ProjectFiles.root().resolve("README.md");
        String before = Files.readString(readme, StandardCharsets.UTF_8);
        String after = update(before, sections(BenchmarkResults.directory()));
        Files.writeString(readme, after, StandardCharsets.UTF_8);
        System.out.println(before.equals(after) ? "README.md already shows the latest results"
                : "README.md updated from " + ProjectFiles.root().relativize(BenchmarkResults.directory()));
    }

    /** Every generated block, by name, rendered from the results files in {@code results}. */
    static Map<String, String> sections(Path results) {
        JsonNode coldStart = BenchmarkResults.read(results, BenchmarkResults.COLD_START);
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("cold-start", coldStart(coldStart));
        sections.put("artifacts", artifacts(coldStart));
        sections.put("warm-load", warmLoad(BenchmarkResults.read(results, BenchmarkResults.WARM_LOAD)));
        sections.put("ingestion", ingestion(BenchmarkResults.read(results, BenchmarkResults.INGESTION)));
        sections.put("core-throughput", coreThroughput(BenchmarkResults.read(results, BenchmarkResults.JMH)));
        return sections;
    }

    /** The README with each named block replaced; a block without its two markers is an error. */
    static String update(String readme, Map<String, String> sections) {
        String updated = readme;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String start = startMarker(section.getKey());
            String end = endMarker(section.getKey());
            int from = updated.indexOf(start);
            int to = updated.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException("README.md needs the markers " + start + " and " + end + ", in that order");
            }
            updated = updated.substring(0, from + start.length()) + "\n" + section.getValue() + updated.substring(to);
        }
        return updated;
    }

    /** The text the README holds between a block's markers today. */
    static String block(String readme, String name) {
        int from = readme.indexOf(startMarker(name));
        int to = readme.indexOf(endMarker(name));
        return from < 0 || to < from ? "" : readme.substring(from + startMarker(name).length() + 1, to);
    }

    private static String startMarker(String name) {
        return "<!-- figures:" + name + " -->";
    }

    private static String endMarker(String name) {
        return "<!-- /figures:" + name + " -->";
    }

    static String coldStart(JsonNode results) {
        StringBuilder out = new StringBuilder();
        out.append("| function | artifact | cold start, median | floor, median | ratio | CPU, median (floor) | peak RSS, median "
                + "| status |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        List<String> overTarget = new ArrayList<>();
        for (JsonNode function : results.path("functions")) {
            // Judged as shown: a ratio printed as 1.15 meets a target of 1.15.
            double ratio = Math.round(100 * function.path("coldStartMedianMs").asDouble()
                    / function.path("floorMedianMs").asDouble()) / 100.0;
            if (ratio > COLD_START_TARGET) {
                overTarget.add(function.path("function").asText() + String.format(Locale.ROOT, " (%.2f)", ratio));
            }
            List<String> statuses = new ArrayList<>();
            function.path("statuses").forEach(status -> statuses.add(status.asText()));
            out.append(String.format(Locale.ROOT, "| %s | %.1f MiB | %d ms | %d ms | %.2f | %s | %d MiB | %s |%n",
                    function.path("function").asText(), function.path("artifactBytes").asLong() / MIB,
                    function.path("coldStartMedianMs").asLong(), function.path("floorMedianMs").asLong(), ratio,
                    function.has("cpuMedianMs") ? String.format(Locale.ROOT, "%d ms (%d ms)",
                            function.path("cpuMedianMs").asLong(), function.path("floorCpuMedianMs").asLong()) : "-",
                    Math.round(function.path("peakRssMedianKb").asLong() / 1024.0), String.join(",", statuses)));
        }
        int total = results.path("functions").size();
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Wall time from process start to exit (the ratio's) and CPU time of the JVM "
                        + "until the answer, medians of %d runs each, function and floor alternating, %s; %s.%n",
                results.path("runs").asInt(), results.path("credentials").asText("").equals("container")
                        ? "both with credentials from the container endpoint" : "the floor with static keys",
                where(results.path("environment"))));
        out.append(overTarget.isEmpty()
                ? String.format(Locale.ROOT, "Within %.2f× the floor: all %d functions.%n", COLD_START_TARGET, total)
                : String.format(Locale.ROOT, "Within %.2f× the floor: %d of %d functions; above it: %s.%n",
                        COLD_START_TARGET, total - overTarget.size(), total, String.join(", ", overTarget)));
        return out.toString();
    }

    static String artifacts(JsonNode results) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (JsonNode function : results.path("functions")) {
            sizes.putIfAbsent(function.path("artifact").asText(), function.path("artifactBytes").asLong());
        }
        StringBuilder out = new StringBuilder("| artifact | size |\n|---|---|\n");
        sizes.forEach((artifact, bytes) -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f MiB (%,d bytes) |%n",
                artifact, bytes / MIB, bytes)));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "As built for the cold-start run above (commit %s).%n",
                results.path("environment").path("commit").asText()));
        return out.toString();
    }

    static String warmLoad(JsonNode results) {
        JsonNode latency = results.path("latencyMs");
        JsonNode perCheck = results.path("dynamoDbRequestsPerCheck");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "`POST /factchecks` through the local runner on dynalite, a %,d-character "
                        + "article (the seed articles repeated) with %d claims, %,d requests one after another after %,d "
                        + "warm-up requests; %s.%n%n", results.path("articleCharacters").asInt(),
                results.path("claims").asInt(), results.path("requests").asInt(), results.path("warmUpRequests").asInt(),
                where(results.path("environment"))));
        out.append("| p50 | p90 | p99 | max | DynamoDB requests per check |\n|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s with the default "
                        + "`FACTS_CACHE_SECONDS`; %s with the window set to 0 |%n",
                latency.path("p50").asDouble(), latency.path("p90").asDouble(), latency.path("p99").asDouble(),
                latency.path("max").asDouble(), requests(perCheck.path("defaultWindow")),
                requests(perCheck.path("windowZero"))));
        return out.toString();
    }

    /** "0.00" or "1.00 (Query: 100 in 100 checks)": the mean and, when any, the operations counted. */
    private static String requests(JsonNode counted) {
        List<String> operations = new ArrayList<>();
        counted.path("operations").properties().forEach(op -> operations.add(op.getKey() + ": " + op.getValue().asInt()));
        String mean = String.format(Locale.ROOT, "%.2f", counted.path("perCheck").asDouble());
        return operations.isEmpty() ? mean
                : mean + " (" + String.join(", ", operations) + " in " + counted.path("checks").asInt() + " checks)";
    }

    static String ingestion(JsonNode results) {
        StringBuilder out = new StringBuilder();
        out.append("| feed workers (`FeedWorkerConcurrency`) | feeds | time | feeds per minute | articles per minute |\n");
        out.append("|---|---|---|---|---|\n");
        for (JsonNode run : results.path("runs")) {
            out.append(String.format(Locale.ROOT, "| %d | %,d | %.0f s | %,.0f | %,.0f |%n", run.path("workers").asInt(),
                    results.path("feeds").asInt(), run.path("seconds").asDouble(), run.path("feedsPerMinute").asDouble(),
                    run.path("articlesPerMinute").asDouble()));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%,d feeds of %d new entries each (one full text, one fetched page), "
                + "a fresh in-memory store per row; %s.%n", results.path("feeds").asInt(),
                results.path("entriesPerFeed").asInt(), where(results.path("environment"))));
        return out.toString();
    }

    static String coreThroughput(JsonNode jmh) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        jmh.forEach(run -> byName.put(run.path("benchmark").asText().replace("dev.factcheck.bench.", ""), run));
        Function<String, JsonNode> run = name -> {
            JsonNode found = byName.get(name);
            if (found == null) {
                throw new IllegalStateException("the JMH results have no " + name + "; run the core benchmarks with their default arguments");
            }
            return found;
        };
        JsonNode extraction = run.apply("ExtractionBenchmark.extract");
        double articlesPerSecond = extraction.path("primaryMetric").path("score").asDouble();
        JsonNode bytes = extraction.path("secondaryMetrics").path("bytes");
        JsonNode verification = run.apply("VerificationBenchmark.verifyClaims").path("primaryMetric");
        JsonNode summary = run.apply("SummaryBenchmark.summarize").path("primaryMetric");
        JsonNode markdown = run.apply("SummaryBenchmark.summarizeAndRenderMarkdown").path("primaryMetric");
        JsonNode scaling = run.apply("ExtractionScalingBenchmark.extractBothLengths").path("secondaryMetrics");
        double shortNanos = scaling.path("shortNanos").path("score").asDouble();
        double longNanos = scaling.path("longNanos").path("score").asDouble();
        StringBuilder out = new StringBuilder("| benchmark | figure |\n|---|---|\n");
        out.append(String.format(Locale.ROOT, "| extraction, 6 KB article | %.1f ± %.1f MB/s (%s articles/s, %.2f ms each) |%n",
                bytes.path("score").asDouble() / 1e6, bytes.path("scoreError").asDouble() / 1e6,
                rounded(articlesPerSecond), 1000 / articlesPerSecond));
        out.append(String.format(Locale.ROOT, "| extraction, 200,000 vs 100,000 characters, alternating | ×%.2f the time "
                + "for twice the text (linear: ×2) |%n", longNanos / shortNanos));
        out.append(String.format(Locale.ROOT, "| verification, records in memory | %s ± %s claims/s |%n",
                rounded(verification.path("score").asDouble()), rounded(verification.path("scoreError").asDouble())));
        out.append(String.format(Locale.ROOT, "| summary of a 6 KB article | %s ± %s articles/s; %s ± %s with Markdown rendering |%n",
                rounded(summary.path("score").asDouble()), rounded(summary.path("scoreError").asDouble()),
                rounded(markdown.path("score").asDouble()), rounded(markdown.path("scoreError").asDouble())));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "JMH %s, one thread, %d fork, %d warm-up and %d measurement iterations "
                        + "each; JDK %s; score ± the 99.9%% confidence half-width.%n",
                extraction.path("jmhVersion").asText(), extraction.path("forks").asInt(),
                extraction.path("warmupIterations").asInt(), extraction.path("measurementIterations").asInt(),
                extraction.path("jdkVersion").asText()));
        return out.toString();
    }

    /** Three significant digits with thousands separators: 1,020,000 and 8,740. */
    private static String rounded(double value) {
        BigDecimal three = new BigDecimal(value).round(new MathContext(3));
        return String.format(Locale.ROOT, three.scale() > 0 ? "%,." + three.scale() + "f" : "%,.0f", three);
    }

    private static String where(JsonNode environment) {
        return String.format(Locale.ROOT, "JDK %s, %d CPUs, load average %.2f at the start and %.2f at the end, %s, commit %s",
                environment.path("jdk").asText(), environment.path("cpus").asInt(),
                environment.path("loadAverageAtStart").asDouble(), environment.path("loadAverageAtEnd").asDouble(),
                environment.path("measuredAt").asText().substring(0, 10), environment.path("commit").asText());
    }
}

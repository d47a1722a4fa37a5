package dev.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * The benchmarks' results files in {@code functions/benchmarks/results/}, committed with the code they
 * measured: the README's performance figures are generated from them ({@link ReadmeFigures}) and a test
 * checks that the README still shows them. Each file also records where and when it was measured, and
 * how busy the machine was, because the figures of a shared machine mean little without that.
 */
final class BenchmarkResults {

    static final String COLD_START = "cold-start.json";
    static final String WARM_LOAD = "warm-load.json";
    static final String INGESTION = "ingestion.json";
    /** Written by JMH itself ({@code -rf json}), from the core module's benchmark command. */
    static final String JMH = "jmh.json";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkResults() {
    }

    static Path directory() {
        return ProjectFiles.root().resolve("functions/benchmarks/results");
    }

    static JsonNode read(Path directory, String file) {
        Path path = directory.resolve(file);
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the benchmark results " + path + ": " + e.getMessage(), e);
        }
    }

    static void write(String file, JsonNode results) throws IOException {
        Path path = directory().resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, JSON.writeValueAsString(results) + "\n", StandardCharsets.UTF_8);
        System.out.println("results written to " + ProjectFiles.root().relativize(path));
    }

    /** The 1-minute load average now, or -1 where the platform has none. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** When, on what and on which commit a benchmark ran, with the load average before and after it. */
    static ObjectNode environment(double loadAtStart) {
        ObjectNode environment = JSON.createObjectNode();
        environment.put("measuredAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        environment.put("commit", commit());
        environment.put("jdk", Runtime.version().toString());
        environment.put("cpus", Runtime.getRuntime().availableProcessors());
        environment.put("loadAverageAtStart", Math.round(loadAtStart * 100) / 100.0);
        environment.put("loadAverageAtEnd", Math.round(loadAverage() * 100) / 100.0);
        return environment;
    }

    /**
     * The checked-out commit, with "+changes" when the measured code differs from it (the results files
     * and the docs do not count); "unknown" without git.
     */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            String changes = git("status", "--porcelain", "--untracked-files=no", "--", "functions", "pom.xml",
                    "template.yaml", "events", "infra", ":!functions/benchmarks/results", ":!*.md");
            return head.isEmpty() ? "unknown" : head + (changes.isEmpty() ? "" : "+changes");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process git = new ProcessBuilder(command).directory(ProjectFiles.root().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
    }
}

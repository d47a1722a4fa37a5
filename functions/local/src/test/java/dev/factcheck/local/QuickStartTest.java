package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start as a newcomer meets it: a fresh clone, {@code JAVA_HOME} unset, an older
 * {@code java} first on the {@code PATH} ({@link Newcomer}), and {@code ./factcheck serve}. The launcher
 * must find a JDK 25, build the clone, start the stack, and the {@code curl} its banner prints must
 * answer a verified summary. Maven works offline ({@code MAVEN_ARGS=-o}) from the local repository the
 * surrounding build has filled; npm installs dynalite as it would for the user.
 */
class QuickStartTest {

    private static final Pattern TRY = Pattern.compile("(?m)^  try: +(curl -s http://127\\.0\\.0\\.1:\\d+/\\S+/summary)$");
    private static final String BUILDING = "factcheck: building";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void freshClone_factcheckServe_buildsOnJdk25_andTheBannersCurlAnswersAVerifiedSummary(@TempDir Path temp) throws Exception {
        Path clone = temp.resolve("factcheck");
        run(temp, List.of("git", "clone", "--quiet", ProjectFiles.root().toString(), clone.toString()), 60);
        Path log = temp.resolve("serve.log");

        Process serve = launcher(clone, log, "serve", "--port", "0");
        try {
            String banner = awaitBanner(serve, log);
            assertThat(banner).as("a fresh clone is built first").contains(BUILDING);
            Matcher curl = TRY.matcher(banner);
            assertThat(curl.find()).as("the banner prints a curl for a summary:%n%s", banner).isTrue();

            JsonNode summary = JSON.readTree(run(temp, List.of("bash", "-c", curl.group(1)), 30));

            assertThat(summary.path("sentences").size()).as(summary.toString()).isPositive();
            JsonNode figure = summary.path("sentences").get(0).path("figures").get(0);
            assertThat(figure.path("verdict").asText()).isEqualTo("SUPPORTED");
            assertThat(summary.path("counts").path("SUPPORTED").asInt()).isPositive();
            List<ProcessHandle> children = serve.descendants().toList();

            serve.destroy();
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("serve stops on SIGTERM like on Ctrl-C").isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } finally {
            serve.descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }

        assertThat(launcherOutput(clone, temp, "--help")).as("jars newer than every source: no build")
                .doesNotContain(BUILDING).contains("usage: ./factcheck");

        Path source = clone.resolve("functions/local/src/main/java/dev/factcheck/local/Main.java");
        Files.writeString(source, Files.readString(source) + "// edited after the build\n");
        assertThat(launcherOutput(clone, temp, "--help")).as("a source newer than the jars: built again")
                .contains(BUILDING + " functions/local").contains("usage: ./factcheck");
        assertThat(launcherOutput(clone, temp, "--help")).as("and then up to date").doesNotContain(BUILDING);
    }

    private static Process launcher(Path clone, Path log, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(clone.resolve("factcheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(Newcomer.environment());
        builder.environment().put("MAVEN_ARGS", "-o");
        return builder.start();
    }

    private static String launcherOutput(Path clone, Path temp, String... args) throws Exception {
        Path log = Files.createTempFile(temp, "launcher", ".log");
        Process process = launcher(clone, log, args);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("./factcheck %s finishes", String.join(" ", args)).isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String awaitBanner(Process serve, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String output = Files.readString(log);
            if (output.contains("  stop:")) {
                return output;
            }
            if (!serve.isAlive()) {
                throw new AssertionError("./factcheck serve exited with " + serve.exitValue() + ":\n" + output);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("./factcheck serve printed no banner within 4 minutes:\n" + Files.readString(log));
    }

    private static String run(Path dir, List<String> command, int timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Newcomer.environment());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", command, text).isZero();
        return text;
    }
}

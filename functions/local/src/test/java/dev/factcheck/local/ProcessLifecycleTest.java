package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as its own JVM, as a user runs it: stopped the way Ctrl-C stops it (SIGTERM runs the
 * same shutdown hooks as SIGINT), no dynalite process may outlive it; and its data folder survives a
 * restart without duplicates.
 */
class ProcessLifecycleTest {

    private static final Pattern URL = Pattern.compile("factcheck local runner on http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stoppingServe_leavesNoDynaliteBehind(@TempDir Path temp) throws Exception {
        Path output = temp.resolve("serve.log");
        Process serve = startServe(output, "--in-memory", "--no-seed", "--no-schedules");
        try {
            int port = awaitPort(serve, output);
            List<ProcessHandle> children = serve.descendants().toList();
            assertThat(children).as("dynalite runs as a child of serve").isNotEmpty();
            assertThat(LocalRunner.send(port, "GET", "/factchecks", null).statusCode()).isEqualTo(405);

            stop(serve);

            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("pid " + child.pid()).isFalse();
            }
            assertThat(Files.readString(output)).contains("stopping");
        } finally {
            kill(serve);
        }
    }

    @Test
    void dataDir_survivesARestart_andSeedingAgainStoresNothingTwice(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        Process first = startServe(temp.resolve("first.log"), "--data-dir", data.toString(), "--no-schedules");
        int articles;
        try {
            int port = awaitPort(first, temp.resolve("first.log"));
            articles = articleCount(port);
            assertThat(articles).isPositive();
            assertThat(temp.resolve("data.endpoint")).exists();

            LocalRunner.Result invoked = LocalRunner.run("invoke", "GetArticleFunction", "--event",
                    ProjectFiles.root().resolve("events/get-article-list.json").toString(),
                    "--data-dir", data.toString(), "--no-seed");

            assertThat(invoked.exitCode()).isZero();
            assertThat(invoked.err()).as("invoke uses the running serve's dynalite").contains("running serve");
            assertThat(JSON.readTree(invoked.out()).path("statusCode").asInt()).isEqualTo(200);
            stop(first);
        } finally {
            kill(first);
        }
        assertThat(temp.resolve("data.endpoint")).doesNotExist();

        Process second = startServe(temp.resolve("second.log"), "--data-dir", data.toString(), "--no-schedules");
        try {
            int port = awaitPort(second, temp.resolve("second.log"));
            assertThat(articleCount(port)).isEqualTo(articles);
            stop(second);
        } finally {
            kill(second);
        }
    }

    private static Process startServe(Path output, String... options) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "-Dfactcheck.projectRoot=" + ProjectFiles.root(),
                Main.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static void stop(Process serve) throws InterruptedException {
        serve.destroy();
        assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }

    private static void kill(Process serve) {
        serve.descendants().forEach(ProcessHandle::destroyForcibly);
        serve.destroyForcibly();
    }

    private static int articleCount(int port) throws IOException {
        return JSON.readTree(LocalRunner.send(port, "GET", "/articles?limit=100", null).body()).path("articles").size();
    }

    private static int awaitPort(Process serve, Path output) throws IOException, InterruptedException {
        // A liveness bound, not a speed goal: on a loaded 2-core machine a cold serve (JVM, dynalite,
        // ElasticMQ, seeding) has taken over 30 s; the start-up figures live in the benchmarks.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher url = URL.matcher(Files.readString(output));
            if (url.find()) {
                return Integer.parseInt(url.group(1));
            }
            if (!serve.isAlive()) {
                throw new AssertionError("serve exited: " + Files.readString(output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start: " + Files.readString(output));
    }
}

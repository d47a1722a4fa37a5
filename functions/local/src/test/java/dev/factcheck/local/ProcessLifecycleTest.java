package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as its own JVM, stopped the way Ctrl-C stops it (SIGTERM runs the same shutdown
 * hooks as SIGINT): no dynalite process may outlive it.
 */
class ProcessLifecycleTest {

    private static final Pattern URL = Pattern.compile("factcheck local runner on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void stoppingServe_leavesNoDynaliteBehind(@TempDir Path temp) throws Exception {
        Path output = temp.resolve("serve.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Dfactcheck.projectRoot=" + ProjectFiles.root(),
                Main.class.getName(), "serve", "--in-memory", "--port", "0", "--no-seed", "--no-schedules")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            int port = awaitPort(serve, output);
            List<ProcessHandle> children = serve.descendants().toList();
            assertThat(children).as("dynalite runs as a child of serve").isNotEmpty();
            assertThat(LocalRunner.send(port, "GET", "/factchecks", null).statusCode()).isEqualTo(405);

            serve.destroy();

            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("pid " + child.pid()).isFalse();
            }
            assertThat(Files.readString(output)).contains("stopping");
        } finally {
            serve.descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }
    }

    private static int awaitPort(Process serve, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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

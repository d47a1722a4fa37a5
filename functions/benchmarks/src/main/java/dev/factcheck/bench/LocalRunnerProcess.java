package dev.factcheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code java -jar factcheck-local.jar serve …} in its own JVM, as a user runs it, on a free port.
 * Every line it logs after start-up goes to a listener (or nowhere), so it never blocks on a full pipe.
 */
final class LocalRunnerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalRunnerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code serve} with {@code jvmOptions} and {@code serveOptions} and waits for its banner.
     * The runner's jar must be built ({@code ./mvnw -DskipTests package}).
     */
    static LocalRunnerProcess serve(Path projectRoot, List<String> jvmOptions, List<String> serveOptions,
                                    Consumer<String> log) throws IOException {
        Path jar = projectRoot.resolve("functions/local/target/factcheck-local.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + "; run ./mvnw -DskipTests package first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port)));
        command.addAll(serveOptions);
        Process process = new ProcessBuilder(command).directory(projectRoot.toFile()).redirectErrorStream(true).start();
        LocalRunnerProcess runner = new LocalRunnerProcess(process, port);
        runner.awaitStarted(log);
        return runner;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitStarted(Consumer<String> log) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("factcheck local runner on")) {
                Thread.ofVirtual().start(() -> follow(lines, log));
                return;
            }
        }
        throw new IllegalStateException("the local runner exited before serving");
    }

    private static void follow(BufferedReader lines, Consumer<String> log) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.accept(line);
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
}

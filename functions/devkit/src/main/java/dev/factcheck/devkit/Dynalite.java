package dev.factcheck.devkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A dynalite server (the DynamoDB-protocol server pinned in {@code infra/local/package.json}) in a
 * child process on a free loopback port. Installs it with {@code npm ci} on first use, waits until it
 * answers, and stops it, children and all, on {@link #close()} or when the JVM exits.
 */
public final class Dynalite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final URI endpoint;
    private final Thread shutdownHook;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.shutdownHook = new Thread(this::stop, "dynalite-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts dynalite from {@code infraLocal} (the folder holding its package.json).
     *
     * @param dataDir where to keep the tables between runs, or null to keep them in memory
     * @param port    the port, or 0 for a free one
     */
    public static Dynalite start(Path infraLocal, Path dataDir, int port) {
        Path cli = installIfMissing(infraLocal);
        int chosenPort = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of(node(), cli.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(chosenPort), "--createTableMs", "0", "--deleteTableMs", "0",
                "--updateTableMs", "0"));
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new DevkitException("cannot create the data folder " + dataDir + ": " + e.getMessage());
            }
            command.add("--path");
            command.add(dataDir.toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new DevkitException(nodeMissingMessage());
        }
        Dynalite dynalite = new Dynalite(process, URI.create("http://127.0.0.1:" + chosenPort));
        dynalite.awaitReady();
        return dynalite;
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run; nothing left to undo.
        }
    }

    /** Kills the server at once (SIGKILL, no shutdown), as a crash would; tests restart it on the same data folder. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /** The port it listens on. */
    public int port() {
        return endpoint.getPort();
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DevkitException("dynalite exited with code " + process.exitValue()
                        + " before answering on " + endpoint + "; is the port taken?");
            }
            if (answers()) {
                return;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new DevkitException("interrupted while starting dynalite");
            }
        }
        close();
        throw new DevkitException("dynalite did not answer on " + endpoint + " within " + START_TIMEOUT);
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(200);
            connection.setReadTimeout(1000);
            connection.setRequestMethod("GET");
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Path installIfMissing(Path infraLocal) {
        Path cli = infraLocal.resolve("node_modules/dynalite/cli.js");
        if (Files.isRegularFile(cli)) {
            return cli;
        }
        if (!Files.isRegularFile(infraLocal.resolve("package-lock.json"))) {
            throw new DevkitException("no package-lock.json in " + infraLocal + ": cannot install dynalite");
        }
        // Test JVMs of a parallel build may race to install; the lock lets one install and the others wait.
        try (FileChannel channel = FileChannel.open(infraLocal.resolve(".install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.isRegularFile(cli)) {
                runNpmCi(infraLocal);
            }
        } catch (IOException e) {
            throw new DevkitException("cannot lock " + infraLocal + " to install dynalite: " + e.getMessage());
        }
        return cli;
    }

    private static void runNpmCi(Path infraLocal) {
        try {
            Process npm = new ProcessBuilder(npm(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(infraLocal.toFile()).redirectErrorStream(true).start();
            String output;
            try (InputStream out = npm.getInputStream()) {
                output = new String(out.readAllBytes());
            }
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new DevkitException("npm ci in " + infraLocal + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new DevkitException(nodeMissingMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevkitException("interrupted while installing dynalite");
        }
    }

    private static String nodeMissingMessage() {
        return "dynalite needs Node.js 20 or newer with npm on the PATH: install Node 20+, "
                + "or point at a running DynamoDB-compatible server (FACTCHECK_DYNAMODB_ENDPOINT for tests, "
                + "--dynamodb-endpoint for the local runner)";
    }

    private static String node() {
        return System.getProperty("factcheck.node", "node");
    }

    private static String npm() {
        return System.getProperty("factcheck.npm", "npm");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevkitException("no free loopback port: " + e.getMessage());
        }
    }
}

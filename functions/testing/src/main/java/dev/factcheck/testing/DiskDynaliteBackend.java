package dev.factcheck.testing;

import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.ProjectFiles;
import java.net.URI;
import java.nio.file.Path;

/** A dynalite of one test's own, keeping its tables in a folder, that the test may kill and start again on the same port and data. */
final class DiskDynaliteBackend implements DynamoDbBackend {

    private final Path dataDir;
    private final int port;
    private volatile Dynalite dynalite;

    DiskDynaliteBackend(Path dataDir) {
        this.dataDir = dataDir;
        this.dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), dataDir, 0);
        this.port = dynalite.port();
    }

    void kill() {
        dynalite.kill();
    }

    void restart() {
        dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), dataDir, port);
    }

    @Override
    public String name() {
        return "dynalite on disk (pid " + dynalite.pid() + ")";
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public void close() {
        dynalite.close();
    }
}

package dev.factcheck.testing;

import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.ProjectFiles;
import java.net.URI;

/** The default backend: an in-memory dynalite started for this test JVM. */
final class DynaliteBackend implements DynamoDbBackend {

    private final Dynalite dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), null, 0);

    @Override
    public String name() {
        return "dynalite (pid " + dynalite.pid() + ")";
    }

    @Override
    public URI endpoint() {
        return dynalite.endpoint();
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

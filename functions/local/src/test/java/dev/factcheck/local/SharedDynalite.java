package dev.factcheck.local;

import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.ProjectFiles;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One in-memory dynalite for every command a test class runs ({@code --dynamodb-endpoint}): the
 * handlers keep one DynamoDB client per JVM, as in Lambda, so a store per command would leave them
 * talking to a server that is gone. Register it as a static field with {@code @RegisterExtension}.
 */
final class SharedDynalite implements BeforeAllCallback, AfterAllCallback {

    private Dynalite dynalite;

    @Override
    public void beforeAll(ExtensionContext context) {
        dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), null, 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dynalite.close();
    }

    String endpoint() {
        return dynalite.endpoint().toString();
    }
}

package dev.factcheck.testing;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a real DynamoDB-protocol server: a {@link TestDynamoDb} parameter (constructor,
 * lifecycle or test method). The server is started once per test JVM and stopped when the run ends:
 * <ol>
 *   <li>{@code FACTCHECK_DYNAMODB_ENDPOINT=http://host:port}: that server;</li>
 *   <li>{@code -Dfactcheck.test.backend=localstack}: LocalStack through Testcontainers (needs Docker);</li>
 *   <li>otherwise dynalite from {@code infra/local}, installed with npm on first use.</li>
 * </ol>
 * It also sets the SDK's standard system properties (region, {@code aws.endpointUrlDynamoDb}) so that
 * handlers built with their no-arg constructors reach the same server, through the IAM layer, with the
 * credentials {@link TestDynamoDb.Tables#applySettingsOf} gives them, as in Lambda.
 */
public final class DynamoDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDynamoDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestDynamoDb.class, key -> start(), TestDynamoDb.class);
    }

    private static TestDynamoDb start() {
        DynamoDbBackend backend = chooseBackend();
        System.setProperty("aws.region", backend.region());
        TestDynamoDb dynamoDb = new TestDynamoDb(backend);
        // No access keys: a handler built with its no-arg constructor gets its function's credentials from
        // the container endpoint (Tables.applySettingsOf), as under SnapStart, and reaches the server through IAM.
        System.setProperty("aws.endpointUrlDynamoDb", dynamoDb.functionEndpoint().toString());
        System.out.println("[factcheck tests] DynamoDB backend: " + backend.name() + " at " + backend.endpoint());
        return dynamoDb;
    }

    private static DynamoDbBackend chooseBackend() {
        String endpoint = System.getenv("FACTCHECK_DYNAMODB_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = System.getProperty("FACTCHECK_DYNAMODB_ENDPOINT");
        }
        if (endpoint != null && !endpoint.isBlank()) {
            return new ExternalBackend(URI.create(endpoint.trim()));
        }
        if ("localstack".equalsIgnoreCase(System.getProperty("factcheck.test.backend", ""))) {
            return new LocalStackBackend();
        }
        return new DynaliteBackend();
    }
}

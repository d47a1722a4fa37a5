package dev.factcheck.testing;

import dev.factcheck.devkit.ElasticMq;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a real SQS-protocol server: a {@link TestSqs} parameter. Started once per test JVM,
 * stopped when the run ends:
 * <ol>
 *   <li>{@code FACTCHECK_SQS_ENDPOINT=http://host:port}: that server;</li>
 *   <li>{@code -Dfactcheck.test.backend=localstack}: LocalStack through Testcontainers (needs Docker);</li>
 *   <li>otherwise ElasticMQ in this JVM.</li>
 * </ol>
 * It sets the SDK's standard {@code aws.endpointUrlSqs} property, so a handler built with its no-arg
 * constructor reaches the same server, as a function in Lambda reaches SQS.
 */
public final class SqsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SqsExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestSqs.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestSqs.class, key -> start(), TestSqs.class);
    }

    private static TestSqs start() {
        TestSqs sqs = chooseServer();
        System.setProperty("aws.region", sqs.region());
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.endpointUrlSqs", sqs.endpoint().toString());
        System.out.println("[factcheck tests] SQS backend: " + sqs.name() + " at " + sqs.endpoint());
        return sqs;
    }

    private static TestSqs chooseServer() {
        String endpoint = System.getenv("FACTCHECK_SQS_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = System.getProperty("FACTCHECK_SQS_ENDPOINT");
        }
        if (endpoint != null && !endpoint.isBlank()) {
            return new TestSqs("external endpoint", URI.create(endpoint.trim()), "us-east-1", () -> { });
        }
        if ("localstack".equalsIgnoreCase(System.getProperty("factcheck.test.backend", ""))) {
            LocalStackBackend localStack = new LocalStackBackend("sqs");
            return new TestSqs(localStack.name(), localStack.endpoint(), localStack.region(), localStack::close);
        }
        ElasticMq elasticMq = ElasticMq.start();
        return new TestSqs("ElasticMQ (in-process)", elasticMq.endpoint(), ElasticMq.REGION, elasticMq::close);
    }
}

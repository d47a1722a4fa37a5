package dev.factcheck.testing;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in Docker through Testcontainers, asked for with {@code -Dfactcheck.test.backend=localstack}.
 * The image is pinned: later tags need an auth token, which is forwarded when set.
 */
final class LocalStackBackend implements DynamoDbBackend {

    static final String IMAGE = "localstack/localstack:4.14.0";

    private final LocalStackContainer container;

    LocalStackBackend() {
        this("dynamodb");
    }

    /** LocalStack running {@code service} ({@code dynamodb}, {@code sqs}). */
    LocalStackBackend(String service) {
        if (!dockerAvailable()) {
            throw new IllegalStateException("-Dfactcheck.test.backend=localstack needs a Docker engine, and none answers here. "
                    + "Run without that property to use dynalite and ElasticMQ, or set FACTCHECK_DYNAMODB_ENDPOINT / FACTCHECK_SQS_ENDPOINT.");
        }
        container = new LocalStackContainer(DockerImageName.parse(IMAGE)).withServices(service);
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        container.start();
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    @Override
    public String name() {
        return "LocalStack " + IMAGE;
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public String region() {
        return container.getRegion();
    }

    @Override
    public void close() {
        container.stop();
    }
}

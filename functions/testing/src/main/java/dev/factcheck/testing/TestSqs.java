package dev.factcheck.testing;

import dev.factcheck.sam.QueueProvisioner;
import dev.factcheck.sam.SamTemplate;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS server of this test run. Each {@link #createQueues()} creates the template's queues under
 * fresh names (redrive policies included), so test classes never see each other's messages.
 */
public final class TestSqs implements AutoCloseable {

    private static final AtomicInteger QUEUE_SETS = new AtomicInteger();

    private final String name;
    private final URI endpoint;
    private final String region;
    private final Runnable stop;
    private final SqsClient client;
    private final SamTemplate template = SamTemplate.ofProject();

    TestSqs(String name, URI endpoint, String region, Runnable stop) {
        this.name = name;
        this.endpoint = endpoint;
        this.region = region;
        this.stop = stop;
        this.client = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public String name() {
        return name;
    }

    public URI endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public SqsClient client() {
        return client;
    }

    /** Creates every queue template.yaml declares, under names unique to this call, by logical id. */
    public Map<String, QueueProvisioner.Queue> createQueues() {
        return createQueues(template);
    }

    /** Creates the queues of {@code template} (a test's own copy), under names unique to this call. */
    public Map<String, QueueProvisioner.Queue> createQueues(SamTemplate template) {
        String prefix = "t" + ProcessHandle.current().pid() + "-" + QUEUE_SETS.incrementAndGet() + "-";
        return new QueueProvisioner(client).createAll(template, logicalId -> prefix + logicalId);
    }

    @Override
    public void close() {
        client.close();
        stop.run();
    }
}

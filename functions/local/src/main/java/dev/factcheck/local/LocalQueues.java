package dev.factcheck.local;

import dev.factcheck.devkit.ElasticMq;
import dev.factcheck.sam.QueueProvisioner;
import dev.factcheck.sam.QueueSpec;
import dev.factcheck.sam.SamTemplate;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where the template's SQS queues live: an ElasticMQ server in the runner's JVM (in memory: queued
 * messages are gone when the runner stops), or an SQS-compatible server the user runs
 * ({@code --sqs-endpoint}, e.g. LocalStack). Queues are named by their logical id, as tables are, and
 * created with the template's visibility timeout, retention and redrive policy.
 */
final class LocalQueues implements AutoCloseable {

    private final URI endpoint;
    private final ElasticMq elasticMq;
    private final SqsClient client;
    private final Map<String, QueueProvisioner.Queue> queues;
    private final String description;

    private LocalQueues(URI endpoint, ElasticMq elasticMq, Map<String, QueueProvisioner.Queue> queues, SqsClient client,
                        String description) {
        this.endpoint = endpoint;
        this.elasticMq = elasticMq;
        this.queues = queues;
        this.client = client;
        this.description = description;
    }

    /**
     * Starts ElasticMQ (unless {@code --sqs-endpoint} names a server) and creates the template's queues.
     * A template without queues starts nothing.
     */
    static LocalQueues open(SamTemplate template, Options options, PrintStream log) {
        if (template.queues().isEmpty()) {
            return new LocalQueues(null, null, Map.of(), null, "none in template.yaml");
        }
        ElasticMq elasticMq = null;
        URI endpoint = options.sqsEndpoint();
        if (endpoint == null) {
            elasticMq = ElasticMq.start();
            endpoint = elasticMq.endpoint();
        }
        SqsClient client = client(endpoint);
        try {
            Map<String, QueueProvisioner.Queue> queues = new QueueProvisioner(client)
                    .createAll(withVisibility(template, options.visibilityTimeoutOverride()), java.util.function.Function.identity());
            String where = elasticMq != null ? "ElasticMQ in memory at " + endpoint + " (gone when the runner stops)"
                    : "SQS endpoint " + endpoint + " (not started by the runner)";
            return new LocalQueues(endpoint, elasticMq, queues, client, where);
        } catch (SdkClientException unreachable) {
            client.close();
            if (elasticMq != null) {
                elasticMq.close();
            }
            throw new SetupException("cannot reach SQS at " + endpoint + ": " + unreachable.getMessage());
        }
    }

    /** The template with every queue's visibility timeout replaced, when the override is set. */
    private static SamTemplate withVisibility(SamTemplate template, Duration override) {
        if (override == null) {
            return template;
        }
        Map<String, QueueSpec> queues = new LinkedHashMap<>();
        template.queues().forEach((id, q) -> queues.put(id, new QueueSpec(id, (int) Math.max(1, override.toSeconds()),
                q.retentionSeconds(), q.deadLetterQueue(), q.maxReceiveCount())));
        return new SamTemplate(template.functions(), template.tables(), queues, template.document());
    }

    static SqsClient client(URI endpoint) {
        return SqsClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.of(FunctionSettings.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** The endpoint, or null when the template has no queues. */
    URI endpoint() {
        return endpoint;
    }

    SqsClient client() {
        return client;
    }

    /** What {@code !Ref Queue} gives, the queue URL, by logical id. */
    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        queues.forEach((id, queue) -> urls.put(id, queue.url()));
        return urls;
    }

    QueueProvisioner.Queue queue(String logicalId) {
        QueueProvisioner.Queue queue = queues.get(logicalId);
        if (queue == null) {
            throw new IllegalArgumentException("no queue " + logicalId + " in template.yaml");
        }
        return queue;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        if (elasticMq != null) {
            elasticMq.close();
        }
    }
}

package dev.factcheck.devkit;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * An ElasticMQ server (SQS-compatible: the JSON and query protocols, visibility timeouts, receive
 * counts and redrive to dead-letter queues) in this JVM, on a free loopback port. In-process rather
 * than a child process like dynalite: it is a JVM library from Maven Central, and starts in about a
 * second. Queues live in memory and are gone on {@link #close()}.
 */
public final class ElasticMq implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";

    private final SQSRestServer server;
    private final URI endpoint;

    private ElasticMq(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static ElasticMq start() {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
                .withAWSRegion(REGION).withAWSAccountId(ACCOUNT_ID).start();
        try {
            int port = server.waitUntilStarted().localAddress().getPort();
            return new ElasticMq(server, URI.create("http://127.0.0.1:" + port));
        } catch (RuntimeException e) {
            server.stopAndWait();
            throw new DevkitException("ElasticMQ did not start: " + e.getMessage());
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}

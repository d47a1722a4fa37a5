package dev.factcheck.testing;

import java.net.URI;

/** A running DynamoDB-protocol server the tests talk to. */
interface DynamoDbBackend extends AutoCloseable {

    String name();

    URI endpoint();

    String region();

    @Override
    void close();
}

package dev.factcheck.testing;

import java.net.URI;

/** A server someone else runs, named by {@code FACTCHECK_DYNAMODB_ENDPOINT}. */
record ExternalBackend(URI endpoint) implements DynamoDbBackend {

    @Override
    public String name() {
        return "external endpoint";
    }

    @Override
    public String region() {
        String region = System.getenv("AWS_REGION");
        return region == null ? "us-east-1" : region;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}

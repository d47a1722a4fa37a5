package dev.factcheck.ingest.queue;

import dev.factcheck.runtime.wiring.DynamoDbClients;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SQS client of the dispatcher from the same standard settings as the DynamoDB client:
 * region from {@code AWS_REGION}, the same credentials chain, and a local endpoint from
 * {@code AWS_ENDPOINT_URL_SQS} ({@code aws.endpointUrlSqs}), with the URL-connection HTTP client.
 */
public final class SqsClients {

    private SqsClients() {
    }

    public static SqsClient standard() {
        return SqsClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(new SystemSettingsRegionProvider().getRegion())
                .credentialsProvider(DynamoDbClients.credentials())
                .overrideConfiguration(c -> c.retryStrategy(DynamoDbClients.retryStrategy()))
                .build();
    }
}

package dev.factcheck.runtime.wiring;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SQS client of the dispatcher from the same standard settings as the DynamoDB client:
 * region from {@code AWS_REGION}, the same credentials chain, and a local endpoint from
 * {@code AWS_ENDPOINT_URL_SQS} ({@code aws.endpointUrlSqs}), with the URL-connection HTTP client.
 * The SQS SDK is an optional dependency of this module: only the ingest module, which declares it,
 * calls this class, and the API jar leaves the class out (see its shade filter).
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

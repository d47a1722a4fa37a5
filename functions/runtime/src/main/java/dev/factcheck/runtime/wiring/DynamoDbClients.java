package dev.factcheck.runtime.wiring;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client a function uses, once per container. Everything comes from the SDK's
 * standard settings: region from {@code AWS_REGION} ({@code aws.region}), credentials from the
 * environment Lambda sets (or the {@code aws.accessKeyId} properties), and a local endpoint from
 * {@code AWS_ENDPOINT_URL_DYNAMODB} ({@code aws.endpointUrlDynamoDb}), so no code path knows whether
 * it runs in AWS or on a laptop. Only the providers that can answer are consulted, and the lean
 * URL-connection HTTP client is used, both to keep cold starts short.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient standard() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(new SystemSettingsRegionProvider().getRegion())
                .credentialsProvider(credentials())
                .overrideConfiguration(c -> c.retryStrategy(retryStrategy()))
                .build();
    }

    /** The credentials chain of every client a function builds (DynamoDB, SQS): only the providers that can answer. */
    public static AwsCredentialsProvider credentials() {
        return AwsCredentialsProviderChain.of(
                EnvironmentVariableCredentialsProvider.create(),
                SystemPropertyCredentialsProvider.create());
    }

    /**
     * The SDK's standard strategy with four attempts. DynamoDB's legacy default retries throttling
     * up to ten times with long backoff, which outlasts a function's timeout; after four attempts
     * the caller gets a 503 and can retry itself.
     */
    public static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(4).build();
    }
}

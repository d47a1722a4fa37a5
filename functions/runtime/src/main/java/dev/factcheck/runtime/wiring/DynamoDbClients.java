package dev.factcheck.runtime.wiring;

import dev.factcheck.runtime.failures.DynamoDbCallRecorder;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client a function uses, once per container. Everything comes from the SDK's
 * standard settings: region from {@code AWS_REGION} ({@code aws.region}), credentials as Lambda
 * delivers them ({@link LambdaCredentials}: the container credentials endpoint under SnapStart, or
 * the role's keys in the environment), and a local endpoint from
 * {@code AWS_ENDPOINT_URL_DYNAMODB} ({@code aws.endpointUrlDynamoDb}), so no code path knows whether
 * it runs in AWS or on a laptop. Only the providers that can answer are consulted, and the lean
 * URL-connection HTTP client is used, both to keep cold starts short.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    /** How long a connection to DynamoDB may take to open. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /**
     * How long one attempt may wait for DynamoDB's answer. A call answers in milliseconds; one that
     * hangs is retried, and four attempts still fit in an API function's 30 s, so the caller gets a
     * 503 it can retry rather than a Lambda timeout.
     */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    public static DynamoDbClient standard() {
        return withFunctionSettings(DynamoDbClient.builder())
                .region(new SystemSettingsRegionProvider().getRegion())
                .credentialsProvider(credentials())
                .build();
    }

    /**
     * What every function's client has besides its region, credentials and endpoint: the lean HTTP
     * client with its timeouts, the retry strategy, and the failure marking. Tests that need a function's
     * client in front of another endpoint (a fault-injecting proxy) build it with this too.
     */
    public static DynamoDbClientBuilder withFunctionSettings(DynamoDbClientBuilder builder) {
        return builder
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(ANSWER_TIMEOUT).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(retryStrategy())
                        // A failure carries its operation and table to the one error mapping (StoreFailure).
                        .addExecutionInterceptor(new DynamoDbCallRecorder())
                        .build());
    }

    /**
     * The credentials of every client a function builds (DynamoDB, SQS), as Lambda delivers them
     * ({@link LambdaCredentials}). One provider per container, so both clients share one role session:
     * one fetch from the container endpoint at cold start, not one per client.
     */
    public static AwsCredentialsProvider credentials() {
        return SharedCredentials.INSTANCE;
    }

    private static final class SharedCredentials {
        static final AwsCredentialsProvider INSTANCE = LambdaCredentials.create();
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

package dev.factcheck.runtime.failures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.store.StoreUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

class StoreFailureTest {

    @ParameterizedTest(name = "{0} (HTTP {1}) -> {2}")
    @CsvSource({
            "AccessDeniedException,                  400, Misconfigured",
            "UnrecognizedClientException,            400, Misconfigured",
            "ExpiredTokenException,                  400, Misconfigured",
            "ResourceNotFoundException,              400, Misconfigured",
            "ValidationException,                    400, Misconfigured",
            "ItemCollectionSizeLimitExceededException, 400, Misconfigured",
            "ThrottlingException,                    400, Unavailable",
            "RequestLimitExceeded,                   400, Unavailable",
            "InternalServerError,                    500, Unavailable",
            "ServiceUnavailable,                     503, Unavailable",
    })
    void dynamoDbErrors_areUnavailableOnlyWhenALaterTryMaySucceed(String code, int status, String kind) {
        DynamoDbException failure = (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).serviceName("DynamoDb").build()).build();

        assertThat(StoreFailure.of(failure)).get().extracting(f -> f.getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void throttlingPastTheRetries_isUnavailable() {
        var throttled = ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build()).build();

        assertThat(StoreFailure.of(throttled)).get().isInstanceOf(StoreFailure.Unavailable.class);
        assertThat(StoreFailure.of(new StoreUnavailableException("3 of 25 unprocessed", null))).get()
                .isInstanceOf(StoreFailure.Unavailable.class);
    }

    @Test
    void aConnectionThatFailed_isUnavailable_butMissingCredentialsAreMisconfigured() {
        SdkClientException network = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused")).build();
        SdkClientException noCredentials = SdkClientException.builder()
                .message("Unable to load credentials from any of the providers in the chain")
                .cause(new IOException("nothing answers")).build();

        assertThat(StoreFailure.of(network)).get().isInstanceOf(StoreFailure.Unavailable.class);
        assertThat(StoreFailure.of(noCredentials)).get().isInstanceOf(StoreFailure.Misconfigured.class);
        assertThat(StoreFailure.of(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void theFailedCall_travelsAsASuppressedMarker() {
        DynamoDbException failure = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException").build()).build();
        failure.addSuppressed(new DynamoDbCall("Query", java.util.List.of("FactsTable")));

        StoreFailure classified = StoreFailure.of(failure).orElseThrow();

        assertThat(classified.reason()).isEqualTo("ResourceNotFoundException");
        assertThat(classified.call()).get().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("Query");
            assertThat(call.tables()).containsExactly("FactsTable");
        });
    }
}

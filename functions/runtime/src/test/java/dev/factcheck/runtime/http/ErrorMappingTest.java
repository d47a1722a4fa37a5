package dev.factcheck.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.check.TooManyClaimsException;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.StoreUnavailableException;
import dev.factcheck.store.articles.InvalidCursorException;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Every failure gets its one status and code, and no answer ever carries an exception's own message. */
class ErrorMappingTest {

    private static final String SECRET = "stored text that must not leak";

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new IOException(SECRET), 400, "invalid_event"),
                Arguments.of(new TooManyClaimsException(1_001, 1_000), 413, "payload_too_large"),
                Arguments.of(new InvalidCursorException(), 400, "invalid_cursor"),
                Arguments.of(new BatchWriter.PartialWriteException(3, 7), 503, "unavailable"),
                Arguments.of(new StoreUnavailableException(SECRET, null), 503, "unavailable"),
                Arguments.of(ProvisionedThroughputExceededException.builder().message(SECRET).build(), 503, "unavailable"),
                Arguments.of(new IllegalStateException(SECRET), 500, "internal_error"),
                Arguments.of(new ApiException(404, "not_found", "That article does not exist."), 404, "not_found"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failure_mapsToItsStatusAndCode_withoutItsMessage(Exception failure, int status, String code) throws Exception {
        HttpResponse response = ErrorMapping.response(failure, RequestLog.of("TestFunction", null));

        assertThat(response.status()).isEqualTo(status);
        assertThat(Json.read(response.body()).path("error").path("code").asText()).isEqualTo(code);
        assertThat(Json.read(response.body()).path("error").has("details")).isTrue();
        assertThat(response.body()).doesNotContain(SECRET);
        assertThat(response.headers()).containsEntry("content-type", "application/json");
    }

    @ParameterizedTest
    @MethodSource("failures")
    void busyStore_answersWithRetryAfter(Exception failure, int status, String code) {
        HttpResponse response = ErrorMapping.response(failure, RequestLog.of("TestFunction", null));

        assertThat(response.headers().containsKey("retry-after")).isEqualTo(status == 503);
    }
}

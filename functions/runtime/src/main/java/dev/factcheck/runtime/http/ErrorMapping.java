package dev.factcheck.runtime.http;

import dev.factcheck.check.TooManyClaimsException;
import dev.factcheck.runtime.failures.StoreFailure;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.StoreUnavailableException;
import dev.factcheck.store.articles.InvalidCursorException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one mapping from what can go wrong to the HTTP answer the caller sees. Refusals the handlers
 * decide ({@link ApiException}) pass as they are; known failures get their status and code; anything
 * else is a 500. The message is always written here or by the handler, never taken from an exception,
 * and failures on our side are logged by exception class only.
 */
public final class ErrorMapping {

    private ErrorMapping() {
    }

    /** The answer for {@code failure}; logs it when it is a failure on our side rather than a refusal. */
    static HttpResponse response(Exception failure, RequestLog log) {
        return response(refusal(failure, log));
    }

    /** The error answer for {@code refusal}, with its headers. */
    public static HttpResponse response(ApiException refusal) {
        HttpResponse response = HttpResponse.json(refusal.status(),
                ErrorBody.of(refusal.code(), refusal.getMessage(), refusal.details()));
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    static ApiException refusal(Exception failure, RequestLog log) {
        return switch (failure) {
            case ApiException refused -> refused;
            case IOException unreadableEvent ->
                    new ApiException(400, "invalid_event", "The event is not an API Gateway HTTP API event.");
            case TooManyClaimsException tooMany -> ApiException.payloadTooLarge("The text holds " + tooMany.found()
                    + " figures; at most " + tooMany.limit() + " are checked at once. Split it.");
            case InvalidCursorException invalid ->
                    new ApiException(400, "invalid_cursor", "The cursor is not one this API issued; start again without it.");
            case BatchWriter.PartialWriteException partial -> {
                log.error("store_unavailable", partial);
                yield new ApiException(503, "unavailable", "DynamoDB kept throttling: " + partial.written() + " of "
                        + partial.total() + " items were written. Repeat the same request to complete it.",
                        List.of(), Map.of("retry-after", "5"));
            }
            case StoreUnavailableException storeTrouble -> storeFailure(StoreFailure.of(storeTrouble).orElseThrow(), log);
            case SdkException storeTrouble -> storeFailure(StoreFailure.of(storeTrouble).orElseThrow(), log);
            default -> {
                log.error("internal_error", failure);
                yield new ApiException(500, "internal_error", "Something went wrong on our side.");
            }
        };
    }

    /**
     * A failed DynamoDB call: 503 with Retry-After when a later try may succeed, else 500
     * {@code misconfigured} (never a 503 that invites retrying), logged with the table and action.
     */
    private static ApiException storeFailure(StoreFailure failure, RequestLog log) {
        return switch (failure) {
            case StoreFailure.Unavailable unavailable -> {
                log.storeFailure("store_unavailable", unavailable);
                yield new ApiException(503, "unavailable", "The store is busy; try again shortly.", List.of(),
                        Map.of("retry-after", "2"));
            }
            case StoreFailure.Misconfigured misconfigured -> {
                log.storeFailure("store_misconfigured", misconfigured);
                yield new ApiException(500, "misconfigured",
                        "The service cannot reach its data as deployed; retrying will not help. The operators have been told.");
            }
        };
    }
}

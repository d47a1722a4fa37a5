package dev.factcheck.runtime.failures;

import dev.factcheck.store.StoreUnavailableException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * What a failed DynamoDB call means for the caller, decided in this one place.
 * <ul>
 *   <li>{@link Unavailable}: throttling, a 5xx, or a network failure that the SDK's retries (and the
 *   store's own, for batches) did not overcome. Retrying later may succeed: 503 with Retry-After.</li>
 *   <li>{@link Misconfigured}: the function may not make the call (AccessDeniedException, an unknown or
 *   expired key, no credentials at all), the table does not exist (ResourceNotFoundException), or
 *   DynamoDB refuses the request as malformed (ValidationException and other 4xx). Retrying cannot
 *   help, so it must never look like a 503: 500 with code {@code misconfigured}, and a log line that
 *   names the table and action for whoever fixes the deployment.</li>
 * </ul>
 */
public sealed interface StoreFailure {

    /** The failed call, when the client marked it ({@link DynamoDbCallRecorder}). */
    Optional<DynamoDbCall> call();

    /** The error code DynamoDB answered, or a short description of a client-side failure. */
    String reason();

    record Unavailable(Optional<DynamoDbCall> call, String reason) implements StoreFailure {
    }

    record Misconfigured(Optional<DynamoDbCall> call, String reason) implements StoreFailure {
    }

    /** Error codes of requests that are refused for what they are, whenever they are sent. */
    Set<String> NEVER_RETRYABLE = Set.of("AccessDeniedException", "UnrecognizedClientException", "ExpiredTokenException",
            "InvalidSignatureException", "IncompleteSignatureException", "MissingAuthenticationTokenException",
            "ResourceNotFoundException", "ValidationException", "SerializationException", "UnknownOperationException");

    /** The meaning of {@code failure}, or empty when it is no storage failure. */
    static Optional<StoreFailure> of(Throwable failure) {
        Optional<DynamoDbCall> call = Arrays.stream(failure.getSuppressed())
                .filter(DynamoDbCall.class::isInstance).map(DynamoDbCall.class::cast).findFirst();
        return switch (failure) {
            case StoreUnavailableException unavailable -> Optional.of(new Unavailable(call, "unprocessed after the store's retries"));
            case AwsServiceException service -> Optional.of(classify(service, call));
            case SdkClientException client -> Optional.of(causedByIo(client)
                    ? new Unavailable(call, "network: " + client.getClass().getSimpleName())
                    : new Misconfigured(call, "client: " + firstLine(client.getMessage())));
            case SdkException other -> Optional.of(new Misconfigured(call, other.getClass().getSimpleName()));
            default -> Optional.empty();
        };
    }

    private static StoreFailure classify(AwsServiceException service, Optional<DynamoDbCall> call) {
        String code = service.awsErrorDetails() == null ? "" : String.valueOf(service.awsErrorDetails().errorCode());
        if (NEVER_RETRYABLE.contains(code)) {
            return new Misconfigured(call, code);
        }
        if (service.isThrottlingException() || service.statusCode() >= 500 || service instanceof ProvisionedThroughputExceededException
                || service instanceof ThrottlingException || service instanceof InternalServerErrorException) {
            return new Unavailable(call, code.isEmpty() ? "HTTP " + service.statusCode() : code);
        }
        return new Misconfigured(call, code.isEmpty() ? "HTTP " + service.statusCode() : code);
    }

    /** Credentials that cannot be loaded are a deployment problem; a connection that failed is not. */
    private static boolean causedByIo(SdkClientException client) {
        if (client.getMessage() != null && client.getMessage().startsWith("Unable to load credentials")) {
            return false;
        }
        for (Throwable cause = client.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}

package dev.factcheck.runtime.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request the API refuses, with the status and error code the caller sees. The message is written
 * for the caller and never carries an exception message or stored data.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem> details;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, List<Problem> details, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public static ApiException invalidJson(String message) {
        return new ApiException(400, "invalid_json", message);
    }

    public static ApiException validationFailed(List<Problem> details) {
        return new ApiException(400, "validation_failed", "The request has " + details.size()
                + (details.size() == 1 ? " invalid field." : " invalid fields."), details, Map.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " does not exist.");
    }

    /** The value a lookup found, or {@link #notFound} when it found none. */
    public static <T> T orNotFound(Optional<T> found, String what) {
        if (found.isEmpty()) {
            throw notFound(what);
        }
        return found.get();
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(413, "payload_too_large", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem> details() {
        return details;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /**
     * One invalid field: where it is in the body ({@code facts[3].value}), what is wrong with it, and,
     * for refusals a client may want to tell apart by machine, a code ({@code number_out_of_range},
     * {@code date_out_of_range}; null for the others).
     */
    public record Problem(String path, String problem, String code) {
        public Problem(String path, String problem) {
            this(path, problem, null);
        }
    }
}

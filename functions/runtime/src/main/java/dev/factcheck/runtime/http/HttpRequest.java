package dev.factcheck.runtime.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parts of an API Gateway HTTP API (payload 2.0) event a handler uses.
 *
 * @param headers    lower-cased names, as API Gateway delivers them
 * @param body       the body as text, base64 already decoded; empty when there is none
 * @param iamCaller  the request was signed with IAM credentials (the event carries an IAM authorizer context)
 */
public record HttpRequest(String method, String routeKey, String path, Map<String, String> pathParameters,
                          Map<String, String> query, Map<String, String> headers, String body,
                          boolean iamCaller, String requestId) {

    public HttpRequest {
        pathParameters = Map.copyOf(pathParameters);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    /**
     * The id in path parameter {@code name}; 404 "{@code what} does not exist." when it is missing or not
     * well-formed, so no malformed id ever reaches a store.
     */
    public String pathId(String name, Predicate<String> wellFormed, String what) {
        String id = pathParameters.get(name);
        if (id == null || !wellFormed.test(id)) {
            throw ApiException.notFound(what);
        }
        return id;
    }

    /** A query parameter that must be there and not blank; 400 naming it otherwise. */
    public String requiredQueryParameter(String name) {
        String value = nonBlankQueryParameter(name);
        if (value == null) {
            throw ApiException.validationFailed(List.of(new ApiException.Problem(name, "is required")));
        }
        return value;
    }

    /** A query parameter, or null when it is absent or blank. */
    public String nonBlankQueryParameter(String name) {
        return queryParameter(name).filter(value -> !value.isBlank()).orElse(null);
    }
}

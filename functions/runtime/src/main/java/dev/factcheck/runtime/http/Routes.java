package dev.factcheck.runtime.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Dispatches a function's requests by API Gateway route key ({@code "GET /articles/{id}"}). A known
 * path with another method answers 405 with {@code Allow}; an unknown one 404.
 */
public final class Routes {

    private final Map<String, Function<HttpRequest, HttpResponse>> byRouteKey = new LinkedHashMap<>();

    public Routes on(String routeKey, Function<HttpRequest, HttpResponse> handler) {
        byRouteKey.put(routeKey, handler);
        return this;
    }

    public HttpResponse dispatch(HttpRequest request) {
        Function<HttpRequest, HttpResponse> handler = byRouteKey.get(request.routeKey());
        if (handler != null) {
            return handler.apply(request);
        }
        String path = request.routeKey().substring(request.routeKey().indexOf(' ') + 1);
        TreeSet<String> allowed = new TreeSet<>();
        byRouteKey.keySet().forEach(key -> {
            int space = key.indexOf(' ');
            if (key.substring(space + 1).equals(path)) {
                allowed.add(key.substring(0, space));
            }
        });
        if (allowed.isEmpty()) {
            throw new ApiException(404, "not_found", "No such route.");
        }
        throw new ApiException(405, "method_not_allowed", "Use " + String.join(", ", allowed) + " on this path.",
                java.util.List.of(), Map.of("allow", String.join(", ", allowed)));
    }
}

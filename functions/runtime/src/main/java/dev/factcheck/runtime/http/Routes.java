package dev.factcheck.runtime.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A function's route table. Dispatches by API Gateway route key; runs the admin check of admin routes
 * first; answers a known path with another method 405 with {@code Allow}, an unknown one 404.
 */
public final class Routes {

    private final Map<String, Route> byRouteKey = new LinkedHashMap<>();

    private Routes(List<Route> routes) {
        for (Route route : routes) {
            if (byRouteKey.put(route.routeKey(), route) != null) {
                throw new IllegalArgumentException("route declared twice: " + route.routeKey());
            }
        }
    }

    public static Routes of(Route... routes) {
        return new Routes(List.of(routes));
    }

    /** The declared routes, in declaration order. */
    public List<Route> all() {
        return List.copyOf(byRouteKey.values());
    }

    public HttpResponse dispatch(HttpRequest request, AdminGuard admin) {
        Route route = byRouteKey.get(request.routeKey());
        if (route != null) {
            if (route.admin()) {
                admin.check(request);
            }
            return route.action().apply(request);
        }
        String path = request.routeKey().substring(request.routeKey().indexOf(' ') + 1);
        TreeSet<String> allowed = new TreeSet<>();
        byRouteKey.values().stream().filter(r -> r.path().equals(path)).forEach(r -> allowed.add(r.method()));
        if (allowed.isEmpty()) {
            throw new ApiException(404, "not_found", "No such route.");
        }
        throw new ApiException(405, "method_not_allowed", "Use " + String.join(", ", allowed) + " on this path.",
                List.of(), Map.of("allow", String.join(", ", allowed)));
    }
}

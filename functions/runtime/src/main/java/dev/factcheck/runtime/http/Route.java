package dev.factcheck.runtime.http;

import java.util.function.Function;

/**
 * One route of a function, as its route table declares it: the API Gateway route key
 * ({@code "DELETE /facts/{id}"}), whether it is an admin route, and what answers it. Admin routes are
 * checked by {@link Routes} before {@code action} runs, so an admin route cannot forget its check.
 */
public record Route(String routeKey, boolean admin, Function<HttpRequest, HttpResponse> action) {

    public Route {
        if (routeKey.indexOf(' ') <= 0) {
            throw new IllegalArgumentException("a route key is \"METHOD /path\": " + routeKey);
        }
    }

    /** A route anyone may call. */
    public static Route open(String routeKey, Function<HttpRequest, HttpResponse> action) {
        return new Route(routeKey, false, action);
    }

    /** A write route: AWS_IAM in template.yaml, and refused without an IAM caller when REQUIRE_IAM is set. */
    public static Route admin(String routeKey, Function<HttpRequest, HttpResponse> action) {
        return new Route(routeKey, true, action);
    }

    public String method() {
        return routeKey.substring(0, routeKey.indexOf(' '));
    }

    public String path() {
        return routeKey.substring(routeKey.indexOf(' ') + 1);
    }
}

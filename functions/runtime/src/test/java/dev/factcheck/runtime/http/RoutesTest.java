package dev.factcheck.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private final Routes routes = Routes.of(
            Route.open("GET /things", request -> HttpResponse.json(200, "[]")),
            Route.admin("PUT /things", request -> HttpResponse.noContent()));

    private static HttpRequest request(String routeKey, boolean iamCaller) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        return new HttpRequest(method, routeKey, routeKey.substring(routeKey.indexOf(' ') + 1), Map.of(), Map.of(),
                Map.of(), "", iamCaller, "r");
    }

    @Test
    void adminRoute_withoutAnIamCaller_isRefusedBeforeItsActionRuns_whenIamIsRequired() {
        assertThatThrownBy(() -> routes.dispatch(request("PUT /things", false), new AdminGuard(true)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(routes.dispatch(request("PUT /things", true), new AdminGuard(true)).status()).isEqualTo(204);
        assertThat(routes.dispatch(request("PUT /things", false), new AdminGuard(false)).status()).isEqualTo(204);
    }

    @Test
    void openRoute_needsNoIamCaller() {
        assertThat(routes.dispatch(request("GET /things", false), new AdminGuard(true)).status()).isEqualTo(200);
    }

    @Test
    void knownPathWithAnotherMethod_is405WithAllow_andAnUnknownPathIs404() {
        assertThatThrownBy(() -> routes.dispatch(request("DELETE /things", true), new AdminGuard(true)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(405);
                    assertThat(e.headers()).containsEntry("allow", "GET, PUT");
                });
        assertThatThrownBy(() -> routes.dispatch(request("GET /other", true), new AdminGuard(true)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aRouteDeclaredTwice_isRefusedWhenTheTableIsBuilt() {
        assertThatThrownBy(() -> Routes.of(Route.open("GET /a", r -> null), Route.admin("GET /a", r -> null)))
                .hasMessageContaining("GET /a");
    }
}

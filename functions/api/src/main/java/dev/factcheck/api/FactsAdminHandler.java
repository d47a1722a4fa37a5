package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.api.requests.FactsUpload;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.facts.FactStore;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code PUT /facts}, {@code GET /facts}, {@code DELETE /facts/{id}}: the reference data. */
public final class FactsAdminHandler extends ApiHandler {

    private static final Pattern FACT_ID = Pattern.compile("f_[0-9a-f]{24}");

    private final FactStore facts;

    public FactsAdminHandler() {
        this(Components.factStore(), Components.adminGuard());
    }

    public FactsAdminHandler(FactStore facts, AdminGuard admin) {
        super("FactsAdminFunction", admin);
        this.facts = facts;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.admin("PUT /facts", this::upload), Route.open("GET /facts", this::list),
                Route.admin("DELETE /facts/{id}", request -> HttpResponse.deleted(
                        facts.delete(request.pathId("id", id -> FACT_ID.matcher(id).matches(), "That fact")), "That fact")));
    }

    private HttpResponse upload(HttpRequest request) {
        FactsUpload upload = FactsUpload.read(JsonBodies.object(request));
        return HttpResponse.json(200, ApiJson.written(facts.upsert(upload.entities(), upload.metrics(), upload.facts())));
    }

    private HttpResponse list(HttpRequest request) {
        return HttpResponse.json(200, ApiJson.list("facts", facts.list(request.requiredQueryParameter("entity"),
                request.nonBlankQueryParameter("metric"),
                request.nonBlankQueryParameter("object")), ApiJson::fact));
    }

    /** A read, and an upload that validation refuses before anything is written. */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /facts", "/facts", Map.of(), Map.of("entity", "Acme", "metric", "layoffs")),
                HttpEvent.send("PUT /facts", "/facts", "{\"facts\": [{\"entity\": \"Acme\", \"value\": \"many\"}]}"),
                HttpEvent.get("DELETE /facts/{id}", "/facts/none", Map.of("id", "none"), Map.of()));
    }
}

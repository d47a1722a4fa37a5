package dev.factcheck.api;

import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.wiring.Components;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.api.facts.FactsUpload;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.api.json.ApiJson;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.facts.FactStore;
import java.util.List;
import java.util.Map;

/** {@code PUT /facts}, {@code GET /facts}, {@code DELETE /facts/{id}}: the reference data. */
public final class FactsAdminHandler extends ApiHandler {

    private static final java.util.regex.Pattern FACT_ID = java.util.regex.Pattern.compile("f_[0-9a-f]{24}");

    private final FactStore facts;
    private final AdminGuard admin;
    private final Routes routes = new Routes()
            .on("PUT /facts", this::upload)
            .on("GET /facts", this::list)
            .on("DELETE /facts/{id}", this::delete);

    public FactsAdminHandler() {
        this(Components.factStore(), new AdminGuard(Components.requireIam()));
    }

    public FactsAdminHandler(FactStore facts, AdminGuard admin) {
        super("FactsAdminFunction");
        this.facts = facts;
        this.admin = admin;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        return routes.dispatch(request);
    }

    private HttpResponse upload(HttpRequest request) {
        admin.check(request);
        FactsUpload upload = FactsUpload.read(JsonBodies.object(request));
        FactStore.WriteCounts counts;
        try {
            counts = facts.upsert(upload.entities(), upload.metrics(), upload.facts());
        } catch (BatchWriter.PartialWriteException partial) {
            throw new ApiException(503, "unavailable", "DynamoDB kept throttling: " + partial.written() + " of "
                    + partial.total() + " items were written. Repeat the same request to complete it.",
                    List.of(), Map.of("retry-after", "5"));
        }
        ObjectNode body = Json.object();
        body.putObject("written").put("entities", counts.entities()).put("metrics", counts.metrics())
                .put("facts", counts.facts());
        return HttpResponse.json(200, body);
    }

    private HttpResponse list(HttpRequest request) {
        String entity = request.queryParameter("entity").filter(e -> !e.isBlank()).orElseThrow(() ->
                ApiException.validationFailed(List.of(new ApiException.Problem("entity", "is required"))));
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("facts");
        facts.list(entity, request.queryParameter("metric").filter(m -> !m.isBlank()).orElse(null),
                request.queryParameter("object").filter(o -> !o.isBlank()).orElse(null))
                .forEach(fact -> list.add(ApiJson.fact(fact)));
        return HttpResponse.json(200, body);
    }

    private HttpResponse delete(HttpRequest request) {
        admin.check(request);
        String id = request.pathParameter("id").orElse("");
        if (!FACT_ID.matcher(id).matches() || !facts.delete(id)) {
            throw ApiException.notFound("That fact");
        }
        return HttpResponse.noContent();
    }

    /** A read, and an upload that validation refuses before anything is written. */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(
                HttpEvent.get("GET /facts", "/facts", Map.of(), Map.of("entity", "Acme", "metric", "layoffs")),
                HttpEvent.send("PUT /facts", "/facts", "{\"facts\": [{\"entity\": \"Acme\", \"value\": \"many\"}]}"),
                HttpEvent.get("DELETE /facts/{id}", "/facts/none", Map.of("id", "none"), Map.of()));
    }
}

package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.api.requests.FeedChangeRequest;
import dev.factcheck.api.requests.FeedRequest;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.feeds.FeedIds;
import dev.factcheck.store.feeds.FeedRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /feeds}, {@code GET /feeds}, {@code PATCH /feeds/{id}}, {@code DELETE /feeds/{id}}: the feeds the
 * scheduled ingestion pulls.
 */
public final class FeedsAdminHandler extends ApiHandler {

    private final FeedRegistry feeds;
    private final Clock clock;

    public FeedsAdminHandler() {
        this(Components.feedRegistry(), Components.adminGuard(), Clock.systemUTC());
    }

    public FeedsAdminHandler(FeedRegistry feeds, AdminGuard admin, Clock clock) {
        super("FeedsAdminFunction", admin);
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.admin("POST /feeds", this::register),
                Route.open("GET /feeds", request -> HttpResponse.json(200, ApiJson.list("feeds", feeds.list(), ApiJson::feed))),
                Route.admin("PATCH /feeds/{id}", this::change),
                Route.admin("DELETE /feeds/{id}", request ->
                        HttpResponse.deleted(feeds.delete(request.pathId("id", FeedIds::isWellFormed, "That feed")), "That feed")));
    }

    private HttpResponse register(HttpRequest request) {
        FeedRequest body = FeedRequest.read(request);
        FeedRegistry.Registration registration = feeds.register(body.url(), body.name(), body.allowedDomains(), clock.instant());
        return HttpResponse.json(registration.created() ? 201 : 200, ApiJson.feed(registration.feed()))
                .withHeader("location", "/feeds/" + registration.feed().id());
    }

    private HttpResponse change(HttpRequest request) {
        String id = request.pathId("id", FeedIds::isWellFormed, "That feed");
        FeedRegistry.Change change = FeedChangeRequest.read(request);
        return HttpResponse.json(200, ApiJson.feed(ApiException.orNotFound(feeds.change(id, change), "That feed")));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /feeds", "/feeds", Map.of(), Map.of()),
                HttpEvent.send("POST /feeds", "/feeds", "{\"url\": \"file:///priming\", \"name\": \"priming\"}"),
                new HttpEvent("PATCH /feeds/{id}", "/feeds/none", Map.of("id", "none"), Map.of(), "{\"name\": \"priming\"}", true),
                HttpEvent.get("DELETE /feeds/{id}", "/feeds/none", Map.of("id", "none"), Map.of()));
    }
}

package dev.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedIds;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.runtime.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code POST /feeds}, {@code GET /feeds}, {@code DELETE /feeds/{id}}: the feeds the scheduled ingestion pulls. */
public final class FeedsAdminHandler extends ApiHandler {

    static final int MAX_URL = 2_048;
    static final int MAX_NAME = 200;

    private final FeedRegistry feeds;
    private final AdminGuard admin;
    private final Clock clock;
    private final Routes routes = new Routes()
            .on("POST /feeds", this::register)
            .on("GET /feeds", this::list)
            .on("DELETE /feeds/{id}", this::delete);

    public FeedsAdminHandler() {
        this(Components.feedRegistry(),
                new AdminGuard(Components.requireIam()), Clock.systemUTC());
    }

    public FeedsAdminHandler(FeedRegistry feeds, AdminGuard admin, Clock clock) {
        super("FeedsAdminFunction");
        this.feeds = feeds;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        return routes.dispatch(request);
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(
                HttpEvent.get("GET /feeds", "/feeds", Map.of(), Map.of()),
                HttpEvent.send("POST /feeds", "/feeds", "{\"url\": \"file:///priming\", \"name\": \"priming\"}"),
                HttpEvent.get("DELETE /feeds/{id}", "/feeds/none", Map.of("id", "none"), Map.of()));
    }

    private HttpResponse register(HttpRequest request) {
        admin.check(request);
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String url = validation.requiredString(body, "url", "url", MAX_URL);
        if (url != null && !isFeedUrl(url.strip())) {
            validation.problem("url", "must be an absolute http or https URL without user info");
        }
        String name = validation.optionalString(body, "name", "name", MAX_NAME);
        validation.throwIfAny();
        FeedRegistry.Registration registration = feeds.register(url.strip(), name == null || name.isBlank() ? null : name.strip(),
                clock.instant());
        return HttpResponse.json(registration.created() ? 201 : 200, feed(registration.feed()))
                .withHeader("location", "/feeds/" + registration.feed().id());
    }

    private HttpResponse list(HttpRequest request) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("feeds");
        feeds.list().forEach(feed -> list.add(feed(feed)));
        return HttpResponse.json(200, body);
    }

    private HttpResponse delete(HttpRequest request) {
        admin.check(request);
        String id = request.pathParameter("id").orElse("");
        if (!FeedIds.isWellFormed(id) || !feeds.delete(id)) {
            throw ApiException.notFound("That feed");
        }
        return HttpResponse.noContent();
    }

    private static boolean isFeedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ObjectNode feed(Feed feed) {
        ObjectNode json = Json.object();
        json.put("id", feed.id());
        json.put("url", feed.url());
        json.put("name", feed.name());
        json.put("createdAt", feed.createdAt().toString());
        json.put("etag", feed.etag());
        json.put("lastModified", feed.lastModified());
        if (feed.lastRun() == null) {
            json.putNull("lastRun");
        } else {
            Feed.LastRun run = feed.lastRun();
            json.putObject("lastRun").put("at", run.at().toString()).put("status", run.status()).put("error", run.error())
                    .put("entries", run.entries()).put("new", run.created()).put("duplicates", run.duplicates())
                    .put("failed", run.failed());
        }
        json.putObject("totals").put("new", feed.totalNew()).put("failed", feed.totalFailed());
        ArrayNode parked = json.putArray("parked");
        feed.parked().forEach(entry -> parked.addObject().put("entry", entry.entry()).put("url", entry.link())
                .put("attempts", entry.attempts()).put("error", entry.error()).put("parkedAt", entry.parkedAt().toString()));
        return json;
    }
}

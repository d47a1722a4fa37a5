package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.api.requests.FactCheckRequest;
import dev.factcheck.check.FactChecker;
import dev.factcheck.check.RuleTour;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.wiring.Components;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /factchecks}: checks the figures of a text without storing it. */
public final class FactCheckHandler extends ApiHandler {

    private final FactChecker checker;
    private final Clock clock;

    public FactCheckHandler() {
        this(Components.factChecker(), Clock.systemUTC());
    }

    public FactCheckHandler(FactChecker checker, Clock clock) {
        super("FactCheckFunction");
        this.checker = checker;
        this.clock = clock;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.open("POST /factchecks", this::check));
    }

    private HttpResponse check(HttpRequest request) {
        FactCheckRequest body = FactCheckRequest.read(request);
        LocalDate publishedAt = body.publishedAt() == null ? LocalDate.now(clock) : body.publishedAt();
        return HttpResponse.json(200, ApiJson.factCheck(checker.check(body.text(), publishedAt), clock.instant().toString()));
    }

    /** One check of the rule tour, so that every family of rules is loaded and compiled before the snapshot. */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.send("POST /factchecks", "/factchecks", Json.object().put("text", RuleTour.TEXT)
                .put("publishedAt", RuleTour.PUBLISHED_AT.toString()).toString()));
    }
}

package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.api.requests.FactCheckRequest;
import dev.factcheck.check.FactChecker;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
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

    /**
     * One check of a text that meets every family of rules a first article may: hedges and bounds, a
     * share of the workforce, a range of years, a quarter, a relative year, an extreme, a share price
     * and a price per unit (no claims), and a pipe table with a total row.
     */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.send("POST /factchecks", "/factchecks",
                "{\"text\": \"Acme Corp. is laying off approximately 1,400 employees, about 6% of its staff, after 2,700 "
                        + "job cuts in 2022-2023. It has invested $4B in Example Labs, its largest-ever bet, and more than "
                        + "$1 billion in the third quarter of 2024. Revenue rose 12% to $9.8 billion last year; its shares "
                        + "closed at $41.17 and diesel costs $3.79 a gallon.\\n\\nAcme job cuts by year:\\n"
                        + "| Year | Jobs cut |\\n|---|---|\\n| 2022 | 1,200 |\\n| 2023 | 1,500 |\\n| Total | 2,700 |\", "
                        + "\"publishedAt\": \"2025-10-28\"}"));
    }
}

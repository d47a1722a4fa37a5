package dev.factcheck.api;

import dev.factcheck.runtime.http.HttpEvent;
import java.util.List;
import dev.factcheck.runtime.wiring.Components;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.api.json.ApiJson;
import dev.factcheck.check.FactCheck;
import dev.factcheck.check.FactChecker;
import java.time.Clock;
import java.time.LocalDate;

/** {@code POST /factchecks}: checks the figures of a text without storing it. */
public final class FactCheckHandler extends ApiHandler {

    /** The longest text one check accepts, in characters. */
    public static final int MAX_TEXT_LENGTH = 200_000;

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
    protected HttpResponse handle(HttpRequest request) {
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String text = validation.requiredString(body, "text", "text", MAX_TEXT_LENGTH);
        validation.optionalString(body, "title", "title", 1_000);
        validation.optionalUrl(body, "url", "url");
        LocalDate publishedAt = validation.optionalDate(body, "publishedAt", "publishedAt");
        validation.throwIfAny();

        FactCheck check = checker.check(text, publishedAt == null ? LocalDate.now(clock) : publishedAt);
        return HttpResponse.json(200, ApiJson.factCheck(check, clock.instant().toString()));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.send("POST /factchecks", "/factchecks",
                "{\"text\": \"Acme Corp. is laying off approximately 1,400 employees, after 2,700 job cuts in 2022-2023. "
                        + "It has invested $4B in Example Labs.\", \"publishedAt\": \"2025-10-28\"}"));
    }
}

package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.FormBodies;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import java.time.LocalDate;

/**
 * The body of {@code POST /factchecks}: {@code text}, and optionally {@code title}, {@code url} and
 * {@code publishedAt} (null when absent: the check uses today).
 */
public record FactCheckRequest(String text, LocalDate publishedAt) {

    public static FactCheckRequest read(HttpRequest request) {
        return of(JsonBodies.object(request));
    }

    /** The review page's form, read by the same rules as the JSON body. */
    public static FactCheckRequest readForm(HttpRequest request) {
        return of(FormBodies.object(request));
    }

    private static FactCheckRequest of(JsonNode body) {
        Validation validation = new Validation();
        String text = validation.requiredString(body, "text", "text", Limits.MAX_TEXT_LENGTH);
        validation.optionalString(body, "title", "title", Limits.MAX_TITLE_LENGTH);
        validation.optionalUrl(body, "url", "url");
        LocalDate publishedAt = validation.optionalDate(body, "publishedAt", "publishedAt");
        validation.throwIfAny();
        return new FactCheckRequest(text, publishedAt);
    }
}

package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.ArticleSubmission;
import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import java.time.LocalDate;

/** The body of {@code POST /articles}: {@code title} and {@code text}, optionally {@code url}, {@code source}, {@code publishedAt}. */
public final class ArticleRequest {

    private ArticleRequest() {
    }

    public static ArticleSubmission read(HttpRequest request) {
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String title = validation.requiredString(body, "title", "title", Limits.MAX_TITLE_LENGTH);
        String text = validation.requiredString(body, "text", "text", Limits.MAX_TEXT_LENGTH);
        String url = validation.optionalUrl(body, "url", "url");
        String source = validation.optionalString(body, "source", "source", Limits.MAX_NAME_LENGTH);
        LocalDate publishedAt = validation.optionalDate(body, "publishedAt", "publishedAt");
        validation.throwIfAny();
        return new ArticleSubmission(title, text, url, source, publishedAt);
    }
}

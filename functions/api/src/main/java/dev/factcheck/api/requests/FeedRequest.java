package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;

/** The body of {@code POST /feeds}: {@code url}, and optionally {@code name} (null when absent or blank). */
public record FeedRequest(String url, String name) {

    public static FeedRequest read(HttpRequest request) {
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String url = validation.requiredUrlWithoutUserInfo(body, "url", "url");
        String name = validation.optionalString(body, "name", "name", Limits.MAX_NAME_LENGTH);
        validation.throwIfAny();
        return new FeedRequest(url, name == null || name.isBlank() ? null : name.strip());
    }
}

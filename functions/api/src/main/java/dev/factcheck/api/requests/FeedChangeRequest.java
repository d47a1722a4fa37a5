package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.store.feeds.FeedRegistry;

/**
 * The body of {@code PATCH /feeds/{id}}, a JSON merge patch of the feed's changeable fields: a field
 * left out stays as it is, {@code "name": null} removes the name, {@code "allowedDomains": []} (or
 * null) leaves the feed its own site only. The URL cannot change: the feed's id derives from it.
 */
public final class FeedChangeRequest {

    private FeedChangeRequest() {
    }

    public static FeedRegistry.Change read(HttpRequest request) {
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        if (body.has("url")) {
            validation.problem("url", "cannot change: a feed's id derives from its URL; register the new URL as a feed of its own");
        }
        boolean renames = body.has("name");
        String name = validation.optionalString(body, "name", "name", Limits.MAX_NAME_LENGTH);
        boolean changesDomains = body.has("allowedDomains");
        var allowedDomains = FeedRequest.allowedDomains(body.get("allowedDomains"), validation);
        if (!renames && !changesDomains && !body.has("url")) {
            validation.problem("name", "is required when allowedDomains is absent: the body changes nothing");
        }
        validation.throwIfAny();
        return new FeedRegistry.Change(renames, name == null || name.isBlank() ? null : name.strip(),
                changesDomains ? allowedDomains : null);
    }
}

package dev.factcheck.ingest.queue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.runtime.json.Json;
import java.io.IOException;
import java.time.Instant;

/**
 * The body of one message on the feed queue: which feed to pull. The worker reads the feed from the
 * registry by {@code feedId}, so it works with the validators of the latest pull, not those of the
 * moment the feed was dispatched; {@code url} is there for people reading the queue or the DLQ.
 *
 * <pre>{"feedId":"fd_…","url":"https://…","dispatchedAt":"2026-12-02T04:00:00Z"}</pre>
 */
public record FeedMessage(String feedId, String url, Instant dispatchedAt) {

    public String toJson() {
        return Json.write(Json.object().put("feedId", feedId).put("url", url).put("dispatchedAt", dispatchedAt.toString()));
    }

    /** Reads a message body; a body that is not such a message throws {@link IllegalArgumentException}. */
    public static FeedMessage parse(String body) {
        JsonNode json;
        try {
            json = body == null ? null : Json.read(body);
        } catch (IOException notJson) {
            throw new IllegalArgumentException("the message body is not JSON");
        }
        if (json == null || !json.path("feedId").isTextual() || json.path("feedId").asText().isBlank()) {
            throw new IllegalArgumentException("the message body has no feedId");
        }
        Instant dispatched;
        try {
            dispatched = json.path("dispatchedAt").isTextual() ? Instant.parse(json.path("dispatchedAt").asText()) : null;
        } catch (java.time.format.DateTimeParseException badTime) {
            throw new IllegalArgumentException("the message's dispatchedAt is not an ISO-8601 instant");
        }
        return new FeedMessage(json.path("feedId").asText(), json.path("url").asText(null), dispatched);
    }
}

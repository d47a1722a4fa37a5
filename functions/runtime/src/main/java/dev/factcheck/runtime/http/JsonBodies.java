package dev.factcheck.runtime.http;

import dev.factcheck.runtime.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;

/** Reads a request body as a JSON object, enforcing content type and size first. */
public final class JsonBodies {

    /** Larger bodies are refused with 413 before they are parsed. */
    public static final int MAX_BODY_BYTES = 1_000_000;

    private JsonBodies() {
    }

    /** 413 when the body is larger than {@link #MAX_BODY_BYTES}: every body reader checks this first. */
    static void requireWithinLimit(HttpRequest request) {
        if (request.body().length() > MAX_BODY_BYTES
                || request.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
    }

    public static JsonNode object(HttpRequest request) {
        String contentType = request.header("content-type").orElse("application/json").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].trim();
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new ApiException(415, "unsupported_media_type", "Send the body as application/json.");
        }
        requireWithinLimit(request);
        if (request.body().isBlank()) {
            throw ApiException.invalidJson("The body is empty; send a JSON object.");
        }
        JsonNode body;
        try {
            body = Json.read(request.body());
        } catch (JsonProcessingException e) {
            throw ApiException.invalidJson(e.getLocation() == null ? "The body is not valid JSON."
                    : "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw ApiException.invalidJson("The body is not valid JSON.");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.invalidJson("The body must be a JSON object.");
        }
        return body;
    }
}

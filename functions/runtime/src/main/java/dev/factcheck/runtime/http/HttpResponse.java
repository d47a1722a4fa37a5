package dev.factcheck.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.runtime.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers; written back to API Gateway as a payload 2.0 response. */
public record HttpResponse(int status, Map<String, String> headers, String body) {

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("content-type", "application/json"), body);
    }

    public static HttpResponse json(int status, JsonNode body) {
        return json(status, Json.write(body));
    }

    public static HttpResponse noContent() {
        return new HttpResponse(204, Map.of(), "");
    }

    /** The answer to a delete: 204 when {@code deleted}, else 404 "{@code what} does not exist.". */
    public static HttpResponse deleted(boolean deleted, String what) {
        if (!deleted) {
            throw ApiException.notFound(what);
        }
        return noContent();
    }

    public HttpResponse withHeader(String name, String value) {
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.put(name, value);
        return new HttpResponse(status, merged, body);
    }
}

package dev.factcheck.runtime.http;

import dev.factcheck.runtime.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Reads API Gateway HTTP API payload 2.0 events and writes their responses. */
public final class HttpEvents {

    private HttpEvents() {
    }

    public static HttpRequest read(InputStream event) throws IOException {
        JsonNode root = Json.read(event);
        if (root == null || !root.isObject()) {
            throw new IOException("the event is not a JSON object");
        }
        JsonNode context = root.path("requestContext");
        String method = context.path("http").path("method").asText("");
        String path = context.path("http").path("path").asText(root.path("rawPath").asText(""));
        String body = root.path("body").isTextual() ? root.path("body").asText() : "";
        if (root.path("isBase64Encoded").asBoolean(false) && !body.isEmpty()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IOException("the event's body is not valid base64");
            }
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> header : strings(root.path("headers")).entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        if (root.path("cookies").isArray() && !root.path("cookies").isEmpty()) {
            StringBuilder cookies = new StringBuilder();
            for (JsonNode cookie : root.path("cookies")) {
                cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.asText());
            }
            headers.put("cookie", cookies.toString());
        }
        return new HttpRequest(method.toUpperCase(Locale.ROOT), root.path("routeKey").asText(method + " " + path),
                path, strings(root.path("pathParameters")), strings(root.path("queryStringParameters")), headers,
                body, context.path("authorizer").has("iam"), context.path("requestId").asText(""));
    }

    public static void write(HttpResponse response, OutputStream out) throws IOException {
        ObjectNode event = Json.object();
        event.put("statusCode", response.status());
        ObjectNode headers = event.putObject("headers");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.put(header.getKey(), header.getValue());
        }
        event.put("body", response.body());
        event.put("isBase64Encoded", false);
        out.write(Json.writeBytes(event));
    }

    /**
     * The text fields of an object; none when the event has no such object. (A missing node's
     * field iterator is Jackson's ClassUtil, a class of a hundred reflection helpers a cold start would
     * load and verify for nothing.)
     */
    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        if (!object.isObject()) {
            return values;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        }
        return values;
    }
}

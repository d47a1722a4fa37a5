package dev.factcheck.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.devkit.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Invokes a stream handler the way the Lambda runtime does: event bytes in, response bytes out. */
public final class LambdaInvoker {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LambdaInvoker() {
    }

    public static byte[] invokeRaw(RequestStreamHandler handler, byte[] event, long remainingMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, new LocalContext(remainingMillis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Invokes an API handler with an HTTP API event and reads the payload 2.0 response. */
    public static HttpResult invokeHttp(RequestStreamHandler handler, ObjectNode event) {
        try {
            JsonNode response = MAPPER.readTree(invokeRaw(handler, Events.bytes(event), 30_000));
            Map<String, String> headers = new HashMap<>();
            response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            String body = response.path("body").asText("");
            boolean json = headers.getOrDefault("content-type", "").contains("json");
            return new HttpResult(response.path("statusCode").asInt(), headers, body,
                    body.isEmpty() || !json ? MAPPER.nullNode() : MAPPER.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A handler's HTTP answer, its body parsed when the content type is JSON. */
    public record HttpResult(int status, Map<String, String> headers, String rawBody, JsonNode body) {

        public String errorCode() {
            return body.path("error").path("code").asText(null);
        }
    }
}

package dev.factcheck.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;

/**
 * A test function that answers with the event it received as its JSON body, plus a cookie; on
 * {@code /files/...} it answers with binary bytes, base64-encoded as payload 2.0 requires.
 */
public final class EchoHandler implements RequestStreamHandler {

    static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(input);
        ObjectNode response = MAPPER.createObjectNode();
        response.put("statusCode", 200);
        if (event.path("rawPath").asText().startsWith("/files/")) {
            response.putObject("headers").put("content-type", "image/png");
            response.put("body", Base64.getEncoder().encodeToString(BINARY));
            response.put("isBase64Encoded", true);
        } else {
            response.putObject("headers").put("content-type", "application/json");
            response.putArray("cookies").add("session=abc; Path=/").add("theme=dark");
            response.put("body", event.toString());
            response.put("isBase64Encoded", false);
        }
        MAPPER.writeValue(output, response);
    }
}

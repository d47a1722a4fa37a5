package dev.factcheck.runtime.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads an HTML form post ({@code application/x-www-form-urlencoded}) into a JSON object of string
 * fields, so a form is validated by the same rules as the JSON body of the same request. Size is
 * checked first, as for JSON; a field given twice keeps its first value, and an empty field counts as
 * absent (browsers send an empty date input as {@code publishedAt=}).
 */
public final class FormBodies {

    private FormBodies() {
    }

    public static ObjectNode object(HttpRequest request) {
        String mediaType = request.header("content-type").orElse("").toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        if (!mediaType.equals("application/x-www-form-urlencoded")) {
            throw new ApiException(415, "unsupported_media_type", "Send the form as application/x-www-form-urlencoded.");
        }
        JsonBodies.requireWithinLimit(request);
        ObjectNode fields = Json.object();
        for (String pair : request.body().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!fields.has(name) && !value.isEmpty()) {
                    fields.put(name, value);
                }
            } catch (IllegalArgumentException badEscape) {
                throw ApiException.validationFailed(List.of(new ApiException.Problem("body",
                        "is not a valid form encoding")));
            }
        }
        return fields;
    }
}

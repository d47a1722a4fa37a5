package dev.factcheck.runtime.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.util.List;

/**
 * The one JSON shape of every error answer, from a function or from the local runner:
 * {@code {"error": {"code", "message", "details": [{"path", "problem"}]}}}; a detail also carries a
 * {@code code} when its problem has one.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static ObjectNode of(String code, String message, List<ApiException.Problem> details) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ArrayNode list = error.putArray("details");
        details.forEach(problem -> {
            ObjectNode detail = list.addObject().put("path", problem.path()).put("problem", problem.problem());
            if (problem.code() != null) {
                detail.put("code", problem.code());
            }
        });
        return body;
    }
}

package dev.factcheck.api.http;

import dev.factcheck.store.json.Json;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One structured JSON line per request, and one per failure, each with the request id. Logs the
 * method, route, status and time: never a body, an article's text or a header value.
 */
final class RequestLog {

    private final String function;
    private final String requestId;
    private final LambdaLogger logger;

    private RequestLog(String function, String requestId, LambdaLogger logger) {
        this.function = function;
        this.requestId = requestId;
        this.logger = logger;
    }

    static RequestLog of(String function, Context context) {
        return new RequestLog(function, context == null ? "" : context.getAwsRequestId(),
                context == null ? null : context.getLogger());
    }

    void request(HttpRequest request, int status, long millis) {
        ObjectNode line = line(status >= 500 ? "ERROR" : "INFO", "request");
        if (request != null) {
            line.put("method", request.method()).put("route", request.routeKey());
        }
        line.put("status", status).put("millis", millis);
        emit(line);
    }

    void error(String code, Throwable failure) {
        // The exception's class says what failed; its message may quote stored data, so it stays out.
        emit(line("ERROR", code).put("exception", failure.getClass().getName()));
    }

    private ObjectNode line(String level, String message) {
        return Json.object().put("level", level).put("message", message).put("function", function)
                .put("requestId", requestId);
    }

    private void emit(ObjectNode line) {
        if (logger != null) {
            logger.log(Json.write(line) + "\n");
        } else {
            System.out.println(Json.write(line));
        }
    }
}

package dev.factcheck.runtime.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.failures.StoreFailure;
import dev.factcheck.runtime.logging.JsonLog;

/**
 * One structured JSON line per request, and one per failure, each with the request id. Logs the
 * method, route, status and time: never a body, an article's text or a header value.
 */
final class RequestLog {

    private final JsonLog log;

    private RequestLog(JsonLog log) {
        this.log = log;
    }

    static RequestLog of(String function, Context context) {
        return new RequestLog(new JsonLog(function, context));
    }

    void request(HttpRequest request, int status, long millis) {
        ObjectNode line = log.line(status >= 500 ? "ERROR" : "INFO", "request");
        if (request != null) {
            line.put("method", request.method()).put("route", request.routeKey());
        }
        line.put("status", status).put("millis", millis);
        log.emit(line);
    }

    /** A failed DynamoDB call: what DynamoDB answered, the action and the tables, nothing of the data. */
    void storeFailure(String code, StoreFailure failure) {
        ObjectNode line = log.line("ERROR", code).put("reason", failure.reason());
        failure.call().ifPresent(call -> {
            line.put("action", "dynamodb:" + call.operation());
            call.tables().forEach(line.withArray("tables")::add);
        });
        log.emit(line);
    }

    void error(String code, Throwable failure) {
        // The exception's class says what failed; its message may quote stored data, so it stays out.
        log.emit(log.line("ERROR", code).put("exception", failure.getClass().getName()));
    }
}

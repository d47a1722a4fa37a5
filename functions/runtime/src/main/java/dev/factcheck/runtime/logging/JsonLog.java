package dev.factcheck.runtime.logging;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;

/**
 * Structured JSON log lines, each with the function and the request id, through the Lambda logger
 * (which the template's {@code LogFormat: JSON} keeps as they are). Callers log ids, routes, counts
 * and reasons they wrote themselves: never bodies, article or feed text, or exception messages.
 */
public final class JsonLog {

    private final String function;
    private final String requestId;
    private final LambdaLogger logger;

    public JsonLog(String function, Context context) {
        this.function = function;
        this.requestId = context == null ? "" : context.getAwsRequestId();
        this.logger = context == null ? null : context.getLogger();
    }

    public ObjectNode line(String level, String message) {
        return Json.object().put("level", level).put("message", message).put("function", function)
                .put("requestId", requestId);
    }

    public void emit(ObjectNode line) {
        if (logger != null) {
            logger.log(Json.write(line) + "\n");
        } else {
            System.out.println(Json.write(line));
        }
    }

    public void info(String message) {
        emit(line("INFO", message));
    }
}

package dev.factcheck.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.store.json.Json;

/**
 * Structured JSON log lines with the request id. Logs ids, URLs, counts and reasons written by this
 * module: never feed or page content, never an exception message (it may quote content).
 */
public final class IngestLog {

    private final String function;
    private final String requestId;
    private final LambdaLogger logger;

    public IngestLog(String function, Context context) {
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

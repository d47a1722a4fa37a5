package dev.factcheck.runtime.failures;

import java.util.List;

/**
 * Which DynamoDB call failed: the operation and the tables it named. Attached to the SDK's
 * exception as a suppressed marker by {@link DynamoDbCallRecorder}, so the one error mapping can name
 * the table and action in its log line without any store having to catch and rethrow.
 */
public final class DynamoDbCall extends RuntimeException {

    private final String operation;
    private final List<String> tables;

    DynamoDbCall(String operation, List<String> tables) {
        super(operation + " on " + tables, null, false, false);
        this.operation = operation;
        this.tables = List.copyOf(tables);
    }

    public String operation() {
        return operation;
    }

    public List<String> tables() {
        return tables;
    }
}

package dev.factcheck.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items with BatchWriteItem, 25 at a time, retrying what DynamoDB leaves unprocessed
 * with bounded exponential backoff. When the retries run out it reports how many items were written;
 * since each write is a full put of an idempotent key, repeating the whole request completes the job.
 */
public final class BatchWriter {

    private static final int BATCH_SIZE = 25;

    private final DynamoDbClient dynamoDb;
    private final int maxAttempts;
    private final long baseDelayMillis;

    public BatchWriter(DynamoDbClient dynamoDb, int maxAttempts, long baseDelayMillis) {
        this.dynamoDb = dynamoDb;
        this.maxAttempts = maxAttempts;
        this.baseDelayMillis = baseDelayMillis;
    }

    public static BatchWriter withDefaults(DynamoDbClient dynamoDb) {
        return new BatchWriter(dynamoDb, 8, 25);
    }

    /** Writes every request to {@code table}; returns the number written. */
    public int write(String table, List<WriteRequest> requests) {
        int written = 0;
        for (int from = 0; from < requests.size(); from += BATCH_SIZE) {
            List<WriteRequest> pending = new ArrayList<>(requests.subList(from, Math.min(from + BATCH_SIZE, requests.size())));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > maxAttempts) {
                    throw new PartialWriteException(written, requests.size());
                }
                if (attempt > 1) {
                    pause(attempt);
                }
                BatchWriteItemResponse response = dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, pending)));
                List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
                written += pending.size() - unprocessed.size();
                pending.clear();
                pending.addAll(unprocessed);
            }
        }
        return written;
    }

    private void pause(int attempt) {
        long delay = Math.min(baseDelayMillis << (attempt - 2), 2_000);
        try {
            Thread.sleep(delay + (long) (Math.random() * delay));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a batch write", e);
        }
    }

    /** The retries ran out; {@code written} of {@code total} items are stored. */
    public static final class PartialWriteException extends StoreUnavailableException {

        private final int written;
        private final int total;

        public PartialWriteException(int written, int total) {
            super("wrote " + written + " of " + total + " items before DynamoDB retries ran out", null);
            this.written = written;
            this.total = total;
        }

        public int written() {
            return written;
        }

        public int total() {
            return total;
        }
    }
}

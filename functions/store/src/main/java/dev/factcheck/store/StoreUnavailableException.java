package dev.factcheck.store;

/**
 * DynamoDB kept throttling or failing after the SDK's and our own retries. The caller should answer
 * 503 and may repeat the request: every write of this store is idempotent.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

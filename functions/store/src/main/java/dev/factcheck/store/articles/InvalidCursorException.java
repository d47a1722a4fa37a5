package dev.factcheck.store.articles;

/** A list cursor that this store did not issue, or that was changed. */
public final class InvalidCursorException extends RuntimeException {

    public InvalidCursorException() {
        super("the cursor was not issued by this service or was changed", null, false, false);
    }
}

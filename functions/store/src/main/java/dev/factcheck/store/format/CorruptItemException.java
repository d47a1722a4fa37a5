package dev.factcheck.store.format;

/**
 * A stored item that no reader of this version understands: a field missing or of the wrong type, or a
 * format version newer than this code. The message names fields, never stored values.
 */
public final class CorruptItemException extends RuntimeException {

    public CorruptItemException(String message) {
        super(message);
    }

    public CorruptItemException(String message, Throwable cause) {
        super(message, cause);
    }
}

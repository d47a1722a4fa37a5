package dev.factcheck.devkit;

/** Local infrastructure could not be set up; the message says what to do. */
public final class DevkitException extends RuntimeException {

    public DevkitException(String message) {
        super(message);
    }
}

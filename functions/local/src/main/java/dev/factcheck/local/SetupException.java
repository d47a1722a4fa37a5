package dev.factcheck.local;

/**
 * Something on this machine stops the runner (no Node, the port taken, a handler class missing); the
 * message says what and how to fix it, and the runner prints it without a stack trace and exits with 2.
 */
final class SetupException extends RuntimeException {

    SetupException(String message) {
        super(message);
    }
}

package dev.factcheck.local;

/** The command line is wrong; the runner prints the message and the usage text and exits with 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}

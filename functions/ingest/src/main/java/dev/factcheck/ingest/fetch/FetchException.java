package dev.factcheck.ingest.fetch;

/**
 * A fetch that did not deliver a usable response. The message is written by this package for run
 * reports and logs: it names the rule that refused the fetch and never quotes a response body.
 */
public final class FetchException extends Exception {

    private final boolean refused;

    private FetchException(String message, boolean refused) {
        super(message, null, false, false);
        this.refused = refused;
    }

    /** The fetch broke a rule (address, scheme, size, type, redirects): retrying will not help. */
    public static FetchException refused(String reason) {
        return new FetchException(reason, true);
    }

    /** The server or the network failed; a later run may succeed. */
    public static FetchException failed(String reason) {
        return new FetchException(reason, false);
    }

    public boolean isRefused() {
        return refused;
    }
}

package dev.factcheck.ingest.feeds;

/** The document is not a feed this service reads, or breaks the XML rules; the message names which, never quoting it. */
public final class MalformedFeedException extends Exception {

    public MalformedFeedException(String message) {
        super(message, null, false, false);
    }
}

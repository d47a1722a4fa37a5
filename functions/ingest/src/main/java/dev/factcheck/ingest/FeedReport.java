package dev.factcheck.ingest;

import java.util.List;

/**
 * What ingesting one feed did.
 *
 * @param fetched     entries read from the feed (0 when it answered 304 or failed)
 * @param created     articles stored
 * @param duplicates  entries whose article was already stored
 * @param notModified true when the feed answered 304
 * @param deferred    entries left for a later run: out of time, or held by an overlapping run
 * @param failed      the feed or the entries that failed, by URL, with a reason that quotes no content
 * @param feedFailed  true when the feed itself could not be fetched or read (or its pull failed
 *                    unexpectedly), so none of its entries was looked at; entries' failures do not count
 */
public record FeedReport(int fetched, int created, int duplicates, boolean notModified, int deferred,
                         List<RunReport.Failure> failed, boolean feedFailed) {

    public FeedReport {
        failed = List.copyOf(failed);
    }

    /** A feed that answered (with content or 304): its entries' outcomes are in {@code failed} and the ledger. */
    public FeedReport(int fetched, int created, int duplicates, boolean notModified, int deferred,
                      List<RunReport.Failure> failed) {
        this(fetched, created, duplicates, notModified, deferred, failed, false);
    }

    static FeedReport failure(String url, String reason) {
        return new FeedReport(0, 0, 0, false, 0, List.of(new RunReport.Failure(url, reason)), true);
    }
}

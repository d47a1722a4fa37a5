package dev.factcheck.store.feeds;

import java.time.Instant;

/**
 * A registered feed and what its last run left behind.
 *
 * @param etag         the {@code ETag} of the last fetch whose entries were all stored; sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of that fetch; sent as {@code If-Modified-Since}
 * @param lastRun      null until the feed has been pulled once
 */
public record Feed(String id, String url, String name, Instant createdAt, String etag, String lastModified,
                   LastRun lastRun, long totalNew, long totalFailed) {

    /** What the last run of this feed did; {@code error} is null when it succeeded. */
    public record LastRun(Instant at, String status, String error, int entries, int created, int duplicates,
                          int failed) {
    }
}

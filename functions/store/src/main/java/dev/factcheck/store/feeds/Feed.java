package dev.factcheck.store.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A registered feed and what its last run left behind.
 *
 * @param etag         the {@code ETag} of the last fetch whose entries were all stored; sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of that fetch; sent as {@code If-Modified-Since}
 * @param lastRun      null until the feed has been pulled once
 * @param parked         entries of the last complete fetch that failed too often and are no longer tried
 * @param allowedDomains domains besides the feed's own site whose URLs its items may claim (lower case)
 */
public record Feed(String id, String url, String name, Instant createdAt, String etag, String lastModified,
                   LastRun lastRun, long totalNew, long totalFailed, List<ParkedEntry> parked, List<String> allowedDomains) {

    public Feed {
        parked = parked == null ? List.of() : List.copyOf(parked);
        allowedDomains = allowedDomains == null ? List.of() : List.copyOf(allowedDomains);
    }

    /** A feed whose items may claim URLs of its own site only. */
    public Feed(String id, String url, String name, Instant createdAt, String etag, String lastModified,
                LastRun lastRun, long totalNew, long totalFailed, List<ParkedEntry> parked) {
        this(id, url, name, createdAt, etag, lastModified, lastRun, totalNew, totalFailed, parked, List.of());
    }

    /**
     * An entry no run tries again, and why.
     *
     * @param entry    the entry's id (or link, when it has no id)
     * @param link     the entry's URL as resolved, or null
     * @param attempts the attempts it was given
     * @param error    why its last attempt failed
     */
    public record ParkedEntry(String entry, String link, int attempts, String error, Instant parkedAt) {
    }

    /** What the last run of this feed did; {@code error} is null when it succeeded. */
    public record LastRun(Instant at, String status, String error, int entries, int created, int duplicates,
                          int failed) {
    }
}

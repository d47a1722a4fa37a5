package dev.factcheck.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run did.
 *
 * @param feeds       feeds whose fetch was started
 * @param fetched     entries read from the feeds that answered with content
 * @param created     articles this run stored ({@code "new"} in JSON)
 * @param duplicates  entries whose article was already stored
 * @param notModified feeds that answered 304
 * @param deferred    entries and feeds left for the next run: out of time, or held by an overlapping run
 * @param failed      the feeds and entries that failed, by URL, with a reason that quotes no content
 */
public record RunReport(int feeds, int fetched, int created, int duplicates, int notModified, int deferred,
                        List<Failure> failed) {

    public RunReport {
        failed = List.copyOf(failed);
    }

    /** The sum of the reports of {@code feeds.size()} feeds, plus {@code deferredFeeds} feeds not started. */
    public static RunReport of(List<FeedReport> feeds, int deferredFeeds) {
        int fetched = 0;
        int created = 0;
        int duplicates = 0;
        int notModified = 0;
        int deferred = deferredFeeds;
        List<Failure> failures = new ArrayList<>();
        for (FeedReport feed : feeds) {
            fetched += feed.fetched();
            created += feed.created();
            duplicates += feed.duplicates();
            notModified += feed.notModified() ? 1 : 0;
            deferred += feed.deferred();
            failures.addAll(feed.failed());
        }
        return new RunReport(feeds.size(), fetched, created, duplicates, notModified, deferred, failures);
    }

    /** A feed or entry that failed, and why. */
    public record Failure(String url, String reason) {
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("feeds", feeds).put("fetched", fetched).put("new", created).put("duplicates", duplicates)
                .put("notModified", notModified).put("deferred", deferred);
        ArrayNode failures = json.putArray("failed");
        failed.forEach(failure -> failures.addObject().put("url", failure.url()).put("reason", failure.reason()));
        return json;
    }
}

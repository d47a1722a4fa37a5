package dev.factcheck.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
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

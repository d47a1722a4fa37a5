package dev.factcheck.store.feeds;

import static dev.factcheck.store.feeds.FeedItems.*;
import static dev.factcheck.store.feeds.FeedsSchema.*;

import dev.factcheck.store.format.Attributes;
import dev.factcheck.store.format.FormatVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The registry of feeds in DynamoDB: which feeds exist, the validators of their last complete fetch
 * and what their last run did. Every user-supplied value reaches DynamoDB as an expression attribute
 * value, never inside an expression. What became of each entry of a feed is the {@link EntryLedger}'s.
 */
public final class FeedRegistry {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public FeedRegistry(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Registers a feed whose items may claim URLs of its own site only; see {@link #register(String, String, List, Instant)}. */
    public Registration register(String url, String name, Instant now) {
        return register(url, name, List.of(), now);
    }

    /**
     * Registers a feed unless its (normalised) URL is registered already; then returns that one, as it
     * was registered. {@code allowedDomains}: domains besides the feed's own site whose URLs its items
     * may claim.
     */
    public Registration register(String url, String name, List<String> allowedDomains, Instant now) {
        String id = FeedIds.of(url);
        Map<String, AttributeValue> item = new HashMap<>(feedKey(id));
        item.put(ID, s(id));
        item.put(URL, s(url));
        if (name != null && !name.isBlank()) {
            item.put(NAME, s(name));
        }
        item.put(CREATED_AT, s(now.toString()));
        if (!allowedDomains.isEmpty()) {
            item.put(ALLOWED_DOMAINS, AttributeValue.fromL(allowedDomains.stream().map(FeedItems::s).toList()));
        }
        FormatVersion.stamp(item, FeedItems.FORMAT_VERSION);
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", PK)));
            return new Registration(true, feed(item));
        } catch (ConditionalCheckFailedException registered) {
            return new Registration(false, get(id).orElseGet(() -> feed(item)));
        }
    }

    public Optional<Feed> get(String id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(feedKey(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(feed(item));
    }

    /** Every registered feed, in id order. */
    public List<Feed> list() {
        List<Feed> feeds = new ArrayList<>();
        QueryRequest request = QueryRequest.builder().tableName(table).keyConditionExpression("#pk = :feeds")
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":feeds", s(REGISTRY_PARTITION)))
                .consistentRead(true)
                .build();
        while (true) {
            QueryResponse page = dynamoDb.query(request);
            for (Map<String, AttributeValue> item : page.items()) {
                feeds.add(feed(item));
            }
            if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
                return feeds;
            }
            request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }

    /**
     * Removes a feed from the registry; true when it was registered. Its entry ledger stays, so a
     * feed registered again does not ingest what it ingested before.
     */
    public boolean delete(String id) {
        return dynamoDb.deleteItem(r -> r.tableName(table).key(feedKey(id)).returnValues(ReturnValue.ALL_OLD))
                .hasAttributes();
    }

    /**
     * Changes a registered feed's name and allowed domains in place, keeping its URL (its id derives
     * from it), runs and entry ledger. Empty when the feed is not registered. A change of the allowed
     * domains also drops the feed's validators, so that its next run fetches it whole and reopens the
     * entries it had refused that the feed may now claim.
     */
    public Optional<Feed> change(String id, Change change) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        if (change.renames()) {
            setOrRemove(sets, removes, names, values, NAME, change.name() == null || change.name().isBlank() ? null : s(change.name()));
        }
        if (change.allowedDomains() != null) {
            setOrRemove(sets, removes, names, values, ALLOWED_DOMAINS, change.allowedDomains().isEmpty() ? null
                    : AttributeValue.fromL(change.allowedDomains().stream().map(FeedItems::s).toList()));
            // The next run must fetch the feed whole, not get a 304, to see again the entries refused before.
            setOrRemove(sets, removes, names, values, ETAG, (AttributeValue) null);
            setOrRemove(sets, removes, names, values, LAST_MODIFIED, (AttributeValue) null);
        }
        if (sets.isEmpty() && removes.isEmpty()) {
            return get(id);
        }
        names.put("#pk", PK);
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ")
                + (removes.isEmpty() ? "" : "REMOVE " + String.join(", ", removes));
        try {
            Map<String, AttributeValue> item = dynamoDb.updateItem(r -> r.tableName(table).key(feedKey(id))
                    .updateExpression(update.strip()).conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(names).expressionAttributeValues(values.isEmpty() ? null : values)
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
            return Optional.of(feed(item));
        } catch (ConditionalCheckFailedException notRegistered) {
            return Optional.empty();
        }
    }

    /**
     * Records a run of a feed. The validators are replaced only when {@code run.advanceTo()} is set,
     * which the caller does only when every entry of that fetch is stored; otherwise the next run
     * must see the same entries again. A feed deleted meanwhile stays deleted.
     */
    public void recordRun(String id, FeedRun run) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        set(sets, names, values, LAST_RUN_AT, s(run.at().toString()));
        set(sets, names, values, LAST_STATUS, s(run.status()));
        set(sets, names, values, LAST_ENTRIES, n(run.entries()));
        set(sets, names, values, LAST_NEW, n(run.created()));
        set(sets, names, values, LAST_DUPLICATES, n(run.duplicates()));
        set(sets, names, values, LAST_FAILED, n(run.failed()));
        if (run.error() == null) {
            names.put("#" + LAST_ERROR, LAST_ERROR);
            removes.add("#" + LAST_ERROR);
        } else {
            set(sets, names, values, LAST_ERROR, s(truncate(run.error(), 500)));
        }
        if (run.parked() != null) {
            setOrRemove(sets, removes, names, values, PARKED_ENTRIES, parkedList(run.parked()));
        }
        if (run.advanceTo() != null) {
            setOrRemove(sets, removes, names, values, ETAG, run.advanceTo().etag());
            setOrRemove(sets, removes, names, values, LAST_MODIFIED, run.advanceTo().lastModified());
        }
        names.put("#totalNew", TOTAL_NEW);
        names.put("#totalFailed", TOTAL_FAILED);
        values.put(":addNew", n(run.created()));
        values.put(":addFailed", n(run.failed()));
        names.put("#pk", PK);
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes))
                + " ADD #totalNew :addNew, #totalFailed :addFailed";
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(feedKey(id)).updateExpression(update)
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException deletedMeanwhile) {
            // The feed was removed during the run: nothing to record.
        }
    }

    /** The outcome of {@link #register}: whether this call registered the feed, and the feed. */
    public record Registration(boolean created, Feed feed) {
    }

    /**
     * What {@link #change} changes: the name when {@code renames} (a null or blank {@code name} removes
     * it), and the allowed domains unless {@code allowedDomains} is null (empty: the feed's own site only).
     */
    public record Change(boolean renames, String name, List<String> allowedDomains) {
    }

    /** The validators of a complete fetch, either may be null. */
    public record Validators(String etag, String lastModified) {
    }

    /**
     * One run of a feed, to record. {@code advanceTo}: the validators to send next time, or null to keep
     * the stored ones (some entries of this fetch are not stored yet). {@code parked}: the parked entries
     * the fetch listed, or null to keep the ones recorded (nothing was fetched).
     */
    public record FeedRun(Instant at, String status, String error, int entries, int created, int duplicates,
                          int failed, Validators advanceTo, List<Feed.ParkedEntry> parked) {

        /** A run that fetched no entries: the recorded parked entries stay. */
        public FeedRun(Instant at, String status, String error, int entries, int created, int duplicates, int failed,
                       Validators advanceTo) {
            this(at, status, error, entries, created, duplicates, failed, advanceTo, null);
        }
    }

    private static Feed feed(Map<String, AttributeValue> item) {
        FormatVersion.of(item, FeedItems.FORMAT_VERSION);
        Feed.LastRun lastRun = item.containsKey(LAST_RUN_AT) ? new Feed.LastRun(Instant.parse(item.get(LAST_RUN_AT).s()),
                string(item, LAST_STATUS), string(item, LAST_ERROR), integer(item, LAST_ENTRIES), integer(item, LAST_NEW),
                integer(item, LAST_DUPLICATES), integer(item, LAST_FAILED)) : null;
        return new Feed(item.get(ID).s(), item.get(URL).s(), string(item, NAME), Instant.parse(item.get(CREATED_AT).s()),
                string(item, ETAG), string(item, LAST_MODIFIED), lastRun, number(item, TOTAL_NEW),
                number(item, TOTAL_FAILED), parked(item), Attributes.strings(item.get(ALLOWED_DOMAINS)));
    }

    private static void set(List<String> sets, Map<String, String> names, Map<String, AttributeValue> values,
                            String attribute, AttributeValue value) {
        names.put("#" + attribute, attribute);
        values.put(":" + attribute, value);
        sets.add("#" + attribute + " = :" + attribute);
    }

    private static void setOrRemove(List<String> sets, List<String> removes, Map<String, String> names,
                                    Map<String, AttributeValue> values, String attribute, String value) {
        setOrRemove(sets, removes, names, values, attribute, value == null || value.isBlank() ? null : s(truncate(value, 1_000)));
    }

    private static void setOrRemove(List<String> sets, List<String> removes, Map<String, String> names,
                                    Map<String, AttributeValue> values, String attribute, AttributeValue value) {
        if (value == null) {
            names.put("#" + attribute, attribute);
            removes.add("#" + attribute);
        } else {
            set(sets, names, values, attribute, value);
        }
    }

    /** The parked entries as a list of maps, at most {@link FeedsSchema#MAX_PARKED_SHOWN}; null when there are none. */
    private static AttributeValue parkedList(List<Feed.ParkedEntry> parked) {
        if (parked.isEmpty()) {
            return null;
        }
        List<AttributeValue> list = new ArrayList<>();
        for (Feed.ParkedEntry entry : parked.subList(0, Math.min(parked.size(), MAX_PARKED_SHOWN))) {
            Map<String, AttributeValue> map = new HashMap<>();
            map.put(ENTRY, s(truncate(entry.entry(), 1_000)));
            if (entry.link() != null) {
                map.put(LINK, s(truncate(entry.link(), 2_000)));
            }
            map.put(ATTEMPTS, n(entry.attempts()));
            map.put(LAST_ERROR, s(truncate(entry.error() == null ? "failed" : entry.error(), 500)));
            map.put(UPDATED_AT, s(entry.parkedAt().toString()));
            list.add(AttributeValue.fromM(map));
        }
        return AttributeValue.fromL(list);
    }

    private static List<Feed.ParkedEntry> parked(Map<String, AttributeValue> item) {
        AttributeValue parked = item.get(PARKED_ENTRIES);
        if (parked == null || !parked.hasL()) {
            return List.of();
        }
        return parked.l().stream().map(AttributeValue::m).map(entry -> new Feed.ParkedEntry(string(entry, ENTRY),
                string(entry, LINK), integer(entry, ATTEMPTS), string(entry, LAST_ERROR),
                Instant.parse(entry.get(UPDATED_AT).s()))).toList();
    }

    private static Map<String, AttributeValue> feedKey(String id) {
        return Map.of(PK, s(REGISTRY_PARTITION), SK, s(FEED_PREFIX + id));
    }
}

package dev.factcheck.store.feeds;

import static dev.factcheck.store.feeds.FeedsSchema.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The feed registry and the ledger of feed entries in DynamoDB. Every user-supplied value reaches
 * DynamoDB as an expression attribute value, never inside an expression.
 *
 * <p>The ledger is what makes ingestion exactly-once per entry without transactions: a run first
 * <em>claims</em> an entry with a conditional write (absent, failed, or claimed under an expired lease),
 * then stores the article, and only then marks the entry {@code DONE}. Two overlapping runs cannot
 * both claim an entry; a run that dies mid-entry leaves a claim whose lease expires, and the next run
 * takes it over (storing the article again is idempotent by its derived id).
 */
public final class FeedStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public FeedStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Registers a feed unless its (normalised) URL is registered already; then returns that one. */
    public Registration register(String url, String name, Instant now) {
        String id = FeedIds.of(url);
        Map<String, AttributeValue> item = new HashMap<>(feedKey(id));
        item.put(ID, s(id));
        item.put(URL, s(url));
        if (name != null && !name.isBlank()) {
            item.put(NAME, s(name));
        }
        item.put(CREATED_AT, s(now.toString()));
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
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(r -> {
                r.tableName(table).keyConditionExpression("#pk = :feeds")
                        .expressionAttributeNames(Map.of("#pk", PK))
                        .expressionAttributeValues(Map.of(":feeds", s(REGISTRY_PARTITION)))
                        .consistentRead(true);
                if (from != null) {
                    r.exclusiveStartKey(from);
                }
            });
            page.items().forEach(item -> feeds.add(feed(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return feeds;
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

    /**
     * Claims an entry for this run. {@link Claim#CLAIMED}: ingest it, then call {@link #markDone} or
     * {@link #markFailed}; {@link Claimed#attempts()} says how often it failed before. {@link Claim#DONE}:
     * its article is stored. {@link Claim#IN_PROGRESS}: another run holds it. {@link Claim#GAVE_UP}: it
     * failed too often and is no longer tried. An entry already settled costs one read and no write.
     */
    public Claimed claim(String feedId, String entryId, String runId, Instant now, Duration lease) {
        Map<String, AttributeValue> previous = getEntry(feedId, entryId);
        if (previous != null) {
            Claim settled = settled(previous, now);
            if (settled != null) {
                return new Claimed(settled, integer(previous, ATTEMPTS));
            }
        }
        Map<String, AttributeValue> item = new HashMap<>(entryKey(feedId, entryId));
        item.put(ENTRY, s(truncate(entryId, 1_000)));
        item.put(STATE, s(CLAIMED));
        item.put(RUN_ID, s(runId));
        item.put(LEASE_UNTIL, n(now.plus(lease).toEpochMilli()));
        item.put(UPDATED_AT, s(now.toString()));
        int attempts = previous == null ? 0 : integer(previous, ATTEMPTS);
        item.put(ATTEMPTS, n(attempts));
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #state = :failed OR (#state = :claimed AND #lease < :now)")
                    .expressionAttributeNames(Map.of("#pk", PK, "#state", STATE, "#lease", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":failed", s(FAILED), ":claimed", s(CLAIMED),
                            ":now", n(now.toEpochMilli()))));
            return new Claimed(Claim.CLAIMED, attempts);
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> current = getEntry(feedId, entryId);
            Claim settled = current == null ? null : settled(current, now);
            return new Claimed(settled == null ? Claim.IN_PROGRESS : settled, attempts);
        }
    }

    /** DONE, GAVE_UP or IN_PROGRESS (a live claim) when {@code entry} cannot be claimed; null when it can. */
    private static Claim settled(Map<String, AttributeValue> entry, Instant now) {
        String state = entry.get(STATE).s();
        return switch (state) {
            case DONE -> Claim.DONE;
            case GAVE_UP -> Claim.GAVE_UP;
            case CLAIMED -> entry.containsKey(LEASE_UNTIL) && Long.parseLong(entry.get(LEASE_UNTIL).n()) >= now.toEpochMilli()
                    ? Claim.IN_PROGRESS : null;
            default -> null;
        };
    }

    /** The entry's article is stored: no run ingests it again. */
    public void markDone(String feedId, String entryId, String articleId, Instant now) {
        dynamoDb.updateItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                .updateExpression("SET #state = :done, #article = :article, #updated = :now REMOVE #lease, #run")
                .expressionAttributeNames(Map.of("#state", STATE, "#article", ARTICLE_ID, "#updated", UPDATED_AT,
                        "#lease", LEASE_UNTIL, "#run", RUN_ID))
                .expressionAttributeValues(Map.of(":done", s(DONE), ":article", s(articleId), ":now", s(now.toString()))));
    }

    /**
     * Releases this run's claim: the next run tries the entry again, or, when {@code giveUp}, no run
     * does. A claim taken over meanwhile by another run is left alone.
     */
    public void markFailed(String feedId, String entryId, String runId, String reason, Instant now, boolean giveUp) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                    .updateExpression("SET #state = :failed, #error = :reason, #updated = :now REMOVE #lease ADD #attempts :one")
                    .conditionExpression("#state = :claimed AND #run = :run")
                    .expressionAttributeNames(Map.of("#state", STATE, "#error", LAST_ERROR, "#updated", UPDATED_AT,
                            "#lease", LEASE_UNTIL, "#attempts", ATTEMPTS, "#run", RUN_ID))
                    .expressionAttributeValues(Map.of(":failed", s(giveUp ? GAVE_UP : FAILED), ":reason", s(truncate(reason, 500)),
                            ":now", s(now.toString()), ":one", n(1), ":claimed", s(CLAIMED), ":run", s(runId))));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another run took the claim over after our lease expired; its outcome counts.
        }
    }

    /** The state of an entry in the ledger, or empty when no run has seen it. */
    public Optional<String> entryState(String feedId, String entryId) {
        Map<String, AttributeValue> item = getEntry(feedId, entryId);
        return item == null ? Optional.empty() : Optional.of(item.get(STATE).s());
    }

    private Map<String, AttributeValue> getEntry(String feedId, String entryId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    /** The outcome of {@link #register}: whether this call registered the feed, and the feed. */
    public record Registration(boolean created, Feed feed) {
    }

    /** The outcome of {@link #claim}. */
    public enum Claim { CLAIMED, DONE, IN_PROGRESS, GAVE_UP }

    /** A claim's outcome and how many times the entry failed before. */
    public record Claimed(Claim claim, int attempts) {
    }

    /** The validators of a complete fetch, either may be null. */
    public record Validators(String etag, String lastModified) {
    }

    /**
     * One run of a feed, to record. {@code advanceTo}: the validators to send next time, or null to keep
     * the stored ones (some entries of this fetch are not stored yet).
     */
    public record FeedRun(Instant at, String status, String error, int entries, int created, int duplicates,
                          int failed, Validators advanceTo) {
    }

    private static Feed feed(Map<String, AttributeValue> item) {
        Feed.LastRun lastRun = item.containsKey(LAST_RUN_AT) ? new Feed.LastRun(Instant.parse(item.get(LAST_RUN_AT).s()),
                string(item, LAST_STATUS), string(item, LAST_ERROR), integer(item, LAST_ENTRIES), integer(item, LAST_NEW),
                integer(item, LAST_DUPLICATES), integer(item, LAST_FAILED)) : null;
        return new Feed(item.get(ID).s(), item.get(URL).s(), string(item, NAME), Instant.parse(item.get(CREATED_AT).s()),
                string(item, ETAG), string(item, LAST_MODIFIED), lastRun, number(item, TOTAL_NEW),
                number(item, TOTAL_FAILED));
    }

    private static void set(List<String> sets, Map<String, String> names, Map<String, AttributeValue> values,
                            String attribute, AttributeValue value) {
        names.put("#" + attribute, attribute);
        values.put(":" + attribute, value);
        sets.add("#" + attribute + " = :" + attribute);
    }

    private static void setOrRemove(List<String> sets, List<String> removes, Map<String, String> names,
                                    Map<String, AttributeValue> values, String attribute, String value) {
        if (value == null || value.isBlank()) {
            names.put("#" + attribute, attribute);
            removes.add("#" + attribute);
        } else {
            set(sets, names, values, attribute, s(truncate(value, 1_000)));
        }
    }

    private static Map<String, AttributeValue> feedKey(String id) {
        return Map.of(PK, s(REGISTRY_PARTITION), SK, s(FEED_PREFIX + id));
    }

    private static Map<String, AttributeValue> entryKey(String feedId, String entryId) {
        return Map.of(PK, s(ENTRIES_PREFIX + feedId), SK, s(FeedIds.entryKey(entryId)));
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static int integer(Map<String, AttributeValue> item, String name) {
        return (int) number(item, name);
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}

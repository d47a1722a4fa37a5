package dev.factcheck.store.feeds;

import static dev.factcheck.store.feeds.FeedItems.*;
import static dev.factcheck.store.feeds.FeedsSchema.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The ledger of feed entries in DynamoDB: what became of each entry of each feed. Every user-supplied
 * value reaches DynamoDB as an expression attribute value, never inside an expression.
 *
 * <p>The ledger is what makes ingestion exactly-once per entry without transactions: a run first
 * <em>claims</em> an entry with a conditional write (absent, failed, or claimed under an expired lease),
 * then stores the article, and only then marks the entry {@code DONE}. Two overlapping runs cannot
 * both claim an entry; a run that dies mid-entry leaves a claim whose lease expires, and the next run
 * takes it over (storing the article again is idempotent by its derived id).
 */
public final class EntryLedger {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public EntryLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
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

    /** The outcome of {@link #claim}. */
    public enum Claim { CLAIMED, DONE, IN_PROGRESS, GAVE_UP }

    /** A claim's outcome and how many times the entry failed before. */
    public record Claimed(Claim claim, int attempts) {
    }

    private static Map<String, AttributeValue> entryKey(String feedId, String entryId) {
        return Map.of(PK, s(ENTRIES_PREFIX + feedId), SK, s(FeedIds.entryKey(entryId)));
    }
}

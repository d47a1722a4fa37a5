package dev.factcheck.store.feeds;

import static dev.factcheck.store.feeds.FeedItems.*;
import static dev.factcheck.store.feeds.FeedsSchema.*;

import dev.factcheck.store.format.FormatVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The ledger of feed entries in DynamoDB: what became of each entry of each feed. Every user-supplied
 * value reaches DynamoDB as an expression attribute value, never inside an expression.
 *
 * <p>The ledger is what makes ingestion exactly-once per entry without transactions, and what keeps
 * one bad entry from stalling its feed:
 * <ul>
 *   <li>a run first <em>claims</em> an entry with a conditional write (absent, failed, or claimed under
 *       an expired lease), and that write counts the attempt, <em>before</em> any work on the entry
 *       starts: an attempt that crashes the process, runs out of time or throws an {@code Error} has
 *       been counted already;</li>
 *   <li>the run then stores the article and only then marks the entry {@code DONE}, or marks it
 *       {@code FAILED} with its error;</li>
 *   <li>an entry whose {@value #MAX_ATTEMPTS}th attempt failed (or whose claim expired that often) is
 *       {@code PARKED} with its last error: no run tries it again.</li>
 * </ul>
 * Two overlapping runs cannot both claim an entry; a run that dies mid-entry leaves a claim whose lease
 * expires, and the next run takes it over (storing the article again is idempotent by its derived id).
 *
 * <p>Longer than 300 lines on purpose: it is one state machine (claim, lease, done, failed, parked,
 * and the states older items still carry), and its exactly-once argument only holds if every
 * conditional write that moves an entry is read next to the others.
 */
public final class EntryLedger {

    /** Attempts an entry gets, each counted when it starts; then it is parked. */
    public static final int MAX_ATTEMPTS = 3;
    /** The error recorded for an attempt that never reported back (the process died or hung). */
    public static final String ABANDONED = "attempt abandoned mid-entry (the run crashed or hung)";

    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public EntryLedger(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Where an entry stands in the ledger. */
    public enum State { CLAIMED, DONE, FAILED, PARKED }

    /**
     * One entry as the ledger holds it.
     *
     * @param attempts   attempts started so far (each counted before its work began)
     * @param lastError  why the last attempt failed, or null
     * @param leaseUntil until when a {@code CLAIMED} entry is held by its run (epoch millis), else 0
     */
    public record Entry(String entryId, String link, State state, int attempts, String lastError, Instant updatedAt,
                        long leaseUntil) {

        /** True when a run is working on it now. */
        public boolean heldAt(Instant now) {
            return state == State.CLAIMED && leaseUntil >= now.toEpochMilli();
        }

        /** True when an earlier attempt failed or was abandoned: such entries go behind fresh ones. */
        public boolean failedBefore(Instant now) {
            return state == State.FAILED || (state == State.CLAIMED && !heldAt(now));
        }
    }

    /** The outcome of {@link #claim}. */
    public enum Claim { CLAIMED, DONE, IN_PROGRESS, PARKED }

    /**
     * A claim's outcome. {@code attempt}: when {@link Claim#CLAIMED}, the number of the attempt now
     * starting (1 for the first); otherwise the attempts made so far.
     */
    public record Claimed(Claim claim, int attempt) {
    }

    /**
     * The ledger's entries for {@code entryIds} of a feed, by entry id; ids the ledger has never seen are
     * absent. Consistent reads, {@value #BATCH_GET_LIMIT} keys per request.
     */
    public Map<String, Entry> entries(String feedId, Collection<String> entryIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(entryIds));
        Map<String, String> idByKey = new HashMap<>();
        ids.forEach(id -> idByKey.put(FeedIds.entryKey(id), id));
        Map<String, Entry> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH_GET_LIMIT)).stream()
                    .map(id -> entryKey(feedId, id)).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse response = dynamoDb.batchGetItem(r -> r.requestItems(asked));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    String id = idByKey.get(item.get(SK).s());
                    if (id != null) {
                        found.put(id, entry(id, item));
                    }
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    /** {@link #claim(String, String, String, Entry, String, Instant, Duration)} reading the entry first. */
    public Claimed claim(String feedId, String entryId, String runId, Instant now, Duration lease) {
        return claim(feedId, entryId, null, getEntry(feedId, entryId).orElse(null), runId, now, lease);
    }

    /**
     * Claims an entry for this run and counts the attempt. {@link Claim#CLAIMED}: ingest it, then call
     * {@link #markDone} or {@link #markFailed}. {@link Claim#DONE}: its article is stored.
     * {@link Claim#IN_PROGRESS}: another run holds it. {@link Claim#PARKED}: it failed
     * {@value #MAX_ATTEMPTS} times (this call parks an entry whose last claim expired after its last
     * attempt). {@code known} is the entry as last read (null when the ledger has none); the write is
     * conditional on it, so a stale read costs a second read, never a double claim.
     */
    public Claimed claim(String feedId, String entryId, String link, Entry known, String runId, Instant now, Duration lease) {
        Entry previous = known;
        for (int round = 0; round < 2; round++) {
            Claimed settled = settled(previous, now);
            if (settled != null) {
                return settled;
            }
            boolean written = previous != null && previous.attempts() >= MAX_ATTEMPTS
                    ? park(feedId, entryId, previous, now)
                    : take(feedId, entryId, link, previous, runId, now, lease);
            if (written) {
                return previous != null && previous.attempts() >= MAX_ATTEMPTS
                        ? new Claimed(Claim.PARKED, previous.attempts())
                        : new Claimed(Claim.CLAIMED, attempts(previous) + 1);
            }
            previous = getEntry(feedId, entryId).orElse(null);
        }
        Claimed settled = settled(previous, now);
        return settled != null ? settled : new Claimed(Claim.IN_PROGRESS, attempts(previous));
    }

    /** DONE, PARKED or IN_PROGRESS when {@code entry} cannot be claimed; null when it can. */
    private static Claimed settled(Entry entry, Instant now) {
        if (entry == null) {
            return null;
        }
        return switch (entry.state()) {
            case DONE -> new Claimed(Claim.DONE, entry.attempts());
            case PARKED -> new Claimed(Claim.PARKED, entry.attempts());
            case CLAIMED -> entry.heldAt(now) ? new Claimed(Claim.IN_PROGRESS, entry.attempts()) : null;
            case FAILED -> null;
        };
    }

    /** Writes this run's claim with the attempt counted, if the entry is still as {@code previous} shows it. */
    private boolean take(String feedId, String entryId, String link, Entry previous, String runId, Instant now, Duration lease) {
        Map<String, AttributeValue> item = new HashMap<>(entryKey(feedId, entryId));
        item.put(ENTRY, s(truncate(entryId, 1_000)));
        String knownLink = link != null ? link : previous == null ? null : previous.link();
        if (knownLink != null && !knownLink.isBlank()) {
            item.put(LINK, s(truncate(knownLink, 2_000)));
        }
        item.put(STATE, s(CLAIMED));
        item.put(RUN_ID, s(runId));
        item.put(LEASE_UNTIL, n(now.plus(lease).toEpochMilli()));
        item.put(UPDATED_AT, s(now.toString()));
        item.put(ATTEMPTS, n(attempts(previous) + 1));
        if (previous != null && previous.lastError() != null) {
            item.put(LAST_ERROR, s(previous.lastError()));
        }
        return conditionalPut(item, previous);
    }

    /** Parks an entry whose claims kept expiring: its last attempt never reported back. */
    private boolean park(String feedId, String entryId, Entry previous, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(entryKey(feedId, entryId));
        item.put(ENTRY, s(truncate(entryId, 1_000)));
        if (previous.link() != null) {
            item.put(LINK, s(previous.link()));
        }
        item.put(STATE, s(PARKED));
        item.put(UPDATED_AT, s(now.toString()));
        item.put(ATTEMPTS, n(previous.attempts()));
        item.put(LAST_ERROR, s(previous.state() == State.CLAIMED ? ABANDONED
                : previous.lastError() == null ? "failed" : previous.lastError()));
        return conditionalPut(item, previous);
    }

    /**
     * Gives a parked entry a fresh start: it becomes an entry to try again with no attempt counted, for
     * when what parked it no longer holds (its link was refused, and the feed may now claim it). Empty
     * when the entry changed since {@code parked} was read (another run reopened or took it).
     */
    public Optional<Entry> reopen(String feedId, Entry parked, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(entryKey(feedId, parked.entryId()));
        item.put(ENTRY, s(truncate(parked.entryId(), 1_000)));
        if (parked.link() != null) {
            item.put(LINK, s(parked.link()));
        }
        item.put(STATE, s(FAILED));
        item.put(UPDATED_AT, s(now.toString()));
        item.put(ATTEMPTS, n(0));
        return conditionalPut(item, parked)
                ? Optional.of(new Entry(parked.entryId(), parked.link(), State.FAILED, 0, null, now, 0))
                : Optional.empty();
    }

    /** Puts {@code item} only if the stored entry is still the one read: absent, or same state and attempts. */
    private boolean conditionalPut(Map<String, AttributeValue> item, Entry previous) {
        FormatVersion.stamp(item, FeedItems.FORMAT_VERSION);
        try {
            if (previous == null) {
                dynamoDb.putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", PK)));
            } else {
                dynamoDb.putItem(r -> r.tableName(table).item(item)
                        .conditionExpression("#state = :state AND #attempts = :attempts")
                        .expressionAttributeNames(Map.of("#state", STATE, "#attempts", ATTEMPTS))
                        .expressionAttributeValues(Map.of(":state", s(stored(previous.state())),
                                ":attempts", n(previous.attempts()))));
            }
            return true;
        } catch (ConditionalCheckFailedException changed) {
            return false;
        }
    }

    /** The entry's article is stored: no run ingests it again. */
    public void markDone(String feedId, String entryId, String articleId, Instant now) {
        dynamoDb.updateItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                .updateExpression("SET #state = :done, #article = :article, #updated = :now REMOVE #lease, #run, #error")
                .expressionAttributeNames(Map.of("#state", STATE, "#article", ARTICLE_ID, "#updated", UPDATED_AT,
                        "#lease", LEASE_UNTIL, "#run", RUN_ID, "#error", LAST_ERROR))
                .expressionAttributeValues(Map.of(":done", s(DONE), ":article", s(articleId), ":now", s(now.toString()))));
    }

    /**
     * Releases this run's claim with the attempt's error (the attempt was counted when claimed): the
     * next run tries the entry again, or, when {@code park}, no run does. A claim taken over meanwhile
     * by another run is left alone.
     */
    public void markFailed(String feedId, String entryId, String runId, String reason, Instant now, boolean park) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                    .updateExpression("SET #state = :failed, #error = :reason, #updated = :now REMOVE #lease")
                    .conditionExpression("#state = :claimed AND #run = :run")
                    .expressionAttributeNames(Map.of("#state", STATE, "#error", LAST_ERROR, "#updated", UPDATED_AT,
                            "#lease", LEASE_UNTIL, "#run", RUN_ID))
                    .expressionAttributeValues(Map.of(":failed", s(park ? PARKED : FAILED), ":reason", s(truncate(reason, 500)),
                            ":now", s(now.toString()), ":claimed", s(CLAIMED), ":run", s(runId))));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another run took the claim over after our lease expired; its outcome counts.
        }
    }

    /**
     * Releases this run's claim with the attempt's error and takes the attempt back: it failed because
     * the store could not be written (DynamoDB throttled or was down), nothing in the entry, so it must
     * not bring the entry closer to being parked. A claim taken over meanwhile is left alone.
     */
    public void markStoreFailed(String feedId, String entryId, String runId, String reason, Instant now) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                    .updateExpression("SET #state = :failed, #error = :reason, #updated = :now REMOVE #lease ADD #attempts :uncounted")
                    .conditionExpression("#state = :claimed AND #run = :run AND #attempts > :none")
                    .expressionAttributeNames(Map.of("#state", STATE, "#error", LAST_ERROR, "#updated", UPDATED_AT,
                            "#lease", LEASE_UNTIL, "#run", RUN_ID, "#attempts", ATTEMPTS))
                    .expressionAttributeValues(Map.of(":failed", s(FAILED), ":reason", s(truncate(reason, 500)),
                            ":now", s(now.toString()), ":claimed", s(CLAIMED), ":run", s(runId),
                            ":uncounted", n(-1), ":none", n(0))));
        } catch (ConditionalCheckFailedException takenOver) {
            // Another run took the claim over after our lease expired; its outcome counts.
        }
    }

    /** The state of an entry in the ledger, or empty when no run has seen it. */
    public Optional<String> entryState(String feedId, String entryId) {
        return getEntry(feedId, entryId).map(entry -> entry.state().name());
    }

    /** An entry as the ledger holds it, or empty when no run has seen it. */
    public Optional<Entry> entry(String feedId, String entryId) {
        return getEntry(feedId, entryId);
    }

    private Optional<Entry> getEntry(String feedId, String entryId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(entryKey(feedId, entryId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(entry(entryId, item));
    }

    private static Entry entry(String entryId, Map<String, AttributeValue> item) {
        FormatVersion.of(item, FeedItems.FORMAT_VERSION);
        String updated = string(item, UPDATED_AT);
        return new Entry(entryId, string(item, LINK), state(item.get(STATE).s()), integer(item, ATTEMPTS),
                string(item, LAST_ERROR), updated == null ? null : Instant.parse(updated), number(item, LEASE_UNTIL));
    }

    /** Reads every state ever written; {@code GAVE_UP} is how parked entries were stored before. */
    private static State state(String stored) {
        return switch (stored) {
            case CLAIMED -> State.CLAIMED;
            case DONE -> State.DONE;
            case FAILED -> State.FAILED;
            case PARKED, LEGACY_GAVE_UP -> State.PARKED;
            default -> throw new IllegalStateException("unknown entry state in the ledger: " + stored);
        };
    }

    private static String stored(State state) {
        return switch (state) {
            case CLAIMED -> CLAIMED;
            case DONE -> DONE;
            case FAILED -> FAILED;
            case PARKED -> PARKED;
        };
    }

    private static int attempts(Entry entry) {
        return entry == null ? 0 : entry.attempts();
    }

    private static Map<String, AttributeValue> entryKey(String feedId, String entryId) {
        return Map.of(PK, s(ENTRIES_PREFIX + feedId), SK, s(FeedIds.entryKey(entryId)));
    }
}

package dev.factcheck.store.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class EntryLedgerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final TestDynamoDb dynamoDb;
    private EntryLedger ledger;
    private String table;

    EntryLedgerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        table = dynamoDb.createTables().name(FeedsSchema.TABLE_LOGICAL_ID);
        ledger = new EntryLedger(dynamoDb.client(), table);
    }

    @Test
    void claim_isGrantedOnce_untilTheEntryFailsOrItsLeaseExpires() {
        assertThat(ledger.claim("fd_1", "urn:entry:1", "run-a", NOW, LEASE).claim()).isEqualTo(EntryLedger.Claim.CLAIMED);
        assertThat(ledger.claim("fd_1", "urn:entry:1", "run-b", NOW, LEASE).claim()).isEqualTo(EntryLedger.Claim.IN_PROGRESS);

        ledger.markFailed("fd_1", "urn:entry:1", "run-a", "page answered 500", NOW, false);
        assertThat(ledger.claim("fd_1", "urn:entry:1", "run-b", NOW, LEASE).claim()).isEqualTo(EntryLedger.Claim.CLAIMED);

        assertThat(ledger.claim("fd_1", "urn:entry:1", "run-c", NOW.plus(LEASE).plusSeconds(1), LEASE).claim())
                .isEqualTo(EntryLedger.Claim.CLAIMED);
    }

    @Test
    void claim_answersDone_onceTheEntryIsMarkedDone() {
        ledger.claim("fd_1", "urn:entry:2", "run-a", NOW, LEASE);
        ledger.markDone("fd_1", "urn:entry:2", "a_0123456789abcdef01234567", NOW);

        assertThat(ledger.claim("fd_1", "urn:entry:2", "run-b", NOW.plus(LEASE).plusSeconds(1), LEASE).claim())
                .isEqualTo(EntryLedger.Claim.DONE);
        assertThat(ledger.entryState("fd_1", "urn:entry:2")).contains("DONE");
    }

    @Test
    void markFailed_leavesAClaimTakenOverByAnotherRunAlone() {
        ledger.claim("fd_1", "urn:entry:3", "run-a", NOW, LEASE);
        ledger.claim("fd_1", "urn:entry:3", "run-b", NOW.plus(LEASE).plusSeconds(1), LEASE);

        ledger.markFailed("fd_1", "urn:entry:3", "run-a", "late failure", NOW.plus(LEASE).plusSeconds(2), false);

        assertThat(ledger.entryState("fd_1", "urn:entry:3")).contains("CLAIMED");
    }

    @Test
    void claim_countsTheAttemptBeforeTheWorkStarts_andAParkedEntryIsNeverClaimedAgain() {
        EntryLedger.Claimed first = ledger.claim("fd_1", "urn:entry:4", "run-a", NOW, LEASE);
        assertThat(ledger.entry("fd_1", "urn:entry:4").orElseThrow().attempts()).as("counted at the claim").isEqualTo(1);
        ledger.markFailed("fd_1", "urn:entry:4", "run-a", "refused", NOW, false);
        EntryLedger.Claimed second = ledger.claim("fd_1", "urn:entry:4", "run-b", NOW, LEASE);
        ledger.markFailed("fd_1", "urn:entry:4", "run-b", "refused", NOW, true);

        assertThat(first).isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.CLAIMED, 1));
        assertThat(second).isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.CLAIMED, 2));
        assertThat(ledger.claim("fd_1", "urn:entry:4", "run-c", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.PARKED, 2));
        assertThat(ledger.entryState("fd_1", "urn:entry:4")).contains("PARKED");
        assertThat(ledger.entry("fd_1", "urn:entry:4").orElseThrow().lastError()).isEqualTo("refused");
    }

    @Test
    void claimsThatExpireWithoutAReport_countAsAttempts_andTheEntryIsParkedAsAbandoned() {
        Instant at = NOW;
        for (int attempt = 1; attempt <= EntryLedger.MAX_ATTEMPTS; attempt++) {
            // Each run dies mid-entry: it never marks the entry, its lease runs out.
            assertThat(ledger.claim("fd_1", "urn:entry:crash", "run-" + attempt, at, LEASE))
                    .isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.CLAIMED, attempt));
            at = at.plus(LEASE).plusSeconds(1);
        }

        assertThat(ledger.claim("fd_1", "urn:entry:crash", "run-last", at, LEASE))
                .isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.PARKED, EntryLedger.MAX_ATTEMPTS));
        EntryLedger.Entry parked = ledger.entry("fd_1", "urn:entry:crash").orElseThrow();
        assertThat(parked.state()).isEqualTo(EntryLedger.State.PARKED);
        assertThat(parked.lastError()).isEqualTo(EntryLedger.ABANDONED);
    }

    @Test
    void claim_onAStaleRead_doesNotClaimTwice() {
        EntryLedger.Entry staleAbsent = null;
        ledger.claim("fd_1", "urn:entry:5", "urn:link", staleAbsent, "run-a", NOW, LEASE);

        assertThat(ledger.claim("fd_1", "urn:entry:5", "urn:link", staleAbsent, "run-b", NOW, LEASE).claim())
                .isEqualTo(EntryLedger.Claim.IN_PROGRESS);
        assertThat(ledger.entry("fd_1", "urn:entry:5").orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void entries_readsManyEntriesAtOnce_andLeavesOutThoseNeverSeen() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            ids.add("urn:entry:batch:" + i);
            if (i % 2 == 0) {
                ledger.claim("fd_2", "urn:entry:batch:" + i, "https://news.example/" + i, null, "run-a", NOW, LEASE);
            }
        }
        ledger.markDone("fd_2", "urn:entry:batch:0", "a_0123456789abcdef01234567", NOW);

        Map<String, EntryLedger.Entry> entries = ledger.entries("fd_2", ids);

        assertThat(entries).hasSize(65).doesNotContainKey("urn:entry:batch:1");
        assertThat(entries.get("urn:entry:batch:0").state()).isEqualTo(EntryLedger.State.DONE);
        assertThat(entries.get("urn:entry:batch:128").link()).isEqualTo("https://news.example/128");
        assertThat(entries.get("urn:entry:batch:128").heldAt(NOW)).isTrue();
    }

    @Test
    void anEntryGivenUpBeforeParkingExisted_readsAsParked() {
        ledger.claim("fd_1", "urn:entry:old", "run-a", NOW, LEASE);
        dynamoDb.client().updateItem(r -> r.tableName(table)
                .key(Map.of(FeedsSchema.PK, AttributeValue.fromS("ENTRIES#fd_1"),
                        FeedsSchema.SK, AttributeValue.fromS(FeedIds.entryKey("urn:entry:old"))))
                .updateExpression("SET #state = :gaveUp").expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":gaveUp", AttributeValue.fromS("GAVE_UP"))));

        assertThat(ledger.claim("fd_1", "urn:entry:old", "run-b", NOW.plus(LEASE).plusSeconds(1), LEASE).claim())
                .isEqualTo(EntryLedger.Claim.PARKED);
    }

    @Test
    void reopen_givesAParkedEntryAFreshStart_once_andNotWhenItChangedSinceItWasRead() {
        ledger.claim("fd_1", "urn:entry:9", "https://wire.example/9", null, "run-a", NOW, LEASE);
        ledger.markFailed("fd_1", "urn:entry:9", "run-a", "link outside the feed's site", NOW, true);
        EntryLedger.Entry parked = ledger.entry("fd_1", "urn:entry:9").orElseThrow();

        EntryLedger.Entry reopened = ledger.reopen("fd_1", parked, NOW.plusSeconds(60)).orElseThrow();

        assertThat(reopened.state()).isEqualTo(EntryLedger.State.FAILED);
        assertThat(reopened.attempts()).isZero();
        assertThat(ledger.entry("fd_1", "urn:entry:9").orElseThrow().link()).isEqualTo("https://wire.example/9");
        assertThat(ledger.reopen("fd_1", parked, NOW.plusSeconds(61))).as("a stale read reopens nothing").isEmpty();
        assertThat(ledger.claim("fd_1", "urn:entry:9", "https://wire.example/9", reopened, "run-b", NOW.plusSeconds(62), LEASE))
                .isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.CLAIMED, 1));
    }
}

package dev.factcheck.store.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class EntryLedgerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final TestDynamoDb dynamoDb;
    private EntryLedger ledger;

    EntryLedgerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        ledger = new EntryLedger(dynamoDb.client(), dynamoDb.createTables().name(FeedsSchema.TABLE_LOGICAL_ID));
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
    void claim_countsEarlierFailures_andAnEntryGivenUpIsNeverClaimedAgain() {
        ledger.claim("fd_1", "urn:entry:4", "run-a", NOW, LEASE);
        ledger.markFailed("fd_1", "urn:entry:4", "run-a", "refused", NOW, false);
        EntryLedger.Claimed second = ledger.claim("fd_1", "urn:entry:4", "run-b", NOW, LEASE);
        ledger.markFailed("fd_1", "urn:entry:4", "run-b", "refused", NOW, true);

        assertThat(second).isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.CLAIMED, 1));
        assertThat(ledger.claim("fd_1", "urn:entry:4", "run-c", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isEqualTo(new EntryLedger.Claimed(EntryLedger.Claim.GAVE_UP, 2));
        assertThat(ledger.entryState("fd_1", "urn:entry:4")).contains("GAVE_UP");
    }
}

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
class FeedStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final TestDynamoDb dynamoDb;
    private FeedStore store;

    FeedStoreTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        store = new FeedStore(dynamoDb.client(), dynamoDb.createTables().name(FeedsSchema.TABLE_LOGICAL_ID));
    }

    @Test
    void register_isIdempotentByNormalisedUrl() {
        FeedStore.Registration first = store.register("https://News.example/feed.xml", "News", NOW);
        FeedStore.Registration again = store.register("https://news.example:443/feed.xml#top", null, NOW.plusSeconds(5));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.feed()).isEqualTo(first.feed());
        assertThat(store.list()).containsExactly(first.feed());
    }

    @Test
    void delete_removesTheFeed_andAnswersFalseWhenItWasNotRegistered() {
        Feed feed = store.register("https://news.example/rss", null, NOW).feed();

        assertThat(store.delete(feed.id())).isTrue();
        assertThat(store.delete(feed.id())).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void recordRun_keepsValidators_unlessTheRunAdvancesThem() {
        Feed feed = store.register("https://news.example/rss", null, NOW).feed();
        store.recordRun(feed.id(), new FeedStore.FeedRun(NOW, "ok", null, 3, 3, 0, 0,
                new FeedStore.Validators("\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT")));
        store.recordRun(feed.id(), new FeedStore.FeedRun(NOW.plusSeconds(60), "partial", "1 entry failed", 3, 0, 2, 1, null));

        Feed stored = store.get(feed.id()).orElseThrow();
        assertThat(stored.etag()).isEqualTo("\"v1\"");
        assertThat(stored.lastModified()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
        assertThat(stored.lastRun().status()).isEqualTo("partial");
        assertThat(stored.lastRun().error()).isEqualTo("1 entry failed");
        assertThat(stored.totalNew()).isEqualTo(3);
        assertThat(stored.totalFailed()).isEqualTo(1);
    }

    @Test
    void recordRun_doesNotRecreateAFeedDeletedDuringTheRun() {
        Feed feed = store.register("https://news.example/rss", null, NOW).feed();
        store.delete(feed.id());

        store.recordRun(feed.id(), new FeedStore.FeedRun(NOW, "ok", null, 0, 0, 0, 0, null));

        assertThat(store.get(feed.id())).isEmpty();
    }

    @Test
    void claim_isGrantedOnce_untilTheEntryFailsOrItsLeaseExpires() {
        assertThat(store.claim("fd_1", "urn:entry:1", "run-a", NOW, LEASE).claim()).isEqualTo(FeedStore.Claim.CLAIMED);
        assertThat(store.claim("fd_1", "urn:entry:1", "run-b", NOW, LEASE).claim()).isEqualTo(FeedStore.Claim.IN_PROGRESS);

        store.markFailed("fd_1", "urn:entry:1", "run-a", "page answered 500", NOW, false);
        assertThat(store.claim("fd_1", "urn:entry:1", "run-b", NOW, LEASE).claim()).isEqualTo(FeedStore.Claim.CLAIMED);

        assertThat(store.claim("fd_1", "urn:entry:1", "run-c", NOW.plus(LEASE).plusSeconds(1), LEASE).claim())
                .isEqualTo(FeedStore.Claim.CLAIMED);
    }

    @Test
    void claim_answersDone_onceTheEntryIsMarkedDone() {
        store.claim("fd_1", "urn:entry:2", "run-a", NOW, LEASE);
        store.markDone("fd_1", "urn:entry:2", "a_0123456789abcdef01234567", NOW);

        assertThat(store.claim("fd_1", "urn:entry:2", "run-b", NOW.plus(LEASE).plusSeconds(1), LEASE).claim())
                .isEqualTo(FeedStore.Claim.DONE);
        assertThat(store.entryState("fd_1", "urn:entry:2")).contains("DONE");
    }

    @Test
    void markFailed_leavesAClaimTakenOverByAnotherRunAlone() {
        store.claim("fd_1", "urn:entry:3", "run-a", NOW, LEASE);
        store.claim("fd_1", "urn:entry:3", "run-b", NOW.plus(LEASE).plusSeconds(1), LEASE);

        store.markFailed("fd_1", "urn:entry:3", "run-a", "late failure", NOW.plus(LEASE).plusSeconds(2), false);

        assertThat(store.entryState("fd_1", "urn:entry:3")).contains("CLAIMED");
    }

    @Test
    void claim_countsEarlierFailures_andAnEntryGivenUpIsNeverClaimedAgain() {
        store.claim("fd_1", "urn:entry:4", "run-a", NOW, LEASE);
        store.markFailed("fd_1", "urn:entry:4", "run-a", "refused", NOW, false);
        FeedStore.Claimed second = store.claim("fd_1", "urn:entry:4", "run-b", NOW, LEASE);
        store.markFailed("fd_1", "urn:entry:4", "run-b", "refused", NOW, true);

        assertThat(second).isEqualTo(new FeedStore.Claimed(FeedStore.Claim.CLAIMED, 1));
        assertThat(store.claim("fd_1", "urn:entry:4", "run-c", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isEqualTo(new FeedStore.Claimed(FeedStore.Claim.GAVE_UP, 2));
        assertThat(store.entryState("fd_1", "urn:entry:4")).contains("GAVE_UP");
    }
}

package dev.factcheck.store.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class FeedRegistryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final TestDynamoDb dynamoDb;
    private FeedRegistry registry;

    FeedRegistryTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        registry = new FeedRegistry(dynamoDb.client(), dynamoDb.createTables().name(FeedsSchema.TABLE_LOGICAL_ID));
    }

    @Test
    void register_isIdempotentByNormalisedUrl() {
        FeedRegistry.Registration first = registry.register("https://News.example/feed.xml", "News", NOW);
        FeedRegistry.Registration again = registry.register("https://news.example:443/feed.xml#top", null, NOW.plusSeconds(5));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.feed()).isEqualTo(first.feed());
        assertThat(registry.list()).containsExactly(first.feed());
    }

    @Test
    void delete_removesTheFeed_andAnswersFalseWhenItWasNotRegistered() {
        Feed feed = registry.register("https://news.example/rss", null, NOW).feed();

        assertThat(registry.delete(feed.id())).isTrue();
        assertThat(registry.delete(feed.id())).isFalse();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void recordRun_keepsValidators_unlessTheRunAdvancesThem() {
        Feed feed = registry.register("https://news.example/rss", null, NOW).feed();
        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "ok", null, 3, 3, 0, 0,
                new FeedRegistry.Validators("\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT")));
        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW.plusSeconds(60), "partial", "1 entry failed", 3, 0, 2, 1, null));

        Feed stored = registry.get(feed.id()).orElseThrow();
        assertThat(stored.etag()).isEqualTo("\"v1\"");
        assertThat(stored.lastModified()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
        assertThat(stored.lastRun().status()).isEqualTo("partial");
        assertThat(stored.lastRun().error()).isEqualTo("1 entry failed");
        assertThat(stored.totalNew()).isEqualTo(3);
        assertThat(stored.totalFailed()).isEqualTo(1);
    }

    @Test
    void recordRun_doesNotRecreateAFeedDeletedDuringTheRun() {
        Feed feed = registry.register("https://news.example/rss", null, NOW).feed();
        registry.delete(feed.id());

        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "ok", null, 0, 0, 0, 0, null));

        assertThat(registry.get(feed.id())).isEmpty();
    }

    @Test
    void recordRun_showsTheParkedEntriesOfTheLastFetch_keepsThemWhenNothingWasFetched_andShowsAtMostTwenty() {
        Feed feed = registry.register("https://news.example/rss", null, NOW).feed();
        List<Feed.ParkedEntry> parked = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            parked.add(new Feed.ParkedEntry("urn:e:" + i, "https://news.example/" + i, 3, "page fetch: timed out", NOW));
        }

        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "partial", null, 25, 0, 0, 0, null, parked));
        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "not_modified", null, 0, 0, 0, 0, null));

        Feed stored = registry.get(feed.id()).orElseThrow();
        assertThat(stored.parked()).hasSize(FeedsSchema.MAX_PARKED_SHOWN).startsWith(parked.getFirst());

        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "ok", null, 0, 0, 0, 0, null, List.of()));

        assertThat(registry.get(feed.id()).orElseThrow().parked()).isEmpty();
    }

    @Test
    void register_keepsTheAllowedDomains_andAFeedRegisteredWithoutAnyAllowsNone() {
        Feed aggregator = registry.register("https://digest.example/rss", "Digest", List.of("wire.example", "news.example.org"), NOW).feed();
        Feed own = registry.register("https://news.example/rss", null, NOW).feed();

        assertThat(registry.get(aggregator.id()).orElseThrow().allowedDomains()).containsExactly("wire.example", "news.example.org");
        assertThat(registry.get(own.id()).orElseThrow().allowedDomains()).isEmpty();
    }

    @Test
    void change_replacesNameAndAllowedDomainsInPlace_keepingRunsAndCreation_andDropsTheValidatorsWithTheDomains() {
        Feed feed = registry.register("https://digest.example/rss", "Digest", List.of("wire.example"), NOW).feed();
        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "ok", null, 2, 2, 0, 0,
                new FeedRegistry.Validators("\"v1\"", null)));

        Feed changed = registry.change(feed.id(), new FeedRegistry.Change(true, "Morning digest",
                List.of("wire.example", "agency.example"))).orElseThrow();

        assertThat(changed.name()).isEqualTo("Morning digest");
        assertThat(changed.allowedDomains()).containsExactly("wire.example", "agency.example");
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(changed.etag()).as("the next run fetches the feed whole").isNull();
        assertThat(changed.totalNew()).isEqualTo(2);
        assertThat(registry.get(feed.id())).contains(changed);
    }

    @Test
    void change_ofTheNameAlone_keepsTheValidators() {
        Feed feed = registry.register("https://digest.example/rss", "Digest", NOW).feed();
        registry.recordRun(feed.id(), new FeedRegistry.FeedRun(NOW, "ok", null, 2, 2, 0, 0,
                new FeedRegistry.Validators("\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT")));

        Feed renamed = registry.change(feed.id(), new FeedRegistry.Change(true, "Evening digest", null)).orElseThrow();

        assertThat(renamed.etag()).isEqualTo("\"v1\"");
        assertThat(renamed.lastModified()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
    }

    @Test
    void change_leavesWhatItDoesNotName_andRemovesANameOrTheDomainsWhenGivenNoneOrEmpty() {
        Feed feed = registry.register("https://digest.example/rss", "Digest", List.of("wire.example"), NOW).feed();

        Feed domainsOnly = registry.change(feed.id(), new FeedRegistry.Change(false, null, List.of())).orElseThrow();
        Feed nameRemoved = registry.change(feed.id(), new FeedRegistry.Change(true, null, null)).orElseThrow();

        assertThat(domainsOnly.name()).isEqualTo("Digest");
        assertThat(domainsOnly.allowedDomains()).isEmpty();
        assertThat(nameRemoved.name()).isNull();
        assertThat(nameRemoved.allowedDomains()).isEmpty();
    }

    @Test
    void change_ofAFeedNotRegistered_isEmpty_andCreatesNothing() {
        assertThat(registry.change(FeedIds.of("https://nowhere.example/rss"),
                new FeedRegistry.Change(true, "Ghost", List.of("wire.example")))).isEmpty();
        assertThat(registry.list()).isEmpty();
    }
}

package dev.factcheck.ingest;

import static dev.factcheck.ingest.Fixtures.fullTextItem;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.runtime.wiring.DynamoDbClients;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.FaultProxy;
import dev.factcheck.testing.FaultProxy.Fault;
import dev.factcheck.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A feed run while DynamoDB throttles, fails and drops connections (a {@link FaultProxy} in front of
 * it, the feed worker's own client behind): no entry is lost or stored twice, and the runs that follow,
 * one schedule interval apart, resume where the faults stopped it.
 */
@ExtendWith(DynamoDbExtension.class)
class FeedRunFaultsTest {

    private static final int ENTRIES = 6;
    /** The schedule's default interval (template.yaml's IngestSchedule). */
    private static final Duration NEXT_RUN = Duration.ofMinutes(15);

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private TestDynamoDb database;
    private TestDynamoDb.Tables tables;
    private FaultProxy faults;
    private Fixtures fixtures;

    FeedRunFaultsTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void aFeedOfFullTextEntries() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= ENTRIES; i++) {
            items.add(fullTextItem("e" + i, server.url("/article/" + i), "<p>Revenue rose " + i + "% to $" + (i * 10)
                    + " million in 2025, the company said.</p>"));
        }
        server.on("/feed.xml", 200, "application/rss+xml", rss(items.toArray(String[]::new)));
        behindAFaultProxy(dynamoDb);
    }

    /** Fresh tables on {@code server}, and the worker's stores over them through a new fault proxy. */
    private void behindAFaultProxy(TestDynamoDb server) {
        if (faults != null) {
            faults.close();
        }
        database = server;
        tables = server.createTables();
        faults = FaultProxy.start(server.functionEndpoint());
        fixtures = new Fixtures(tables,
                tables.clientOf("FeedWorkerFunction", faults.endpoint(), DynamoDbClients::withFunctionSettings), clock);
    }

    @AfterEach
    void stop() {
        faults.close();
        server.close();
    }

    private FeedReport run(Feed feed) {
        FeedReport report = new FeedIngester(fixtures.feeds, fixtures.ledger, fixtures.articles, fixtures.http(), clock)
                .ingestFeed(fixtures.feeds.get(feed.id()).orElseThrow(), () -> 120_000, UUID.randomUUID().toString(),
                        new JsonLog("test", null));
        clock.advance(NEXT_RUN);
        return report;
    }

    /** Every entry DONE, each with its one article, and no other item in the articles table. */
    private void assertEveryEntryStoredOnce(Feed feed) {
        for (int i = 1; i <= ENTRIES; i++) {
            assertThat(fixtures.ledger.entry(feed.id(), "e" + i)).as("entry e" + i).get()
                    .extracting(EntryLedger.Entry::state).isEqualTo(EntryLedger.State.DONE);
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        database.client().scanPaginator(r -> r.tableName(tables.name(ArticlesSchema.TABLE_LOGICAL_ID)).consistentRead(true))
                .items().forEach(items::add);
        assertThat(items).hasSize(ENTRIES).allSatisfy(item -> assertThat(item.get("sk").s()).isEqualTo("HEAD"));
        ArticleStore operator = new ArticleStore(database.client(), tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
        assertThat(operator.list(100, null).articles()).extracting(a -> a.url())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, ENTRIES)
                        .mapToObj(i -> server.url("/article/" + i)).toList());
    }

    @Test
    void aRunWithTransientFaults_ingestsEveryEntryOnce() {
        Feed feed = fixtures.feeds.register(server.url("/feed.xml"), null, clock.instant()).feed();
        faults.inject("BatchGetItem", Fault.THROTTLED, 1)
                .inject("PutItem", 1, Fault.RESET, 1)
                .inject("UpdateItem", 1, Fault.SERVER_ERROR, 2)
                .inject("GetItem", Fault.THROTTLING_EXCEPTION, 2)
                .inject("Query", 2, Fault.ANSWER_AFTER_TIMEOUT, 1);

        FeedReport report = run(feed);

        assertThat(faults.injected()).hasSize(7);
        assertThat(report.failed()).isEmpty();
        assertThat(report.created()).isEqualTo(ENTRIES);
        assertEveryEntryStoredOnce(feed);
    }

    @Test
    void runsStoppedByFaultsPastTheRetries_loseNothing_andTheNextRunsResume() {
        Feed feed = fixtures.feeds.register(server.url("/feed.xml"), null, clock.instant()).feed();
        // Run 1: the third entry's claim cannot be written at all (the first two entries write a claim and an article each).
        faults.inject("PutItem", 4, Fault.THROTTLED, 4);
        FeedReport first = run(feed);
        // Run 2: an article is stored but its entry cannot be marked done.
        faults.heal().inject("UpdateItem", Fault.SERVER_ERROR, 4);
        FeedReport second = run(feed);
        faults.heal();
        FeedReport third = run(feed);
        FeedReport fourth = run(feed);

        assertThat(faults.injected()).hasSize(8);
        assertThat(first.failed()).isNotEmpty();
        assertThat(second.failed()).isNotEmpty();
        assertThat(third.failed()).isEmpty();
        assertThat(fourth.failed()).isEmpty();
        assertEveryEntryStoredOnce(feed);
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().lastRun().status()).isEqualTo("ok");
    }

    @Test
    void anEntryWhoseArticleDynamoDbRefusesRunAfterRun_isNeverParked_andIsStoredOnceDynamoDbRecovers() {
        Feed feed = fixtures.feeds.register(server.url("/feed.xml"), null, clock.instant()).feed();
        List<FeedReport> throttled = new ArrayList<>();
        for (int run = 1; run <= EntryLedger.MAX_ATTEMPTS + 1; run++) {
            // Each run's first entry is claimed, then its article's write is throttled past the retries.
            faults.heal().inject("PutItem", 1, Fault.THROTTLED, 4);
            throttled.add(run(feed));
        }
        faults.heal();
        FeedReport recovered = run(feed);

        assertThat(throttled).allSatisfy(report -> assertThat(report.failed()).singleElement()
                .satisfies(failure -> assertThat(failure.reason()).doesNotContain("parked")));
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().parked()).isEmpty();
        assertThat(recovered.failed()).isEmpty();
        assertEveryEntryStoredOnce(feed);
    }

    @Test
    void aRunCutShortByACrashOfDynamoDb_losesNothing_andTheRunsAfterTheRestartResume(@TempDir Path data) {
        try (TestDynamoDb onDisk = TestDynamoDb.onDisk(data)) {
            behindAFaultProxy(onDisk);
            Feed feed = fixtures.feeds.register(server.url("/feed.xml"), null, clock.instant()).feed();
            // Claim e1, store e1, claim e2; then the server dies as e2's article is written.
            faults.before("PutItem", 3, onDisk::killServer);

            FeedReport crashed = run(feed);
            onDisk.restartServer();
            FeedReport resumed = run(feed);
            FeedReport after = run(feed);

            assertThat(crashed.failed()).isNotEmpty();
            assertThat(resumed.failed()).isEmpty();
            assertThat(after.failed()).isEmpty();
            assertEveryEntryStoredOnce(feed);
        }
    }

    /** A clock the test moves forward, as time passes between scheduled runs. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

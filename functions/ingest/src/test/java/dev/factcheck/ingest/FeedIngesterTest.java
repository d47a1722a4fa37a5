package dev.factcheck.ingest;

import dev.factcheck.runtime.logging.JsonLog;

import static dev.factcheck.ingest.Fixtures.fullTextItem;
import static dev.factcheck.ingest.Fixtures.linkItem;
import static dev.factcheck.ingest.Fixtures.page;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;

@ExtendWith(DynamoDbExtension.class)
class FeedIngesterTest {

    private static final String ETAG = "\"feed-v1\"";
    private static final String LAST_MODIFIED = "Sat, 28 Nov 2026 10:00:00 GMT";
    private static final LongSupplier PLENTY_OF_TIME = () -> 120_000;

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();
    private Fixtures fixtures;

    FeedIngesterTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void fresh() {
        fixtures = new Fixtures(dynamoDb);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RunReport run() {
        return run(PLENTY_OF_TIME);
    }

    private RunReport run(LongSupplier remaining) {
        return fixtures.ingester().run(remaining, UUID.randomUUID().toString(), new JsonLog("test", null));
    }

    private Feed register(String path) {
        return fixtures.feeds.register(server.url(path), null, Instant.now()).feed();
    }

    /** A feed that honours conditional GET with a fixed ETag and Last-Modified. */
    private void conditionalFeed(String path, String body) {
        server.on(path, exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            exchange.getResponseHeaders().set("ETag", ETAG);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (ETAG.equals(ifNoneMatch)) {
                LoopbackServer.send(exchange, 304, null, "");
            } else {
                LoopbackServer.send(exchange, 200, "application/rss+xml; charset=utf-8", body);
            }
        });
    }

    private void pages(int count) {
        for (int i = 1; i <= count; i++) {
            server.on("/article/" + i, 200, "text/html; charset=utf-8", page("Revenue rose " + i + "% to $" + (i * 10) + " million in 2025."));
        }
    }

    @Test
    void firstRun_ingestsEveryEntry_andSecondRun_ingestsNone_sendingTheValidators() {
        pages(2);
        conditionalFeed("/feed.xml", rss(linkItem("e1", server.url("/article/1")), linkItem("e2", "/article/2"),
                fullTextItem("e3", server.url("/article/3"), "<p>Exports fell 3% to $12 billion.</p>")));
        Feed feed = register("/feed.xml");

        RunReport first = run();

        assertThat(first.feeds()).isEqualTo(1);
        assertThat(first.fetched()).isEqualTo(3);
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.failed()).isEmpty();
        assertThat(fixtures.storedArticles()).isEqualTo(3);
        assertThat(server.requestsTo("/article/3")).as("full text came from the feed").isEmpty();
        Feed afterFirst = fixtures.feeds.get(feed.id()).orElseThrow();
        assertThat(afterFirst.etag()).isEqualTo(ETAG);
        assertThat(afterFirst.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(afterFirst.lastRun().created()).isEqualTo(3);

        RunReport second = run();

        assertThat(second.created()).isZero();
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(fixtures.storedArticles()).isEqualTo(3);
        LoopbackServer.Request conditional = server.requestsTo("/feed.xml").getLast();
        assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo(ETAG);
        assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(fixtures.articleStore.list(10, null).articles())
                .extracting(a -> a.publishedAt().toString()).containsOnly("2026-11-27");
    }

    @Test
    void secondRun_ofAFeedWithoutValidators_ingestsNothingTwice() {
        pages(2);
        server.on("/plain.xml", 200, "text/xml", rss(linkItem("e1", server.url("/article/1")), linkItem("e2", server.url("/article/2"))));
        register("/plain.xml");

        run();
        RunReport second = run();

        assertThat(second.created()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(server.requestsTo("/article/1")).hasSize(1);
        assertThat(fixtures.storedArticles()).isEqualTo(2);
    }

    @Test
    void feedAnswering500_doesNotStopAnotherFeed() {
        pages(1);
        server.on("/broken.xml", 500, "text/plain", "internal error");
        server.on("/good.xml", 200, "application/rss+xml", rss(linkItem("g1", server.url("/article/1"))));
        Feed broken = register("/broken.xml");
        register("/good.xml");

        RunReport report = run();

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).containsExactly(new RunReport.Failure(server.url("/broken.xml"), "feed fetch: answered HTTP 500"));
        Feed stored = fixtures.feeds.get(broken.id()).orElseThrow();
        assertThat(stored.lastRun().status()).isEqualTo("failed");
        assertThat(stored.lastRun().error()).isEqualTo("feed fetch: answered HTTP 500");
    }

    @Test
    void malformedFeed_isReported_andOtherFeedsRun() {
        pages(1);
        server.on("/malformed.xml", 200, "application/rss+xml", "<rss><channel><item><title>unclosed");
        server.on("/good.xml", 200, "application/rss+xml", rss(linkItem("g1", server.url("/article/1"))));
        register("/malformed.xml");
        register("/good.xml");

        RunReport report = run();

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.url()).isEqualTo(server.url("/malformed.xml"));
            assertThat(failure.reason()).startsWith("malformed feed: not well-formed XML");
        });
    }

    @Test
    void entriesLinkingToMetadataOrPrivateAddresses_orRedirectingThere_areRefused_withoutConnecting() {
        pages(1);
        server.on("/hop", exchange -> LoopbackServer.redirect(exchange, "http://169.254.169.254/latest/meta-data/iam/"));
        server.on("/hop-private", exchange -> LoopbackServer.redirect(exchange, "http://10.0.0.1/internal"));
        server.on("/feed.xml", 200, "application/rss+xml", rss(
                linkItem("metadata", "http://169.254.169.254/latest/meta-data/"),
                linkItem("private", "http://192.168.0.10/admin"),
                linkItem("redirect", server.url("/hop")),
                linkItem("redirect-private", server.url("/hop-private")),
                linkItem("file", "file:///etc/passwd"),
                linkItem("good", server.url("/article/1"))));
        // The feed may claim those hosts' URLs (FeedSite): what refuses them here is the fetcher's address policy.
        Feed feed = fixtures.feeds.register(server.url("/feed.xml"), null, List.of("169.254.169.254", "192.168.0.10"),
                Instant.now()).feed();

        RunReport report = run();

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).extracting(RunReport.Failure::reason).containsExactly(
                "page fetch: host resolves to a link-local address (parked)",
                "page fetch: host resolves to a private address (parked)",
                "page fetch: host resolves to a link-local address (parked)",
                "page fetch: host resolves to a private address (parked)",
                "page fetch: only http and https URLs are fetched (parked)");
        assertThat(fixtures.dialled).allSatisfy(address -> assertThat(address.getAddress().isLoopbackAddress()).isTrue());
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().lastRun().status()).isEqualTo("partial");
        assertThat(fixtures.ledger.entryState(feed.id(), "metadata")).contains("PARKED");

        RunReport second = run();
        assertThat(second.failed()).as("refused entries are not tried again").isEmpty();
        assertThat(second.duplicates()).isEqualTo(1);
    }

    @Test
    void entryFailingItsLastAttempt_isParked_andNoLongerHoldsTheFeedsValidatorsBack() {
        server.on("/article/down", 503, "text/plain", "busy");
        conditionalFeed("/feed.xml", rss(linkItem("down", server.url("/article/down"))));
        Feed feed = register("/feed.xml");

        for (int attempt = 1; attempt < EntryLedger.MAX_ATTEMPTS; attempt++) {
            assertThat(run().failed()).singleElement().extracting(RunReport.Failure::reason).isEqualTo("page fetch: answered HTTP 503");
            assertThat(fixtures.feeds.get(feed.id()).orElseThrow().etag()).isNull();
        }
        assertThat(run().failed()).singleElement().extracting(RunReport.Failure::reason)
                .isEqualTo("page fetch: answered HTTP 503 (parked)");

        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().etag()).isEqualTo(ETAG);
        assertThat(server.requestsTo("/article/down")).hasSize(EntryLedger.MAX_ATTEMPTS);
        assertThat(run().notModified()).isEqualTo(1);
    }

    @Test
    void failedEntry_isRetriedNextRun_andTheFeedIsNotSkippedByItsValidators() {
        pages(1);
        AtomicInteger attempts = new AtomicInteger();
        server.on("/article/flaky", exchange -> {
            if (attempts.incrementAndGet() == 1) {
                LoopbackServer.send(exchange, 503, "text/plain", "busy");
            } else {
                LoopbackServer.send(exchange, 200, "text/html", page("Sales grew 7% to $3 billion."));
            }
        });
        conditionalFeed("/feed.xml", rss(linkItem("ok", server.url("/article/1")), linkItem("flaky", server.url("/article/flaky"))));
        Feed feed = register("/feed.xml");

        RunReport first = run();

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.failed()).containsExactly(new RunReport.Failure(server.url("/article/flaky"), "page fetch: answered HTTP 503"));
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().etag()).as("validators do not advance past a failed entry").isNull();

        RunReport second = run();

        assertThat(server.requestsTo("/feed.xml").getLast().headers().getFirst("If-None-Match")).isNull();
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(second.failed()).isEmpty();
        assertThat(fixtures.storedArticles()).isEqualTo(2);
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().etag()).isEqualTo(ETAG);
    }

    @Test
    void overlappingRuns_createNoDuplicate() throws Exception {
        int entries = 6;
        CountDownLatch bothStarted = new CountDownLatch(2);
        // The first page each run fetches waits for the other run's: both runs are then provably
        // fetching at the same time, each holding a claim the other must respect.
        CountDownLatch bothFetching = new CountDownLatch(2);
        AtomicBoolean fetchedAlone = new AtomicBoolean();
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= entries; i++) {
            int n = i;
            items.add(linkItem("o" + i, server.url("/slow/" + i)));
            server.on("/slow/" + i, exchange -> {
                bothFetching.countDown();
                try {
                    if (!bothFetching.await(10, TimeUnit.SECONDS)) {
                        fetchedAlone.set(true);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LoopbackServer.send(exchange, 200, "text/html", page("Output rose " + n + "% in 2025."));
            });
        }
        String feedBody = rss(items.toArray(String[]::new));
        server.on("/feed.xml", exchange -> {
            bothStarted.countDown();
            try {
                bothStarted.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(exchange, 200, "application/rss+xml", feedBody);
        });
        register("/feed.xml");

        // Two threads of their own: the common pool has a single worker on a 2-core machine, which would
        // run the two "overlapping" runs one after the other.
        ExecutorService runners = Executors.newFixedThreadPool(2);
        RunReport a;
        RunReport b;
        try {
            CompletableFuture<RunReport> one = CompletableFuture.supplyAsync(this::run, runners);
            CompletableFuture<RunReport> two = CompletableFuture.supplyAsync(this::run, runners);
            a = one.get(60, TimeUnit.SECONDS);
            b = two.get(60, TimeUnit.SECONDS);
        } finally {
            runners.shutdownNow();
        }

        assertThat(fetchedAlone).as("a page was fetched while the other run fetched none").isFalse();
        assertThat(a.created() + b.created()).isEqualTo(entries);
        assertThat(fixtures.storedArticles()).isEqualTo(entries);
        for (int i = 1; i <= entries; i++) {
            assertThat(server.requestsTo("/slow/" + i)).as("page %d fetched once", i).hasSize(1);
        }
        assertThat(a.failed()).isEmpty();
        assertThat(b.failed()).isEmpty();

        RunReport third = run();
        assertThat(third.created()).isZero();
        assertThat(third.duplicates()).isEqualTo(entries);
    }

    @Test
    void runOutOfTime_leavesTheRestForTheNextRun() {
        pages(5);
        conditionalFeed("/feed.xml", rss(linkItem("t1", server.url("/article/1")), linkItem("t2", server.url("/article/2")),
                linkItem("t3", server.url("/article/3")), linkItem("t4", server.url("/article/4")),
                linkItem("t5", server.url("/article/5"))));
        Feed feed = register("/feed.xml");
        // The feed and two entries start with time to spare; then less than the 10 s reserve is left.
        AtomicInteger asked = new AtomicInteger();
        LongSupplier running = () -> asked.incrementAndGet() <= 3 ? 60_000 : 9_999;

        RunReport first = run(running);

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.deferred()).isEqualTo(3);
        assertThat(fixtures.storedArticles()).isEqualTo(2);
        assertThat(server.requestsTo("/article/3")).isEmpty();
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().etag()).isNull();

        RunReport second = run();

        assertThat(second.created()).isEqualTo(3);
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(fixtures.storedArticles()).isEqualTo(5);
    }

    @Test
    void runWithLessThanTheReserve_startsNothing() {
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("x", server.url("/article/1"))));
        register("/feed.xml");

        RunReport report = run(() -> 9_000);

        assertThat(report.feeds()).isZero();
        assertThat(report.deferred()).isEqualTo(1);
        assertThat(server.requests()).isEmpty();
    }
}

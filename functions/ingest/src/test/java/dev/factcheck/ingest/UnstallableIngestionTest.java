package dev.factcheck.ingest;

import static dev.factcheck.ingest.Fixtures.linkItem;
import static dev.factcheck.ingest.Fixtures.page;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.ingest.text.MainText;
import dev.factcheck.ingest.text.PageExtractor;
import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14's "ingestion that cannot be stalled", against real loopback servers: whatever one entry
 * does (throw an Error, hang, drip bytes, stall a TLS handshake, crash the run) it costs an attempt,
 * is parked after {@value EntryLedger#MAX_ATTEMPTS}, and the feed's other entries go on. Outcomes are
 * asserted (attempts, parked state, order), never durations.
 */
@ExtendWith(DynamoDbExtension.class)
class UnstallableIngestionTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();
    private final List<Socket> stalled = new CopyOnWriteArrayList<>();
    private Fixtures fixtures;

    UnstallableIngestionTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void fresh() {
        fixtures = new Fixtures(dynamoDb);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        for (Socket socket : stalled) {
            socket.close();
        }
    }

    private static RunReport run(FeedIngester ingester) {
        return ingester.run(() -> 120_000, UUID.randomUUID().toString(), new JsonLog("test", null));
    }

    private Feed register(String path) {
        return fixtures.feeds.register(server.url(path), null, Instant.now()).feed();
    }

    private int attempts(Feed feed, String entry) {
        return fixtures.ledger.entry(feed.id(), entry).orElseThrow().attempts();
    }

    /** Reads pages as production does, except those holding a marker, which end in a real Error. */
    private static final PageExtractor EXPLODING = (body, charset) -> {
        String html = new String(body, StandardCharsets.UTF_8);
        if (html.contains("STACK-OVERFLOW")) {
            return recurse(0);
        }
        if (html.contains("OUT-OF-MEMORY")) {
            long[] tooLarge = new long[Integer.MAX_VALUE];
            return new MainText.Page(null, String.valueOf(tooLarge.length));
        }
        return MainText.ofPage(body, charset);
    };

    private static MainText.Page recurse(int depth) {
        MainText.Page deeper = recurse(depth + 1);
        return deeper == null ? new MainText.Page(null, Integer.toString(depth)) : deeper;
    }

    @Test
    void entriesThrowingErrors_countAnAttemptEachRun_areParkedAfterTheLast_andTheOtherEntriesAreIngested() {
        server.on("/article/stack", 200, "text/html", "<html><body><p>STACK-OVERFLOW</p></body></html>");
        server.on("/article/memory", 200, "text/html", "<html><body><p>OUT-OF-MEMORY</p></body></html>");
        server.on("/article/good", 200, "text/html", page("Exports rose 4% to $9 billion in 2025."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("stack", server.url("/article/stack")),
                linkItem("memory", server.url("/article/memory")), linkItem("good", server.url("/article/good"))));
        Feed feed = register("/feed.xml");
        FeedIngester ingester = fixtures.ingester(10_000, EXPLODING, GENEROUS);

        RunReport first = run(ingester);

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.failed()).extracting(RunReport.Failure::reason)
                .containsExactly("entry failed (StackOverflowError)", "entry failed (OutOfMemoryError)");
        assertThat(attempts(feed, "stack")).isEqualTo(1);
        for (int attempt = 2; attempt <= EntryLedger.MAX_ATTEMPTS; attempt++) {
            run(ingester);
            assertThat(attempts(feed, "stack")).isEqualTo(attempt);
            assertThat(attempts(feed, "memory")).isEqualTo(attempt);
        }
        assertThat(fixtures.ledger.entryState(feed.id(), "stack")).contains("PARKED");
        assertThat(fixtures.ledger.entryState(feed.id(), "memory")).contains("PARKED");

        RunReport afterParking = run(ingester);

        assertThat(afterParking.failed()).as("parked entries are not tried again").isEmpty();
        assertThat(server.requestsTo("/article/stack")).hasSize(EntryLedger.MAX_ATTEMPTS);
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().parked())
                .extracting(Feed.ParkedEntry::entry, Feed.ParkedEntry::attempts, Feed.ParkedEntry::error)
                .containsExactlyInAnyOrder(
                        tuple("stack", 3, "entry failed (StackOverflowError)"),
                        tuple("memory", 3, "entry failed (OutOfMemoryError)"));
        assertThat(fixtures.storedArticles()).isEqualTo(1);
    }

    @Test
    void hangingPage_isAbandonedAtTheEntryBudget_countsAnAttempt_andTheNextEntryIsIngested() {
        server.on("/article/hang", exchange -> {
            try {
                Thread.sleep(Duration.ofMinutes(5));
            } catch (InterruptedException closing) {
                Thread.currentThread().interrupt();
            }
        });
        server.on("/article/good", 200, "text/html", page("Imports fell 2% to $5 billion in 2025."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("hang", server.url("/article/hang")),
                linkItem("good", server.url("/article/good"))));
        Feed feed = register("/feed.xml");
        // The fetch alone would wait a minute: the entry's own budget ends it first.
        FeedIngester ingester = fixtures.ingester(60_000, MainText::ofPage, Duration.ofMillis(500));

        RunReport report = run(ingester);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).singleElement().isEqualTo(new RunReport.Failure(server.url("/article/hang"), "timed out after 500 ms"));
        assertThat(attempts(feed, "hang")).isEqualTo(1);
        assertThat(fixtures.ledger.entryState(feed.id(), "hang")).contains("FAILED");
    }

    @Test
    void slowDripPage_isCutOffByTheFetchDeadline_andCountsAnAttempt() {
        server.on("/article/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try {
                for (int i = 0; i < 3_000; i++) {
                    exchange.getResponseBody().write('<');
                    exchange.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException clientGone) {
                // The fetch gave up: stop dripping.
            }
        });
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("drip", server.url("/article/drip"))));
        Feed feed = register("/feed.xml");

        RunReport report = run(fixtures.ingester(800, MainText::ofPage, GENEROUS));

        assertThat(report.failed()).singleElement().extracting(RunReport.Failure::reason).isEqualTo("page fetch: timed out after 800 ms");
        assertThat(attempts(feed, "drip")).isEqualTo(1);
    }

    @Test
    void stalledTlsHandshake_isCutOffByTheFetchDeadline_andCountsAnAttempt() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        stalled.add(silent.accept()); // accepts, never answers the ClientHello
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            String link = "https://127.0.0.1:" + silent.getLocalPort() + "/story";
            server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("tls", link)));
            Feed feed = register("/feed.xml");

            RunReport report = run(fixtures.ingester(800, MainText::ofPage, GENEROUS));

            assertThat(report.failed()).singleElement().isEqualTo(new RunReport.Failure(link, "page fetch: timed out after 800 ms"));
            assertThat(attempts(feed, "tls")).isEqualTo(1);
            assertThat(stalled).as("the handshake was reached").isNotEmpty();
        }
    }

    @Test
    void deeplyNestedPage_isIngested_andADeeplyNestedFeedFailsAlone() {
        server.on("/article/deep", 200, "text/html", "<html><body>" + "<div>".repeat(100_000)
                + "<p>Exports rose 4% to $9 billion in 2025.</p>" + "</div>".repeat(100_000) + "</body></html>");
        server.on("/good.xml", 200, "application/rss+xml", rss(linkItem("deep", server.url("/article/deep"))));
        server.on("/deep.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<item>".repeat(100_000) + "</item>".repeat(100_000) + "</channel></rss>");
        register("/deep.xml");
        register("/good.xml");

        RunReport report = run(fixtures.ingester());

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).singleElement().isEqualTo(new RunReport.Failure(server.url("/deep.xml"),
                "malformed feed: XML nested deeper than 100 elements"));
        String id = fixtures.articleStore.list(10, null).articles().getFirst().id();
        assertThat(fixtures.articles.current(id).orElseThrow().article().text()).isEqualTo("Exports rose 4% to $9 billion in 2025.");
    }

    @Test
    void runsThatDieMidEntry_eachCountAnAttempt_andTheEntryIsParkedAsAbandoned_withoutFetchingItAgain() {
        server.on("/article/crash", 200, "text/html", page("Output rose 1% in 2025."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("crash", server.url("/article/crash"))));
        Feed feed = register("/feed.xml");
        Instant at = Instant.now().minus(Duration.ofHours(1));
        for (int crash = 1; crash <= EntryLedger.MAX_ATTEMPTS; crash++) {
            // A run claims the entry and dies (OOM-killed, timed out): it never reports, its lease runs out.
            fixtures.ledger.claim(feed.id(), "crash", "dead-run-" + crash, at, Duration.ofMinutes(1));
            at = at.plus(Duration.ofMinutes(2));
        }

        RunReport report = run(fixtures.ingester());

        assertThat(report.created()).isZero();
        assertThat(server.requestsTo("/article/crash")).isEmpty();
        assertThat(fixtures.ledger.entry(feed.id(), "crash").orElseThrow().lastError()).isEqualTo(EntryLedger.ABANDONED);
        assertThat(fixtures.feeds.get(feed.id()).orElseThrow().parked()).extracting(Feed.ParkedEntry::entry).containsExactly("crash");
    }

    @Test
    void entriesAreTakenOldestFirst_andAnEntryThatFailedGoesBehindTheOthers() {
        AtomicInteger oldestAnswers = new AtomicInteger();
        server.on("/article/oldest", exchange -> {
            if (oldestAnswers.incrementAndGet() == 1) {
                LoopbackServer.send(exchange, 503, "text/plain", "busy");
            } else {
                LoopbackServer.send(exchange, 200, "text/html", page("Profit rose 3% to $2 billion in 2025."));
            }
        });
        for (String name : List.of("middle", "newest", "later")) {
            server.on("/article/" + name, 200, "text/html", page("Sales of " + name + " rose 5% in 2025."));
        }
        AtomicReference<String> feedBody = new AtomicReference<>(rss(
                dated("newest", "Thu, 26 Nov 2026 10:00:00 GMT"), dated("oldest", "Mon, 23 Nov 2026 10:00:00 GMT"),
                dated("middle", "Tue, 24 Nov 2026 10:00:00 GMT")));
        server.on("/feed.xml", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml", feedBody.get()));
        register("/feed.xml");
        FeedIngester ingester = fixtures.ingester();

        run(ingester);
        feedBody.set(rss(dated("later", "Fri, 27 Nov 2026 10:00:00 GMT"), dated("newest", "Thu, 26 Nov 2026 10:00:00 GMT"),
                dated("oldest", "Mon, 23 Nov 2026 10:00:00 GMT"), dated("middle", "Tue, 24 Nov 2026 10:00:00 GMT")));
        RunReport second = run(ingester);

        assertThat(server.requests()).extracting(LoopbackServer.Request::path).filteredOn(path -> path.startsWith("/article/"))
                .containsExactly("/article/oldest", "/article/middle", "/article/newest", "/article/later", "/article/oldest");
        assertThat(second.created()).isEqualTo(2);
    }

    private String dated(String name, String pubDate) {
        return "<item><title>Story " + name + "</title><link>" + server.url("/article/" + name) + "</link><guid isPermaLink=\"false\">"
                + name + "</guid><pubDate>" + pubDate + "</pubDate></item>";
    }
}

package dev.factcheck.ingest;

import static dev.factcheck.ingest.Fixtures.fullTextItem;
import static dev.factcheck.ingest.Fixtures.linkItem;
import static dev.factcheck.ingest.Fixtures.page;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.articles.ArticleIds;
import dev.factcheck.ingest.sites.FeedSite;
import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: feed items may only claim URLs of their own feed's site. Several "sites" are served by one
 * loopback server: the fetcher's resolver maps every {@code *.test} name to 127.0.0.1, so host names
 * differ as they would between real sites while no traffic leaves the machine.
 */
@ExtendWith(DynamoDbExtension.class)
class FeedSiteIngestionTest {

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();
    private Fixtures fixtures;
    private FeedIngester ingester;

    FeedSiteIngestionTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void fresh() {
        fixtures = new Fixtures(dynamoDb);
        ingester = fixtures.ingester(host -> {
            if (host.endsWith(".test")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(host);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A URL on {@code host} (a *.test name) served by the loopback server. */
    private String on(String host, String path) {
        return "http://" + host + ":" + server.port() + path;
    }

    private FeedReport ingest(Feed feed) {
        return ingester.ingestFeed(feed, () -> 120_000, UUID.randomUUID().toString(), new JsonLog("test", null));
    }

    @Test
    void hostileFeed_cannotSquatARealStorysUrl_andTheRealFeedThenStoresIt() {
        String story = on("www.realnews.test", "/story/1");
        server.on("/story/1", 200, "text/html", page("Acme cut 1,200 jobs in 2025, about 4% of its staff."));
        server.on("/squatter.xml", 200, "application/rss+xml",
                rss(fullTextItem("squat-1", story, "<p>Acme cut 90% of its staff.</p>")));
        server.on("/real.xml", 200, "application/rss+xml", rss(linkItem("real-1", story)));
        Feed squatter = fixtures.feeds.register(on("squatter.test", "/squatter.xml"), null, Instant.now()).feed();
        Feed real = fixtures.feeds.register(on("www.realnews.test", "/real.xml"), null, Instant.now()).feed();

        FeedReport hostile = ingest(squatter);

        assertThat(hostile.created()).isZero();
        assertThat(hostile.failed()).containsExactly(new RunReport.Failure(story, FeedSite.REFUSAL + " (parked)"));
        assertThat(fixtures.storedArticles()).isZero();
        assertThat(fixtures.ledger.entryState(squatter.id(), "squat-1")).contains("PARKED");
        assertThat(fixtures.feeds.get(squatter.id()).orElseThrow().parked()).extracting(Feed.ParkedEntry::error)
                .containsExactly(FeedSite.REFUSAL);

        FeedReport genuine = ingest(real);

        assertThat(genuine.created()).isEqualTo(1);
        assertThat(fixtures.articles.current(ArticleIds.of(story, "")).orElseThrow().article().text())
                .startsWith("Acme cut 1,200 jobs in 2025");
    }

    @Test
    void feedItems_mayClaimOtherHostsOfTheirOwnSite() {
        String story = on("video.realnews.test", "/clip/1");
        server.on("/clip/1", 200, "text/html", page("Revenue rose 3% to $2 billion in 2025."));
        server.on("/real.xml", 200, "application/rss+xml", rss(linkItem("clip-1", story)));
        Feed real = fixtures.feeds.register(on("feeds.realnews.test", "/real.xml"), null, Instant.now()).feed();

        assertThat(ingest(real).created()).isEqualTo(1);
    }

    @Test
    void aggregatorFeed_mayClaimTheDomainsItWasRegisteredWith_andNoOthers() {
        String allowed = on("www.wire.test", "/story/2");
        String other = on("www.elsewhere.test", "/story/3");
        server.on("/story/2", 200, "text/html", page("Exports fell 2% to $7 billion in 2025."));
        server.on("/story/3", 200, "text/html", page("Imports rose 6% to $8 billion in 2025."));
        server.on("/digest.xml", 200, "application/rss+xml", rss(linkItem("d-2", allowed), linkItem("d-3", other)));
        Feed digest = fixtures.feeds.register(on("digest.test", "/digest.xml"), "Digest", List.of("wire.test"), Instant.now()).feed();

        FeedReport report = ingest(digest);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.failed()).containsExactly(new RunReport.Failure(other, FeedSite.REFUSAL + " (parked)"));
        assertThat(server.requestsTo("/story/3")).as("a refused link is never fetched").isEmpty();
    }

    @Test
    void aRefusedEntry_isIngestedOnTheNextRun_onceTheFeedsAllowedDomainsTakeItsLinkIn() {
        String story = on("www.wire.test", "/story/4");
        String stranger = on("www.elsewhere.test", "/story/5");
        server.on("/story/4", 200, "text/html", page("Freight volumes rose 5% to 9 million tonnes in 2025."));
        server.on("/digest.xml", exchange -> {
            // Honours conditional GET: a feed whose validators were kept would answer 304 and never show the entry again.
            exchange.getResponseHeaders().set("ETag", "\"digest-v1\"");
            if ("\"digest-v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(exchange, 304, null, "");
            } else {
                LoopbackServer.send(exchange, 200, "application/rss+xml", rss(linkItem("d-4", story), linkItem("d-5", stranger)));
            }
        });
        Feed digest = fixtures.feeds.register(on("digest.test", "/digest.xml"), "Digest", Instant.now()).feed();
        assertThat(ingest(digest).failed()).hasSize(2);
        assertThat(ingest(fixtures.feeds.get(digest.id()).orElseThrow()).notModified()).as("validators kept between runs").isTrue();

        Feed widened = fixtures.feeds.change(digest.id(), new FeedRegistry.Change(false, null, List.of("wire.test"))).orElseThrow();
        FeedReport after = ingest(widened);

        assertThat(after.created()).isEqualTo(1);
        assertThat(after.failed()).as("the link still outside the site stays refused, quietly")
                .isEmpty();
        assertThat(fixtures.articles.current(ArticleIds.of(story, "")).orElseThrow().article().text()).startsWith("Freight volumes rose 5%");
        assertThat(fixtures.ledger.entryState(digest.id(), "d-4")).contains("DONE");
        assertThat(fixtures.ledger.entryState(digest.id(), "d-5")).contains("PARKED");
        assertThat(fixtures.feeds.get(digest.id()).orElseThrow().parked()).extracting(Feed.ParkedEntry::entry).containsExactly("d-5");
        assertThat(server.requestsTo("/story/5")).as("a refused link is never fetched").isEmpty();
    }
}

package dev.factcheck.ingest;

import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.ingest.fetch.AddressPolicy;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.text.PageExtractor;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.store.feeds.FeedsSchema;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocketFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Fresh tables, the stores over them, and a fetcher that may reach loopback only and records every connection. */
final class Fixtures {

    final FeedRegistry feeds;
    final EntryLedger ledger;
    final ArticleStore articleStore;
    final ArticleService articles;
    final List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();

    Fixtures(TestDynamoDb dynamoDb) {
        this(dynamoDb.createTables(), dynamoDb.client(), Clock.systemUTC());
    }

    /** The stores over {@code tables}, calling DynamoDB with {@code client} (a function's, say), and timed by {@code clock}. */
    Fixtures(TestDynamoDb.Tables tables, DynamoDbClient client, Clock clock) {
        feeds = new FeedRegistry(client, tables.name(FeedsSchema.TABLE_LOGICAL_ID));
        ledger = new EntryLedger(client, tables.name(FeedsSchema.TABLE_LOGICAL_ID));
        articleStore = new ArticleStore(client, tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
        articles = new ArticleService(new FactChecker(new FactStore(client, tables.name(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), articleStore, clock);
    }

    SafeHttpClient http() {
        return http(SafeHttpClient.Limits.DEFAULTS);
    }

    SafeHttpClient http(SafeHttpClient.Limits limits) {
        return http(limits, InetAddress::getAllByName);
    }

    SafeHttpClient http(SafeHttpClient.Limits limits, SafeHttpClient.Resolver resolver) {
        return new SafeHttpClient(new AddressPolicy(true), limits, resolver,
                (address, timeout) -> {
                    dialled.add(address);
                    if (!address.getAddress().isLoopbackAddress()) {
                        throw new AssertionError("a test tried to connect to " + address);
                    }
                    Socket socket = new Socket();
                    socket.connect(address, timeout);
                    return socket;
                }, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    FeedIngester ingester() {
        return new FeedIngester(feeds, ledger, articles, http(), Clock.systemUTC());
    }

    /** An ingester whose fetcher resolves host names with {@code resolver}. */
    FeedIngester ingester(SafeHttpClient.Resolver resolver) {
        return new FeedIngester(feeds, ledger, articles, http(SafeHttpClient.Limits.DEFAULTS, resolver), Clock.systemUTC());
    }

    /** An ingester whose fetches end after {@code fetchMillis}, whose pages are read by {@code pages}, each entry bounded by {@code entryBudget}. */
    FeedIngester ingester(int fetchMillis, PageExtractor pages, Duration entryBudget) {
        return new FeedIngester(feeds, ledger, articles, http(new SafeHttpClient.Limits(fetchMillis, fetchMillis, 5 * 1024 * 1024, 3)),
                pages, entryBudget, Clock.systemUTC());
    }

    int storedArticles() {
        return articleStore.list(100, null).articles().size();
    }

    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Loopback News</title><link>http://127.0.0.1/</link><description>test</description>
                %s
                </channel></rss>
                """.formatted(String.join("\n", items));
    }

    static String linkItem(String id, String link) {
        return "<item><title>Story " + id + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + id
                + "</guid><pubDate>Fri, 27 Nov 2026 08:30:00 GMT</pubDate></item>";
    }

    static String fullTextItem(String id, String link, String html) {
        return "<item><title>Story " + id + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + id
                + "</guid><pubDate>Fri, 27 Nov 2026 08:30:00 GMT</pubDate><content:encoded><![CDATA[" + html
                + "]]></content:encoded></item>";
    }

    static String page(String sentence) {
        return "<html><head><title>Page</title></head><body><nav>Home</nav><article><p>" + sentence
                + "</p><p>The figures were published on Thursday.</p></article></body></html>";
    }
}

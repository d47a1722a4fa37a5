package dev.factcheck.store.format;

import static dev.factcheck.store.format.FormatFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.articles.Article;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedIds;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.store.feeds.FeedsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The storage format: what this code writes reads back as it was (a round trip per stored item type),
 * every item carries its format version, the items under {@code src/test/resources/format/} still read
 * ({@code v1-unversioned}: written by the code before format versions existed; {@code v1}: the current
 * format), and this code still writes exactly the current fixture, so a change of format cannot slip in
 * without a new version and a new fixture.
 *
 * <p>Regenerate the current fixture after a deliberate format change (with a new version) by running this
 * class with {@code -Dfactcheck.writeFormatFixtures=true}; keep every older fixture.
 */
@ExtendWith(DynamoDbExtension.class)
class StorageFormatTest {

    private static final Path FIXTURES = Path.of("src/test/resources/format");
    private static final String[] TABLES = {"facts-table.json", "articles-table.json", "feeds-table.json"};

    private final TestDynamoDb dynamoDb;

    StorageFormatTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    private record Stores(DynamoDbClient client, String facts, String articles, String feeds) {

        FactStore factStore() {
            return new FactStore(client, facts);
        }

        ArticleStore articleStore() {
            return new ArticleStore(client, articles, "secret");
        }

        String table(String fixture) {
            return fixture.startsWith("facts") ? facts : fixture.startsWith("articles") ? articles : feeds;
        }
    }

    private Stores freshTables() {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        return new Stores(dynamoDb.client(), tables.name(FactsSchema.TABLE_LOGICAL_ID),
                tables.name(ArticlesSchema.TABLE_LOGICAL_ID), tables.name(FeedsSchema.TABLE_LOGICAL_ID));
    }

    /** The fixtures' story, written by this code. */
    private static void writeTheFixtureStory(Stores stores) {
        stores.factStore().upsert(List.of(entity()), List.of(metric()), List.of(fullFact(), bareFact()));
        stores.articleStore().createIfAbsent(article());
        FeedRegistry registry = new FeedRegistry(stores.client(), stores.feeds());
        String feedId = registry.register(FEED_URL, "Example News", NOW).feed().id();
        registry.recordRun(feedId, new FeedRegistry.FeedRun(NOW, "ok", null, 2, 1, 0, 1,
                new FeedRegistry.Validators("\"abc\"", "Sat, 28 Nov 2026 10:00:00 GMT")));
        EntryLedger ledger = new EntryLedger(stores.client(), stores.feeds());
        ledger.claim(feedId, ENTRY_DONE, "run-1", NOW, Duration.ofMinutes(10));
        ledger.markDone(feedId, ENTRY_DONE, ARTICLE_ID, NOW);
        ledger.claim(feedId, ENTRY_FAILED, "run-1", NOW, Duration.ofMinutes(10));
        ledger.markFailed(feedId, ENTRY_FAILED, "run-1", "page fetch: answered HTTP 500", NOW, false);
    }

    /** Every stored type reads back as the domain values of {@link FormatFixtures}. */
    private static void assertTheFixtureStoryReads(Stores stores) {
        FactStore facts = stores.factStore();
        assertThat(facts.catalog().catalog().entity("Acme")).contains(entity());
        assertThat(facts.catalog().catalog().metric("layoffs")).contains(metric());
        assertThat(facts.catalog().version()).isEqualTo("1");
        assertThat(facts.list("Acme", null, null)).containsExactly(fullFact(), bareFact());

        ArticleStore articles = stores.articleStore();
        assertThat(articles.get(ARTICLE_ID)).contains(article());
        assertThat(articles.list(10, null).articles()).singleElement().satisfies(listing -> {
            assertThat(listing.id()).isEqualTo(ARTICLE_ID);
            assertThat(listing.title()).isEqualTo(article().article().title());
            assertThat(listing.counts()).containsEntry(Verdict.SUPPORTED, 1).containsEntry(Verdict.UNVERIFIED, 1)
                    .containsEntry(Verdict.CONTRADICTED, 0).containsEntry(Verdict.OUTDATED, 0);
        });

        String feedId = FeedIds.of(FEED_URL);
        Feed feed = new FeedRegistry(stores.client(), stores.feeds()).get(feedId).orElseThrow();
        assertThat(feed.url()).isEqualTo(FEED_URL);
        assertThat(feed.name()).isEqualTo("Example News");
        assertThat(feed.createdAt()).isEqualTo(NOW);
        assertThat(feed.etag()).isEqualTo("\"abc\"");
        assertThat(feed.lastModified()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
        assertThat(feed.lastRun()).isEqualTo(new Feed.LastRun(NOW, "ok", null, 2, 1, 0, 1));
        assertThat(feed.totalNew()).isEqualTo(1);
        assertThat(feed.totalFailed()).isEqualTo(1);
        EntryLedger ledger = new EntryLedger(stores.client(), stores.feeds());
        assertThat(ledger.entry(feedId, ENTRY_DONE).orElseThrow().state()).isEqualTo(EntryLedger.State.DONE);
        EntryLedger.Entry failed = ledger.entry(feedId, ENTRY_FAILED).orElseThrow();
        assertThat(failed.state()).isEqualTo(EntryLedger.State.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("page fetch: answered HTTP 500");
    }

    @Test
    void everyStoredType_roundTrips() {
        Stores stores = freshTables();
        writeTheFixtureStory(stores);

        assertTheFixtureStoryReads(stores);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1-unversioned", "v1"})
    void itemsOnDisk_inEveryFormatStillInUse_read(String version) {
        Stores stores = freshTables();
        for (String fixture : TABLES) {
            for (Map<String, AttributeValue> item : DynamoJson.read(FIXTURES.resolve(version).resolve(fixture))) {
                stores.client().putItem(r -> r.tableName(stores.table(fixture)).item(item));
            }
        }

        assertTheFixtureStoryReads(stores);
    }

    @Test
    void thisCode_writesExactlyTheCurrentFixture() {
        Stores stores = freshTables();
        writeTheFixtureStory(stores);

        for (String fixture : TABLES) {
            List<Map<String, AttributeValue>> written = scan(stores.client(), stores.table(fixture));
            if (Boolean.getBoolean("factcheck.writeFormatFixtures")) {
                DynamoJson.write(written, FIXTURES.resolve("v1").resolve(fixture));
            }
            List<Map<String, AttributeValue>> expected = DynamoJson.read(FIXTURES.resolve("v1").resolve(fixture));
            assertThat(comparable(written)).as(fixture).containsExactlyInAnyOrderElementsOf(comparable(expected));
        }
    }

    @Test
    void everyItemThisCodeWrites_carriesItsFormatVersion_blobPartsIncluded() {
        Stores stores = freshTables();
        writeTheFixtureStory(stores);
        StringBuilder incompressible = new StringBuilder();
        Random random = new Random(12);
        while (incompressible.length() < 120_000) {
            incompressible.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        Article large = new Article("a_fedcba9876543210fedcba98", "Long", incompressible.toString(), null, null,
                article().article().publishedAt(), article().article().createdAt());
        stores.articleStore().createIfAbsent(new CheckedArticle(large, List.of(), "7", Instant.parse("2025-10-29T09:00:01Z")));

        assertThat(stores.articleStore().get(large.id()).orElseThrow().article().text()).isEqualTo(large.text());
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        for (String fixture : TABLES) {
            all.addAll(scan(stores.client(), stores.table(fixture)));
        }
        assertThat(all).anySatisfy(item -> assertThat(item.get("sk").s()).startsWith("BLOB#"));
        assertThat(all).allSatisfy(item -> assertThat(item).as(item.get("pk").s() + " " + item.get("sk").s())
                .containsEntry(FormatVersion.ATTRIBUTE, AttributeValue.fromN("1")));
    }

    @Test
    void anItemWrittenInANewerFormat_isRefused_notMisread() {
        Stores stores = freshTables();
        for (String fixture : TABLES) {
            for (Map<String, AttributeValue> item : DynamoJson.read(FIXTURES.resolve("v1").resolve(fixture))) {
                Map<String, AttributeValue> newer = new HashMap<>(item);
                newer.put(FormatVersion.ATTRIBUTE, AttributeValue.fromN("99"));
                stores.client().putItem(r -> r.tableName(stores.table(fixture)).item(newer));
            }
        }

        assertThatThrownBy(() -> stores.articleStore().get(ARTICLE_ID)).isInstanceOf(CorruptItemException.class);
        assertThatThrownBy(() -> stores.factStore().catalog()).isInstanceOf(CorruptItemException.class);
        assertThatThrownBy(() -> stores.factStore().list("Acme", null, null)).isInstanceOf(CorruptItemException.class);
        assertThatThrownBy(() -> new FeedRegistry(stores.client(), stores.feeds()).get(FeedIds.of(FEED_URL)))
                .isInstanceOf(CorruptItemException.class);
        assertThatThrownBy(() -> new EntryLedger(stores.client(), stores.feeds()).entry(FeedIds.of(FEED_URL), ENTRY_DONE))
                .isInstanceOf(CorruptItemException.class);
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.scanPaginator(r -> r.tableName(table)).items().forEach(items::add);
        return items;
    }

    /** Compressed attributes compared by their content: gzip's bytes may differ between JDKs, the content may not. */
    private static List<Map<String, AttributeValue>> comparable(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> {
            Map<String, AttributeValue> copy = new HashMap<>(item);
            copy.replaceAll((name, value) -> value.b() == null ? value
                    : AttributeValue.fromB(SdkBytes.fromByteArray(gunzip(value.b().asByteArray()))));
            return copy;
        }).toList();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("a stored blob is not gzip", e);
        }
    }
}

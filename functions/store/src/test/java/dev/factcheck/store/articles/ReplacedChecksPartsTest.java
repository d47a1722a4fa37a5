package dev.factcheck.store.articles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.store.format.FormatFixtures;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.CheckedClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Checks too large for the article item live in parts; a re-verification that replaces them deletes the
 * parts it replaced, so re-checking an article many times does not pile up unreferenced items, and a
 * reader that races the replacement still reads a whole article.
 */
@ExtendWith(DynamoDbExtension.class)
class ReplacedChecksPartsTest {

    private final TestDynamoDb dynamoDb;
    private ArticleStore store;
    private String table;

    ReplacedChecksPartsTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void storedWithLargeChecks() {
        table = dynamoDb.createTables().name(ArticlesSchema.TABLE_LOGICAL_ID);
        store = new ArticleStore(dynamoDb.client(), table, "secret");
        store.createIfAbsent(recheckedAt("7", true));
        assertThat(head()).containsKey(ArticlesSchema.CHECKS + ArticlesSchema.REF_SUFFIX);
    }

    /**
     * The stored article re-verified against facts {@code version}; with {@code large} its first claim's
     * explanation is long, incompressible text, so its checks take more than one part.
     */
    private static CheckedArticle recheckedAt(String version, boolean large) {
        CheckedArticle stored = FormatFixtures.article();
        CheckedClaim first = stored.claims().getFirst();
        StringBuilder explanation = new StringBuilder("as of facts " + version + " ");
        Random random = new Random(Long.parseLong(version));
        while (large && explanation.length() < 2 * ArticleStore.PART_SIZE / 3) {
            explanation.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        List<CheckedClaim> claims = List.of(new CheckedClaim(first.claim(), first.verdict(), first.expected(), first.evidence(),
                explanation.toString()), stored.claims().get(1));
        return new CheckedArticle(stored.article(), claims, version, Instant.parse("2025-11-01T00:00:00Z"));
    }

    @Test
    void replacingLargeChecks_withLargeOnes_leavesOnlyTheNewChecksParts() {
        assertThat(store.replaceChecksIfNewer(recheckedAt("8", true))).isTrue();
        assertThat(store.replaceChecksIfNewer(recheckedAt("9", true))).isTrue();

        assertOnlyReferencedPartsStored();
        assertThat(store.get(FormatFixtures.ARTICLE_ID).orElseThrow().claims().getFirst().explanation()).startsWith("as of facts 9 ");
    }

    @Test
    void replacingLargeChecks_withInlineOnes_leavesNoPartBehind() {
        assertThat(store.replaceChecksIfNewer(recheckedAt("8", false))).isTrue();

        assertThat(head()).doesNotContainKey(ArticlesSchema.CHECKS + ArticlesSchema.REF_SUFFIX);
        assertOnlyReferencedPartsStored();
        assertThat(store.get(FormatFixtures.ARTICLE_ID).orElseThrow().claims().getFirst().explanation()).isEqualTo("as of facts 8 ");
    }

    @Test
    void aRefusedReplacement_deletesItsOwnPartsAndKeepsTheStoredOnes() {
        assertThat(store.replaceChecksIfNewer(recheckedAt("6", true))).isFalse();

        assertOnlyReferencedPartsStored();
        assertThat(store.get(FormatFixtures.ARTICLE_ID).orElseThrow().factsVersion()).isEqualTo("7");
    }

    /**
     * A reader that has read the article's item when a re-verification replaces the checks (and deletes
     * the parts that item refers to) before it reads the parts: it reads the item again, and the article
     * whole. The interceptor runs the replacement, for real, right after the reader's first GetItem.
     */
    @Test
    void aReaderRacedByAReplacement_readsTheNewChecksWhole() {
        AtomicBoolean replaced = new AtomicBoolean();
        ExecutionInterceptor replaceAfterTheFirstRead = new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetItemRequest && replaced.compareAndSet(false, true)) {
                    assertThat(store.replaceChecksIfNewer(recheckedAt("8", true))).isTrue();
                }
            }
        };
        ArticleStore reader = new ArticleStore(dynamoDb.clientWith(List.of(replaceAfterTheFirstRead)), table, "secret");

        CheckedArticle read = reader.get(FormatFixtures.ARTICLE_ID).orElseThrow();

        assertThat(replaced).isTrue();
        assertThat(read.factsVersion()).isEqualTo("8");
        assertThat(read.claims().getFirst().explanation()).startsWith("as of facts 8 ");
        assertOnlyReferencedPartsStored();
    }

    private Map<String, AttributeValue> head() {
        return dynamoDb.client().getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(ArticlesSchema.PK, AttributeValue.fromS(ArticlesSchema.ARTICLE_PREFIX + FormatFixtures.ARTICLE_ID),
                        ArticlesSchema.SK, AttributeValue.fromS(ArticlesSchema.HEAD)))).item();
    }

    /** Every blob part under the article belongs to a blob its item refers to. */
    private void assertOnlyReferencedPartsStored() {
        Map<String, AttributeValue> head = head();
        List<String> referencedPrefixes = new ArrayList<>();
        int referencedParts = 0;
        for (String reference : List.of(ArticlesSchema.TEXT + ArticlesSchema.REF_SUFFIX, ArticlesSchema.CHECKS + ArticlesSchema.REF_SUFFIX)) {
            if (head.containsKey(reference)) {
                String[] tagAndCount = head.get(reference).s().split(":");
                referencedPrefixes.add(ArticlesSchema.BLOB_PREFIX + tagAndCount[0] + "#");
                referencedParts += Integer.parseInt(tagAndCount[1]);
            }
        }
        List<String> partKeys = dynamoDb.client().scanPaginator(r -> r.tableName(table).consistentRead(true)).items().stream()
                .map(item -> item.get(ArticlesSchema.SK).s())
                .filter(sortKey -> !sortKey.equals(ArticlesSchema.HEAD) && sortKey.startsWith(ArticlesSchema.BLOB_PREFIX))
                .toList();
        assertThat(partKeys).hasSize(referencedParts)
                .allSatisfy(key -> assertThat(referencedPrefixes).anySatisfy(prefix -> assertThat(key).startsWith(prefix)));
    }
}

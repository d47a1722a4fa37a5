package dev.factcheck.store.articles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.store.format.FormatFixtures;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verdict writes are ordered: a re-verification replaces the stored checks only when its facts version
 * is newer than theirs, so an older one that finishes last never puts older verdicts back.
 */
@ExtendWith(DynamoDbExtension.class)
class OrderedChecksTest {

    private final TestDynamoDb dynamoDb;
    private ArticleStore store;

    OrderedChecksTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void storedAtVersion7() {
        store = new ArticleStore(dynamoDb.client(), dynamoDb.createTables().name(ArticlesSchema.TABLE_LOGICAL_ID), "secret");
        store.createIfAbsent(FormatFixtures.article());
    }

    /** The stored article re-verified against facts {@code version}, its first claim judged {@code verdict}. */
    private static CheckedArticle recheckedAt(String version, Verdict verdict) {
        CheckedArticle stored = FormatFixtures.article();
        CheckedClaim first = stored.claims().getFirst();
        List<CheckedClaim> claims = List.of(new CheckedClaim(first.claim(), verdict, first.expected(), first.evidence(),
                "as of facts " + version), stored.claims().get(1));
        return new CheckedArticle(stored.article(), claims, version, Instant.parse("2025-11-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0} and {1}, {0} finishing first")
    @CsvSource({"8, 9", "9, 8", "9, 10", "10, 9", "99, 100", "100, 99", "10, 11", "11, 10", "8, 1000", "1000, 8"})
    void rechecks_leaveTheNewerVersionStored_whateverOrderTheyFinishIn(String firstDone, String lastDone) {
        boolean firstWritten = store.replaceChecksIfNewer(recheckedAt(firstDone, Verdict.OUTDATED));
        boolean lastWritten = store.replaceChecksIfNewer(recheckedAt(lastDone, Verdict.CONTRADICTED));

        String newer = Long.parseLong(firstDone) > Long.parseLong(lastDone) ? firstDone : lastDone;
        CheckedArticle stored = store.get(FormatFixtures.ARTICLE_ID).orElseThrow();
        assertThat(stored.factsVersion()).isEqualTo(newer);
        assertThat(stored.claims().getFirst().explanation()).isEqualTo("as of facts " + newer);
        assertThat(firstWritten).isTrue();
        assertThat(lastWritten).as("the last one is written only when newer").isEqualTo(newer.equals(lastDone));
    }

    @ParameterizedTest
    @CsvSource({"7", "6", "0"})
    void aRecheck_atTheStoredVersionOrOlder_writesNothing(String version) {
        assertThat(store.replaceChecksIfNewer(recheckedAt(version, Verdict.CONTRADICTED))).isFalse();

        assertThat(store.get(FormatFixtures.ARTICLE_ID)).contains(FormatFixtures.article());
    }

    @Test
    void aRecheck_ofAnArticleNotStored_createsNothing() {
        CheckedArticle stored = recheckedAt("8", Verdict.OUTDATED);
        CheckedArticle elsewhere = new CheckedArticle(new dev.factcheck.articles.Article("a_ffffffffffffffffffffffff",
                "t", "x", null, null, stored.article().publishedAt(), stored.article().createdAt()), List.of(), "8", stored.checkedAt());

        assertThat(store.replaceChecksIfNewer(elsewhere)).isFalse();
        assertThat(store.exists(elsewhere.article().id())).isFalse();
    }

    /** Two re-verifications released together: whichever the server applies last, the newer stays. */
    @RepeatedTest(5)
    void concurrentRechecks_leaveTheNewerVersionStored() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Callable<Boolean> older = () -> {
                start.await();
                return store.replaceChecksIfNewer(recheckedAt("9", Verdict.OUTDATED));
            };
            Callable<Boolean> newer = () -> {
                start.await();
                return store.replaceChecksIfNewer(recheckedAt("10", Verdict.CONTRADICTED));
            };
            Future<Boolean> olderWritten = threads.submit(older);
            Future<Boolean> newerWritten = threads.submit(newer);
            assertThat(newerWritten.get()).isTrue();
            olderWritten.get();
        }

        assertThat(store.get(FormatFixtures.ARTICLE_ID).orElseThrow().factsVersion()).isEqualTo("10");
    }
}

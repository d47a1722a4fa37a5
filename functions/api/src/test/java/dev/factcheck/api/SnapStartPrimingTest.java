package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.review.Author;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.store.feeds.FeedsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingTest {

    private final TestDynamoDb dynamoDb;

    SnapStartPrimingTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Test
    void checkpointHooks_primeEveryHandlerThroughDynamoDb_withoutChangingStoredData() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                String operation = context.request().getClass().getSimpleName();
                (operation.startsWith("Query") || operation.startsWith("GetItem") || operation.startsWith("Scan")
                        ? reads : writes).incrementAndGet();
            }
        };
        var client = dynamoDb.clientWith(List.of(counter));
        FactStore facts = new FactStore(client, tables.name(FactsSchema.TABLE_LOGICAL_ID));
        ArticleStore articles = new ArticleStore(client, tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "secret");
        FactChecker checker = new FactChecker(facts, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
        ArticleService service = new ArticleService(checker, articles, Clock.systemUTC());
        FeedRegistry feeds = new FeedRegistry(client, tables.name(FeedsSchema.TABLE_LOGICAL_ID));
        List<ApiHandler> handlers = List.of(
                new FactCheckHandler(checker, Clock.systemUTC()),
                new FactsAdminHandler(facts, new AdminGuard(true)),
                new IngestArticleHandler(service, new AdminGuard(true)),
                new GetArticleHandler(service, articles),
                new SummaryHandler(service, Author.organization("Desk", null)),
                new FeedsAdminHandler(feeds, new AdminGuard(true), Clock.systemUTC()));

        for (ApiHandler handler : handlers) {
            int readsBefore = reads.get();
            handler.beforeCheckpoint(null);
            handler.afterRestore(null);
            assertThat(reads.get()).as(handler.getClass().getSimpleName() + " reads DynamoDB while priming")
                    .isGreaterThan(readsBefore);
        }

        assertThat(writes).as("writes while priming").hasValue(0);
        assertThat(articles.list(10, null).articles()).isEmpty();
        assertThat(facts.list("Acme", null, null)).isEmpty();
        assertThat(feeds.list()).isEmpty();
    }
}

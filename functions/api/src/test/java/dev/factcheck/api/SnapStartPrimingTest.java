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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@ExtendWith(DynamoDbExtension.class)
class SnapStartPrimingTest {

    private final TestDynamoDb dynamoDb;

    SnapStartPrimingTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Test
    void checkpointHooks_primeEveryHandlerThroughDynamoDb_withoutChangingStoredData() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        String factsTable = tables.name(FactsSchema.TABLE_LOGICAL_ID);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger factsQueries = new AtomicInteger();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                String operation = context.request().getClass().getSimpleName();
                (operation.startsWith("Query") || operation.startsWith("GetItem") || operation.startsWith("Scan")
                        ? reads : writes).incrementAndGet();
                if (context.request() instanceof QueryRequest query && factsTable.equals(query.tableName())) {
                    factsQueries.incrementAndGet();
                }
            }
        };
        // Each handler primes with its own function's credentials: priming must stay within its policies.
        String articlesTable = tables.name(ArticlesSchema.TABLE_LOGICAL_ID);
        java.util.function.Function<String, DynamoDbClient> clientOf = function -> tables.clientOf(function, List.of(counter));
        java.util.function.Function<String, ArticleService> serviceOf = function -> new ArticleService(
                new FactChecker(new FactStore(clientOf.apply(function), factsTable), ExtractionSettings.DEFAULTS,
                        VerificationSettings.DEFAULTS),
                new ArticleStore(clientOf.apply(function), articlesTable, "secret"), Clock.systemUTC());
        List<ApiHandler> handlers = List.of(
                new FactCheckHandler(new FactChecker(new FactStore(clientOf.apply("FactCheckFunction"), factsTable),
                        ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), Clock.systemUTC()),
                new FactsAdminHandler(new FactStore(clientOf.apply("FactsAdminFunction"), factsTable), new AdminGuard(true)),
                new IngestArticleHandler(serviceOf.apply("IngestArticleFunction"), new AdminGuard(true)),
                new GetArticleHandler(serviceOf.apply("GetArticleFunction"),
                        new ArticleStore(clientOf.apply("GetArticleFunction"), articlesTable, "secret")),
                new SummaryHandler(serviceOf.apply("SummaryFunction"), Author.organization("Desk", null)),
                new FeedsAdminHandler(new FeedRegistry(clientOf.apply("FeedsAdminFunction"), tables.name(FeedsSchema.TABLE_LOGICAL_ID)),
                        new AdminGuard(true), Clock.systemUTC()),
                new ReviewPageHandler(serviceOf.apply("ReviewPageFunction"),
                        new ArticleStore(clientOf.apply("ReviewPageFunction"), articlesTable, "secret"), Clock.systemUTC(), 5));
        // The functions that check or summarise text must check the rule tour while priming (it reads the
        // reference facts), so that a restored container's first check or summary finds the claim rules and
        // the summariser loaded and compiled.
        Set<Class<?>> checkingText = Set.of(FactCheckHandler.class, IngestArticleHandler.class, ReviewPageHandler.class,
                SummaryHandler.class);
        FactStore facts = new FactStore(dynamoDb.client(), factsTable);
        ArticleStore articles = new ArticleStore(dynamoDb.client(), articlesTable, "secret");
        FeedRegistry feeds = new FeedRegistry(dynamoDb.client(), tables.name(FeedsSchema.TABLE_LOGICAL_ID));

        for (ApiHandler handler : handlers) {
            int readsBefore = reads.get();
            int factsQueriesBefore = factsQueries.get();
            handler.beforeCheckpoint(null);
            handler.afterRestore(null);
            assertThat(reads.get()).as(handler.getClass().getSimpleName() + " reads DynamoDB while priming")
                    .isGreaterThan(readsBefore);
            if (checkingText.contains(handler.getClass())) {
                assertThat(factsQueries.get()).as(handler.getClass().getSimpleName() + " checks the rule tour while priming")
                        .isGreaterThan(factsQueriesBefore);
            }
        }

        assertThat(writes).as("writes while priming").hasValue(0);
        assertThat(articles.list(10, null).articles()).isEmpty();
        assertThat(facts.list("Acme", null, null)).isEmpty();
        assertThat(feeds.list()).isEmpty();
    }
}

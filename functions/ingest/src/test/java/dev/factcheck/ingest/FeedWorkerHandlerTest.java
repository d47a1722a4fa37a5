package dev.factcheck.ingest;

import static dev.factcheck.ingest.Fixtures.linkItem;
import static dev.factcheck.ingest.Fixtures.page;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.ingest.queue.FeedMessage;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.TestDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@ExtendWith(DynamoDbExtension.class)
class FeedWorkerHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode EVENT = Events.load("feed-worker.json");

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();

    FeedWorkerHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty(FeedWorkerHandler.ALLOW_LOOPBACK_SETTING);
    }

    /** The sample event with one record per body, message ids m1, m2, …. */
    private static byte[] sqsEvent(String... bodies) {
        ObjectNode event = EVENT.deepCopy();
        ObjectNode template = (ObjectNode) event.path("Records").get(0);
        ArrayNode records = event.putArray("Records");
        for (int i = 0; i < bodies.length; i++) {
            records.add(template.deepCopy().put("messageId", "m" + (i + 1)).put("body", bodies[i]));
        }
        return Events.bytes(event);
    }

    private static String message(Feed feed) {
        return new FeedMessage(feed.id(), feed.url(), Instant.now()).toJson();
    }

    private static List<String> failedIds(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
        return ids;
    }

    private FeedWorkerHandler handler(Fixtures fixtures, ByteArrayOutputStream emf) {
        return new FeedWorkerHandler(fixtures.feeds, fixtures.ingester(),
                new Metrics(new PrintStream(emf, true, StandardCharsets.UTF_8), Clock.systemUTC(), "FeedWorkerFunction"));
    }

    @Test
    void workerEvent_isAnSqsEvent_carryingAFeedMessage() {
        JsonNode record = EVENT.path("Records").get(0);
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(FeedMessage.parse(record.path("body").asText()).feedId()).startsWith("fd_");
    }

    @Test
    void partialBatchFailure_reportsExactlyTheMessagesOfFeedsThatFailed_andEmitsEmfMetrics() throws Exception {
        Fixtures fixtures = new Fixtures(dynamoDb);
        server.on("/article/1", 200, "text/html", page("Profit rose 4% to $2 billion."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("h1", server.url("/article/1"))));
        server.on("/down.xml", 500, "text/plain", "no");
        server.on("/empty.xml", 200, "application/rss+xml", rss());
        Feed good = fixtures.feeds.register(server.url("/feed.xml"), "Loopback", Instant.now()).feed();
        Feed down = fixtures.feeds.register(server.url("/down.xml"), null, Instant.now()).feed();
        Feed empty = fixtures.feeds.register(server.url("/empty.xml"), null, Instant.now()).feed();
        Feed removed = fixtures.feeds.register(server.url("/removed.xml"), null, Instant.now()).feed();
        fixtures.feeds.delete(removed.id());
        ByteArrayOutputStream emf = new ByteArrayOutputStream();

        JsonNode response = MAPPER.readTree(LambdaInvoker.invokeRaw(handler(fixtures, emf),
                sqsEvent(message(good), message(down), "not a feed message", message(empty), message(removed)), 60_000));

        assertThat(failedIds(response)).as("the failed feed and the unreadable message; a removed feed is not retried")
                .containsExactly("m2", "m3");
        assertThat(fixtures.storedArticles()).isEqualTo(1);
        assertThat(fixtures.feeds.get(down.id()).orElseThrow().lastRun().status()).isEqualTo("failed");
        assertThat(server.requestsTo("/removed.xml")).isEmpty();
        JsonNode metrics = MAPPER.readTree(emf.toString(StandardCharsets.UTF_8).strip());
        assertThat(metrics.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText()).isEqualTo("factcheck");
        assertThat(metrics.path("FeedsPulled").asInt()).isEqualTo(3);
        assertThat(metrics.path("ArticlesIngested").asInt()).isEqualTo(1);
        assertThat(metrics.path("Failures").asInt()).isEqualTo(1);
        assertThat(metrics.path("function").asText()).isEqualTo("FeedWorkerFunction");
    }

    @Test
    void feedsNotStartedForLackOfTime_areReportedFailed_soSqsDeliversThemAgain() throws Exception {
        Fixtures fixtures = new Fixtures(dynamoDb);
        server.on("/a.xml", 200, "application/rss+xml", rss());
        Feed feed = fixtures.feeds.register(server.url("/a.xml"), null, Instant.now()).feed();

        JsonNode response = MAPPER.readTree(LambdaInvoker.invokeRaw(handler(fixtures, new ByteArrayOutputStream()),
                sqsEvent(message(feed), message(feed)), FeedIngester.RESERVE.toMillis() - 1));

        assertThat(failedIds(response)).containsExactly("m1", "m2");
        assertThat(server.requestsTo("/a.xml")).isEmpty();
    }

    @Test
    void anEventThatIsNotAnSqsEvent_failsTheInvocation_soNoMessageIsLost() {
        Fixtures fixtures = new Fixtures(dynamoDb);
        FeedWorkerHandler handler = handler(fixtures, new ByteArrayOutputStream());

        assertThatThrownBy(() -> LambdaInvoker.invokeRaw(handler, Events.bytes(Events.load("feed-dispatch.json")), 60_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an SQS event");
    }

    @Test
    void checkpointHooks_primeParsersStoresAndClaimRules_withinThePolicies_withoutWritingAnything() {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        String factsTable = tables.name(FactsSchema.TABLE_LOGICAL_ID);
        AtomicInteger factsQueries = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                String operation = context.request().getClass().getSimpleName();
                if (!operation.startsWith("Query") && !operation.startsWith("GetItem") && !operation.startsWith("BatchGetItem")) {
                    writes.incrementAndGet();
                }
                if (context.request() instanceof QueryRequest query && factsTable.equals(query.tableName())) {
                    factsQueries.incrementAndGet();
                }
            }
        };
        // The function's own client: priming may call only what its template policies allow.
        Fixtures fixtures = new Fixtures(tables, tables.clientOf("FeedWorkerFunction", List.of(counter)), Clock.systemUTC());
        FeedWorkerHandler handler = handler(fixtures, new ByteArrayOutputStream());

        handler.beforeCheckpoint(null);
        handler.afterRestore(null);

        assertThat(factsQueries.get()).as("the rule tour checked against the reference facts, so the first article"
                + " finds the claim rules warm").isPositive();
        assertThat(writes).as("writes while priming").hasValue(0);
        Fixtures operator = new Fixtures(tables, dynamoDb.client(), Clock.systemUTC());
        assertThat(operator.feeds.list()).isEmpty();
        assertThat(operator.articleStore.list(10, null).articles()).isEmpty();
    }

    @Test
    void noArgConstructor_readsTheTemplateSettings_andRefusesLoopbackUnlessSwitchedOn() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        tables.applySettingsOf("FeedWorkerFunction");
        server.on("/article/1", 200, "text/html", page("Costs fell 2% to $1 billion."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("n1", server.url("/article/1"))));
        FeedRegistry feeds = new FeedRegistry(dynamoDb.client(), tables.name("FeedsTable"));
        Feed feed = feeds.register(server.url("/feed.xml"), null, Instant.now()).feed();

        JsonNode refused = MAPPER.readTree(LambdaInvoker.invokeRaw(new FeedWorkerHandler(), sqsEvent(message(feed)), 60_000));
        assertThat(failedIds(refused)).containsExactly("m1");
        assertThat(feeds.get(feed.id()).orElseThrow().lastRun().error()).isEqualTo("feed fetch: host resolves to a loopback address");
        assertThat(server.requests()).isEmpty();

        System.setProperty(FeedWorkerHandler.ALLOW_LOOPBACK_SETTING, "true");
        JsonNode allowed = MAPPER.readTree(LambdaInvoker.invokeRaw(new FeedWorkerHandler(), sqsEvent(message(feed)), 60_000));
        assertThat(failedIds(allowed)).isEmpty();
        assertThat(server.requestsTo("/article/1")).hasSize(1);
    }
}

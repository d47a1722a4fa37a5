package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.review.Author;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.runtime.wiring.DynamoDbClients;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.FaultProxy;
import dev.factcheck.testing.FaultProxy.Fault;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB throttles, fails, answers too late and drops connections: the handlers, with their
 * functions' own clients (credentials, policies, timeouts and retry strategy as deployed), reach
 * DynamoDB through a {@link FaultProxy}, and whatever it injects, nothing is half-written and no
 * answer is partial. A write either succeeds whole or fails with a 503 that a repeat of the same
 * request completes; a read either answers whole or answers 503 with Retry-After.
 */
@ExtendWith(DynamoDbExtension.class)
class DynamoDbFaultsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);
    /** Enough for four BatchWriteItem calls of 25. */
    private static final int UPLOADED_FACTS = 90;

    private final TestDynamoDb dynamoDb;
    private TestDynamoDb.Tables tables;
    private FaultProxy faults;

    DynamoDbFaultsTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void tablesBehindAFaultProxy() {
        tables = dynamoDb.createTables();
        faults = FaultProxy.start(dynamoDb.functionEndpoint());
    }

    @AfterEach
    void closeProxy() {
        faults.close();
    }

    /** {@code function}'s client as its wiring builds it, through the fault proxy. */
    private DynamoDbClient clientOf(String function) {
        return tables.clientOf(function, faults.endpoint(), DynamoDbClients::withFunctionSettings);
    }

    private String table(String logicalId) {
        return tables.name(logicalId);
    }

    // --- fact upload: all or nothing ---

    private HttpResult uploadFacts(ObjectNode upload) {
        FactsAdminHandler handler = new FactsAdminHandler(new FactStore(clientOf("FactsAdminFunction"),
                table(FactsSchema.TABLE_LOGICAL_ID)), new AdminGuard(false));
        return LambdaInvoker.invokeHttp(handler, Events.withBody(Events.load("facts-admin-put.json"), Json.write(upload)));
    }

    private static ObjectNode manyFacts() {
        ObjectNode upload = Json.object();
        upload.putArray("entities").addObject().put("name", "Acme").putArray("aliases").add("Acme Corp.");
        ArrayNode facts = upload.putArray("facts");
        for (int i = 0; i < UPLOADED_FACTS; i++) {
            String day = java.time.LocalDate.parse("2020-01-01").plusDays(i).toString();
            ObjectNode fact = facts.addObject().put("entity", "Acme").put("metric", "layoffs").put("value", 1000 + i)
                    .put("unit", "people").put("source", "https://example.org/acme/" + i);
            fact.putObject("period").put("from", day).put("to", day);
        }
        return upload;
    }

    /** The facts table's items apart from the version counter, which every write raises. */
    private List<Map<String, AttributeValue>> storedFacts() {
        return scan(table(FactsSchema.TABLE_LOGICAL_ID)).stream()
                .filter(item -> !item.get("sk").s().equals("VERSION")).toList();
    }

    @Test
    void factUpload_withTransientFaults_answers200_withEverythingWrittenOnce() {
        // Batch 2 throttled twice; batches 3 and 4 fail once each; the version raise throttled once.
        faults.inject("BatchWriteItem", 1, Fault.THROTTLED, 2)
                .inject("BatchWriteItem", 1, Fault.SERVER_ERROR, 1)
                .inject("BatchWriteItem", 1, Fault.RESET, 1)
                .inject("UpdateItem", Fault.THROTTLING_EXCEPTION, 1);

        HttpResult result = uploadFacts(manyFacts());

        assertThat(faults.injected()).as(faults.seen().toString()).hasSize(5);
        assertThat(result.status()).as(result.rawBody()).isEqualTo(200);
        assertThat(result.body().path("written").path("facts").asInt()).isEqualTo(UPLOADED_FACTS);
        assertThat(storedFacts()).hasSize(UPLOADED_FACTS + 1);
    }

    @Test
    void factUpload_failingPastTheRetries_answers503_andTheSameRequestAgainCompletesIt_withoutDuplicates() {
        faults.inject("BatchWriteItem", 2, Fault.THROTTLED, 4);

        HttpResult failed = uploadFacts(manyFacts());
        int halfWritten = storedFacts().size();
        HttpResult repeated = uploadFacts(manyFacts());

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.headers()).containsKey("retry-after");
        assertThat(failed.errorCode()).isEqualTo("unavailable");
        assertThat(halfWritten).as("the first two batches went through").isEqualTo(50);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(storedFacts()).hasSize(UPLOADED_FACTS + 1);
        assertThat(new FactStore(dynamoDb.client(), table(FactsSchema.TABLE_LOGICAL_ID)).list("Acme", null, null))
                .hasSize(UPLOADED_FACTS);
    }

    // --- article ingest: stored once or not at all ---

    private IngestArticleHandler ingestHandler() {
        DynamoDbClient client = clientOf("IngestArticleFunction");
        return new IngestArticleHandler(new ArticleService(new FactChecker(new FactStore(client, table(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS),
                new ArticleStore(client, table(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret"), CLOCK), new AdminGuard(true));
    }

    /** An article whose text does not fit in one item, so it is stored in several parts. */
    private static ObjectNode longArticle() {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder("Amazon cut 14,000 jobs. ");
        while (text.length() < 199_000) {
            text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        return Json.object().put("title", "Long").put("url", "https://news.example/long").put("publishedAt", "2025-10-28")
                .put("text", text.toString());
    }

    private HttpResult ingest(ObjectNode article) {
        return LambdaInvoker.invokeHttp(ingestHandler(), Events.withBody(Events.load("ingest-article.json"), Json.write(article)));
    }

    private List<Map<String, AttributeValue>> storedArticleItems() {
        return scan(table(ArticlesSchema.TABLE_LOGICAL_ID));
    }

    /** One article item, its text whole, and no part that its item does not refer to. */
    private void assertStoredOnce(ObjectNode article, String id) {
        List<Map<String, AttributeValue>> items = storedArticleItems();
        assertThat(items).filteredOn(item -> item.get("sk").s().equals("HEAD")).hasSize(1);
        String reference = items.stream().filter(item -> item.get("sk").s().equals("HEAD")).findFirst().orElseThrow()
                .get("textRef").s();
        int parts = Integer.parseInt(reference.substring(reference.indexOf(':') + 1));
        assertThat(items).as("the article item and exactly its text's parts").hasSize(1 + parts);
        assertThat(items).filteredOn(item -> item.get("sk").s().startsWith("BLOB#"))
                .allSatisfy(part -> assertThat(part.get("sk").s()).startsWith("BLOB#" + reference.substring(0, reference.indexOf(':'))));
        ArticleStore store = new ArticleStore(dynamoDb.client(), table(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
        assertThat(store.get(id).orElseThrow().article().text()).isEqualTo(article.path("text").asText());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "SERVER_ERROR", "RESET"})
    void ingest_whoseArticleItemCannotBeWritten_answers503_leavesNoPartBehind_andARepeatStoresItOnce(Fault fault) {
        ObjectNode article = longArticle();
        faults.inject("PutItem", fault, 4);

        HttpResult failed = ingest(article);
        List<Map<String, AttributeValue>> afterFailure = storedArticleItems();
        HttpResult repeated = ingest(article);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.headers()).containsKey("retry-after");
        assertThat(afterFailure).as("no orphaned text part").isEmpty();
        assertThat(repeated.status()).isEqualTo(201);
        assertStoredOnce(article, repeated.body().path("id").asText());
    }

    @Test
    void ingest_whosePartsCannotBeWritten_answers503_leavesNoPartBehind() {
        faults.inject("BatchWriteItem", Fault.THROTTLING_EXCEPTION, 4);

        HttpResult failed = ingest(longArticle());

        assertThat(failed.status()).isEqualTo(503);
        assertThat(storedArticleItems()).isEmpty();
    }

    @Test
    void ingest_whoseArticleItemWasWrittenButItsAnswerLost_isStoredOnce_andAnswers201() {
        ObjectNode article = longArticle();
        faults.inject("PutItem", Fault.ANSWER_AFTER_TIMEOUT, 1);

        HttpResult result = ingest(article);

        assertThat(faults.injected()).containsExactly("PutItem:ANSWER_AFTER_TIMEOUT");
        assertThat(result.status()).isEqualTo(201);
        assertStoredOnce(article, result.body().path("id").asText());
    }

    // --- summary read: whole, or 503 with Retry-After ---

    private SummaryHandler summaryHandler() {
        DynamoDbClient client = clientOf("SummaryFunction");
        return new SummaryHandler(new ArticleService(new FactChecker(new FactStore(client, table(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS),
                new ArticleStore(client, table(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret"), CLOCK),
                Author.organization("Sample Desk", "https://desk.example"));
    }

    /** Seeds the reference facts and one article without faults; the summary event of that article. */
    private ObjectNode seededSummaryRequest() throws Exception {
        assertThat(uploadFacts((ObjectNode) Json.read(Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"))))
                .status()).isEqualTo(200);
        ObjectNode article = (ObjectNode) Json.read(Files.readString(
                ProjectFiles.root().resolve("infra/seed/articles/amazon-corporate-cuts.json")));
        String id = ingest(article).body().path("id").asText();
        ObjectNode event = Events.load("summary-get.json");
        event.with("pathParameters").put("id", id);
        event.put("rawPath", "/articles/" + id + "/summary");
        event.with("requestContext").with("http").put("path", "/articles/" + id + "/summary");
        return event;
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "THROTTLING_EXCEPTION", "SERVER_ERROR", "RESET"})
    void summary_whileDynamoDbFailsEveryCall_answers503WithRetryAfter_neverAPartialAnswer(Fault fault) throws Exception {
        ObjectNode request = seededSummaryRequest();
        faults.inject(null, fault, Integer.MAX_VALUE);

        HttpResult result = LambdaInvoker.invokeHttp(summaryHandler(), request);

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.headers()).containsKey("retry-after");
        assertThat(result.errorCode()).isEqualTo("unavailable");
        assertThat(result.body().fieldNames()).toIterable().containsExactly("error");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "SERVER_ERROR", "RESET", "ANSWER_AFTER_TIMEOUT"})
    void summary_withFaultsTheRetriesOvercome_answersTheSameWholeSummary(Fault fault) throws Exception {
        ObjectNode request = seededSummaryRequest();
        HttpResult healthy = LambdaInvoker.invokeHttp(summaryHandler(), request);
        faults.inject("GetItem", fault, 1).inject("Query", fault, 1);

        HttpResult result = LambdaInvoker.invokeHttp(summaryHandler(), request);

        assertThat(faults.injected()).hasSize(2);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(healthy.body());
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.client().scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }
}

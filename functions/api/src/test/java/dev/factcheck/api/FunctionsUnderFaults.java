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
import dev.factcheck.testing.Events;
import dev.factcheck.testing.FaultProxy;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The API functions over fresh tables, each with its own client as its wiring builds it (credentials,
 * policies, timeouts, retry strategy), reaching DynamoDB through a {@link FaultProxy}; the requests the
 * fault tests send, and what they check in the tables afterwards.
 */
final class FunctionsUnderFaults implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);
    /** Enough for four BatchWriteItem calls of 25 (with the entity). */
    static final int UPLOADED_FACTS = 90;

    final FaultProxy faults;
    private final TestDynamoDb dynamoDb;
    private final TestDynamoDb.Tables tables;

    FunctionsUnderFaults(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
        this.tables = dynamoDb.createTables();
        this.faults = FaultProxy.start(dynamoDb.functionEndpoint());
    }

    @Override
    public void close() {
        faults.close();
    }

    /** {@code function}'s client as its wiring builds it, through the fault proxy. */
    private DynamoDbClient clientOf(String function) {
        return tables.clientOf(function, faults.endpoint(), DynamoDbClients::withFunctionSettings);
    }

    private String table(String logicalId) {
        return tables.name(logicalId);
    }

    private ArticleService serviceOf(DynamoDbClient client) {
        return new ArticleService(new FactChecker(new FactStore(client, table(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS),
                new ArticleStore(client, table(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret"), CLOCK);
    }

    // --- facts ---

    HttpResult uploadFacts(ObjectNode upload) {
        FactsAdminHandler handler = new FactsAdminHandler(new FactStore(clientOf("FactsAdminFunction"),
                table(FactsSchema.TABLE_LOGICAL_ID)), new AdminGuard(false));
        return LambdaInvoker.invokeHttp(handler, Events.withBody(Events.load("facts-admin-put.json"), Json.write(upload)));
    }

    static ObjectNode manyFacts() {
        ObjectNode upload = Json.object();
        upload.putArray("entities").addObject().put("name", "Acme").putArray("aliases").add("Acme Corp.");
        ArrayNode facts = upload.putArray("facts");
        for (int i = 0; i < UPLOADED_FACTS; i++) {
            String day = LocalDate.parse("2020-01-01").plusDays(i).toString();
            ObjectNode fact = facts.addObject().put("entity", "Acme").put("metric", "layoffs").put("value", 1000 + i)
                    .put("unit", "people").put("source", "https://example.org/acme/" + i);
            fact.putObject("period").put("from", day).put("to", day);
        }
        return upload;
    }

    /** The facts table's items apart from the version counter, which every write raises. */
    List<Map<String, AttributeValue>> storedFacts() {
        return scan(table(FactsSchema.TABLE_LOGICAL_ID)).stream()
                .filter(item -> !item.get(FactsSchema.SK).s().equals(FactsSchema.VERSION_SK)).toList();
    }

    /** Every record of {@link #manyFacts()}, each once, as the facts API lists them. */
    void assertManyFactsStoredOnce() {
        assertThat(storedFacts()).hasSize(UPLOADED_FACTS + 1);
        assertThat(new FactStore(dynamoDb.client(), table(FactsSchema.TABLE_LOGICAL_ID)).list("Acme", null, null))
                .hasSize(UPLOADED_FACTS);
    }

    // --- articles ---

    HttpResult ingest(ObjectNode article) {
        IngestArticleHandler handler = new IngestArticleHandler(serviceOf(clientOf("IngestArticleFunction")), new AdminGuard(true));
        return LambdaInvoker.invokeHttp(handler, Events.withBody(Events.load("ingest-article.json"), Json.write(article)));
    }

    /** An article whose text does not fit in one item, so it is stored in several parts. */
    static ObjectNode longArticle() {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder("Amazon cut 14,000 jobs. ");
        while (text.length() < 199_000) {
            text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        return Json.object().put("title", "Long").put("url", "https://news.example/long").put("publishedAt", "2025-10-28")
                .put("text", text.toString());
    }

    List<Map<String, AttributeValue>> storedArticleItems() {
        return scan(table(ArticlesSchema.TABLE_LOGICAL_ID));
    }

    /** One article item, its text whole, and no part that its item does not refer to. */
    void assertStoredOnce(ObjectNode article, String id) {
        List<Map<String, AttributeValue>> items = storedArticleItems();
        List<Map<String, AttributeValue>> heads = items.stream().filter(item -> item.get(ArticlesSchema.SK).s().equals("HEAD")).toList();
        assertThat(heads).hasSize(1);
        String reference = heads.getFirst().get("textRef").s();
        String tag = reference.substring(0, reference.indexOf(':'));
        int parts = Integer.parseInt(reference.substring(reference.indexOf(':') + 1));
        assertThat(items).as("the article item and exactly its text's parts").hasSize(1 + parts);
        assertThat(items).filteredOn(item -> !item.get(ArticlesSchema.SK).s().equals("HEAD"))
                .allSatisfy(part -> assertThat(part.get(ArticlesSchema.SK).s()).startsWith("BLOB#" + tag + "#"));
        ArticleStore store = new ArticleStore(dynamoDb.client(), table(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
        assertThat(store.get(id).orElseThrow().article().text()).isEqualTo(article.path("text").asText());
    }

    // --- summaries ---

    HttpResult summary(ObjectNode request) {
        SummaryHandler handler = new SummaryHandler(serviceOf(clientOf("SummaryFunction")),
                Author.organization("Sample Desk", "https://desk.example"));
        return LambdaInvoker.invokeHttp(handler, request);
    }

    /** Seeds the reference facts and one article (call it without faults); the summary event of that article. */
    ObjectNode seededSummaryRequest() {
        assertThat(uploadFacts(readJson("infra/seed/facts.json")).status()).isEqualTo(200);
        String id = ingest(readJson("infra/seed/articles/amazon-corporate-cuts.json")).body().path("id").asText();
        ObjectNode event = Events.load("summary-get.json");
        event.with("pathParameters").put("id", id);
        event.put("rawPath", "/articles/" + id + "/summary");
        event.with("requestContext").with("http").put("path", "/articles/" + id + "/summary");
        return event;
    }

    /** A 503 with Retry-After and an error body only: nothing of a partial answer. */
    static void assertUnavailable(HttpResult result) {
        assertThat(result.status()).as(result.rawBody()).isEqualTo(503);
        assertThat(result.headers()).containsKey("retry-after");
        assertThat(result.errorCode()).isEqualTo("unavailable");
        assertThat(result.body().fieldNames()).toIterable().containsExactly("error");
    }

    private static ObjectNode readJson(String projectFile) {
        try {
            return (ObjectNode) Json.read(Files.readString(ProjectFiles.root().resolve(projectFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, AttributeValue>> scan(String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamoDb.client().scanPaginator(r -> r.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }
}

package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The bad-input matrix of the HTTP API: one row per hostile or broken request, each with the answer
 * it must get and the proof that stored data is unchanged afterwards. The README's security section
 * lists these rows.
 */
@ExtendWith(DynamoDbExtension.class)
class BadInputMatrixTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);
    private static final String FACT = "{\"entity\":\"Initech\",\"metric\":\"layoffs\",\"unit\":\"people\","
            + "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"source\":\"https://example.com/r\",\"value\":";

    enum Route {
        FACT_CHECK("factcheck-post.json"), INGEST_ARTICLE("ingest-article.json"), PUT_FACTS("facts-admin-put.json"),
        LIST_ARTICLES("get-article-list.json");

        final String eventFile;

        Route(String eventFile) {
            this.eventFile = eventFile;
        }
    }

    private final TestDynamoDb dynamoDb;
    private TestDynamoDb.Tables tables;
    private Map<Route, RequestStreamHandler> handlers;

    BadInputMatrixTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTablesWithTheSeedFactsAndOneArticle() throws Exception {
        tables = dynamoDb.createTables();
        FactsAdminHandler facts = new FactsAdminHandler(new FactStore(tables.clientOf("FactsAdminFunction"),
                tables.name(FactsSchema.TABLE_LOGICAL_ID)), new AdminGuard(false));
        IngestArticleHandler ingest = new IngestArticleHandler(serviceOf("IngestArticleFunction"), new AdminGuard(true));
        handlers = Map.of(
                Route.FACT_CHECK, new FactCheckHandler(checkerOf("FactCheckFunction"), CLOCK),
                Route.INGEST_ARTICLE, ingest,
                Route.PUT_FACTS, facts,
                Route.LIST_ARTICLES, new GetArticleHandler(serviceOf("GetArticleFunction"), storeOf("GetArticleFunction")));
        assertThat(call(Route.PUT_FACTS, Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"))).status())
                .isEqualTo(200);
        assertThat(LambdaInvoker.invokeHttp(ingest, Events.load(Route.INGEST_ARTICLE.eventFile)).status()).isEqualTo(201);
    }

    static Stream<Arguments> badRequests() {
        String deep = "{\"text\":" + "[".repeat(100) + "]".repeat(100) + "}";
        String figures = "Initech cut 1,001 jobs. ".repeat(1_001);
        return Stream.of(
                row("malformed JSON", Route.FACT_CHECK, "{\"text\": ", 400, "invalid_json", null, null),
                row("trailing content", Route.FACT_CHECK, "{\"text\":\"a\"} {}", 400, "invalid_json", null, null),
                row("JSON nested deeper than 64", Route.FACT_CHECK, deep, 400, "invalid_json", null, null),
                row("a JSON array instead of an object", Route.FACT_CHECK, "[1, 2]", 400, "invalid_json", null, null),
                row("text of the wrong type", Route.FACT_CHECK, "{\"text\": 5}", 400, "validation_failed", "text", null),
                row("text missing", Route.FACT_CHECK, "{}", 400, "validation_failed", "text", null),
                row("publishedAt in the year 999999999", Route.FACT_CHECK,
                        "{\"text\":\"Initech cut 4,000 jobs.\",\"publishedAt\":\"+999999999-12-31T00:00:00Z\"}",
                        400, "validation_failed", "publishedAt", "date_out_of_range"),
                row("publishedAt before the year 1000", Route.INGEST_ARTICLE,
                        "{\"title\":\"t\",\"text\":\"Initech cut 4,000 jobs.\",\"publishedAt\":\"0999-12-31\"}",
                        400, "validation_failed", "publishedAt", "date_out_of_range"),
                row("publishedAt that is not a date", Route.INGEST_ARTICLE,
                        "{\"title\":\"t\",\"text\":\"x\",\"publishedAt\":\"yesterday\"}", 400, "validation_failed", "publishedAt", null),
                row("fact value 1e999999999", Route.PUT_FACTS, "{\"facts\":[" + FACT + "1e999999999}]}",
                        400, "validation_failed", "facts[0].value", "number_out_of_range"),
                row("fact value with 41 significant digits", Route.PUT_FACTS,
                        "{\"facts\":[" + FACT + "1" + "0".repeat(39) + "1}]}", 400, "validation_failed", "facts[0].value",
                        "number_out_of_range"),
                row("fact value 1e-31", Route.PUT_FACTS, "{\"facts\":[" + FACT + "1e-31}]}",
                        400, "validation_failed", "facts[0].value", "number_out_of_range"),
                row("fact value of the wrong type", Route.PUT_FACTS, "{\"facts\":[" + FACT + "\"many\"}]}",
                        400, "validation_failed", "facts[0].value", null),
                row("negative fact value", Route.PUT_FACTS, "{\"facts\":[" + FACT + "-5}]}",
                        400, "validation_failed", "facts[0].value", null),
                row("article without a title", Route.INGEST_ARTICLE, "{\"text\":\"Initech cut 4,000 jobs.\"}",
                        400, "validation_failed", "title", null),
                row("article URL with a javascript: scheme", Route.INGEST_ARTICLE,
                        "{\"title\":\"t\",\"text\":\"x\",\"url\":\"javascript:alert(1)\"}", 400, "validation_failed", "url", null),
                row("text with more than 1,000 figures", Route.FACT_CHECK, Json.write(Json.object().put("text", figures)),
                        413, "payload_too_large", null, null),
                row("body over 1 MB", Route.INGEST_ARTICLE, Json.write(Json.object().put("title", "t").put("text", "x".repeat(1_100_000))),
                        413, "payload_too_large", null, null));
    }

    private static Arguments row(String input, Route route, String body, int status, String code, String path, String detailCode) {
        return Arguments.of(input, route, body, status, code, path, detailCode);
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @MethodSource("badRequests")
    void badRequest_getsAPrecise4xx_andLeavesStoredDataUnchanged(String input, Route route, String body, int status,
            String code, String path, String detailCode) {
        Map<String, Integer> before = storedItems();

        HttpResult result = call(route, body);

        assertThat(result.status()).as(input).isEqualTo(status);
        assertThat(result.errorCode()).as(input).isEqualTo(code);
        if (path != null) {
            JsonNode detail = detailAt(result, path);
            assertThat(detail).as(input + ": a detail at " + path + " in " + result.rawBody()).isNotNull();
            if (detailCode != null) {
                assertThat(detail.path("code").asText()).as(input).isEqualTo(detailCode);
            }
        }
        assertThat(result.rawBody()).as("no stack trace or exception text").doesNotContain("Exception", "\tat ");
        assertThat(storedItems()).as(input + ": stored data").isEqualTo(before);
    }

    @Test
    void wrongContentType_is415_andStoresNothing() {
        Map<String, Integer> before = storedItems();
        ObjectNode event = Events.withHeader(Events.withBody(Events.load(Route.INGEST_ARTICLE.eventFile),
                "{\"title\":\"t\",\"text\":\"Initech cut 4,000 jobs.\"}"), "content-type", "text/plain");

        HttpResult result = LambdaInvoker.invokeHttp(handlers.get(Route.INGEST_ARTICLE), event);

        assertThat(result.status()).isEqualTo(415);
        assertThat(result.errorCode()).isEqualTo("unsupported_media_type");
        assertThat(storedItems()).isEqualTo(before);
    }

    @Test
    void tamperedListCursor_is400InvalidCursor() {
        ObjectNode event = Events.load(Route.LIST_ARTICLES.eventFile);
        event.with("queryStringParameters").put("cursor", "eyJzayI6ImZvcmdlZCJ9.AAAA");

        HttpResult result = LambdaInvoker.invokeHttp(handlers.get(Route.LIST_ARTICLES), event);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("invalid_cursor");
    }

    @Test
    void articleHoldingA1500DigitNumber_isStored_andReadsBack() {
        String text = "Initech said its backlog was " + "9".repeat(1_500) + " widgets. Initech cut 4,000 jobs in 2024.";
        HttpResult stored = call(Route.INGEST_ARTICLE, Json.write(Json.object().put("title", "Big number").put("text", text)
                .put("publishedAt", "2025-01-02")));
        ObjectNode get = Events.load("get-article.json");
        get.with("pathParameters").put("id", stored.body().path("id").asText());

        HttpResult read = LambdaInvoker.invokeHttp(new GetArticleHandler(serviceOf("GetArticleFunction"),
                storeOf("GetArticleFunction")), get);

        assertThat(stored.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("text").asText()).isEqualTo(text);
        assertThat(read.body().path("claims").findValuesAsText("text")).noneMatch(claim -> claim.contains("999999"));
    }

    private HttpResult call(Route route, String body) {
        return LambdaInvoker.invokeHttp(handlers.get(route), Events.withBody(Events.load(route.eventFile), body));
    }

    private static JsonNode detailAt(HttpResult result, String path) {
        for (JsonNode detail : result.body().path("error").path("details")) {
            if (detail.path("path").asText().equals(path)) {
                return detail;
            }
        }
        return null;
    }

    /** Item counts of both tables, read with the tests' own (unrestricted) client. */
    private Map<String, Integer> storedItems() {
        return Map.of(
                "facts", count(tables.name(FactsSchema.TABLE_LOGICAL_ID)),
                "articles", count(tables.name(ArticlesSchema.TABLE_LOGICAL_ID)));
    }

    private int count(String table) {
        return dynamoDb.client().scan(ScanRequest.builder().tableName(table).select(Select.COUNT).consistentRead(true).build()).count();
    }

    private ArticleService serviceOf(String function) {
        return new ArticleService(checkerOf(function), storeOf(function), CLOCK);
    }

    private FactChecker checkerOf(String function) {
        return new FactChecker(new FactStore(tables.clientOf(function), tables.name(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
    }

    private ArticleStore storeOf(String function) {
        return new ArticleStore(tables.clientOf(function), tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
    }
}

package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.runtime.json.Json;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story this product was born from, end to end through the real handlers and dynalite: a
 * current figure, a past total and a figure that was true once, against the seed reference facts.
 */
@ExtendWith(DynamoDbExtension.class)
class SeedStoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);

    private final TestDynamoDb dynamoDb;
    private IngestArticleHandler ingest;
    private FactCheckHandler factCheck;

    SeedStoryTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void seedReferenceFacts() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        String factsTable = tables.name(FactsSchema.TABLE_LOGICAL_ID);
        HttpResult seeded = LambdaInvoker.invokeHttp(new FactsAdminHandler(
                        new FactStore(tables.clientOf("FactsAdminFunction"), factsTable), new AdminGuard(true)),
                Events.withBody(Events.load("facts-admin-put.json"),
                        Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"))));
        assertThat(seeded.status()).isEqualTo(200);
        ArticleStore articles = new ArticleStore(tables.clientOf("IngestArticleFunction"),
                tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "secret");
        ingest = new IngestArticleHandler(new ArticleService(new FactChecker(new FactStore(tables.clientOf("IngestArticleFunction"),
                factsTable), ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), articles, CLOCK), new AdminGuard(true));
        factCheck = new FactCheckHandler(new FactChecker(new FactStore(tables.clientOf("FactCheckFunction"), factsTable),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), CLOCK);
    }

    private static Map<String, JsonNode> byText(JsonNode claims) {
        Map<String, JsonNode> byText = new LinkedHashMap<>();
        claims.forEach(claim -> byText.put(claim.path("text").asText(), claim));
        return byText;
    }

    @Test
    void seedStory_currentAndPastFiguresAreSupported_andTheOldInvestmentIsOutdated() throws Exception {
        String article = Files.readString(ProjectFiles.root().resolve("infra/seed/articles/amazon-corporate-cuts.json"));

        HttpResult result = LambdaInvoker.invokeHttp(ingest, Events.withBody(Events.load("ingest-article.json"), article));

        assertThat(result.status()).isEqualTo(201);
        JsonNode claims = result.body().path("claims");
        JsonNode fourteen = claimWithValue(claims, 14_000);
        JsonNode twentySeven = claimWithValue(claims, 27_000);
        JsonNode fourBillion = claimWithValue(claims, 4_000_000_000L);
        assertThat(fourteen.path("verdict").asText()).as(fourteen.toPrettyString()).isEqualTo("SUPPORTED");
        assertThat(twentySeven.path("verdict").asText()).as(twentySeven.toPrettyString()).isEqualTo("SUPPORTED");
        assertThat(twentySeven.path("expected").asLong()).isEqualTo(27_000);
        assertThat(fourBillion.path("verdict").asText()).as(fourBillion.toPrettyString()).isEqualTo("OUTDATED");
        assertThat(fourBillion.path("expected").asLong()).isEqualTo(8_000_000_000L);
        assertThat(fourBillion.path("evidence").findValuesAsText("from")).contains("2024-03-27", "2024-11-22");
    }

    @Test
    void verificationExamples_holdThroughTheFactCheckRoute() {
        assertThat(verdictOf("Amazon eliminated 12,000 roles in March 2023.", "2023-04-01"))
                .isEqualTo("CONTRADICTED expected 9000");
        assertThat(verdictOf("Amazon has invested $4B in Anthropic.", "2024-06-01")).isEqualTo("SUPPORTED expected 4000000000");
        assertThat(verdictOf("Amazon has invested $4B in Anthropic.", "2025-10-28")).isEqualTo("OUTDATED expected 8000000000");
        assertThat(verdictOf("Tesla cut 14,000 jobs last year.", "2025-10-28")).isEqualTo("UNVERIFIED expected null");
    }

    private String verdictOf(String text, String publishedAt) {
        ObjectNode body = Json.object().put("text", text).put("publishedAt", publishedAt);
        HttpResult result = LambdaInvoker.invokeHttp(factCheck, Events.withBody(Events.load("factcheck-post.json"), Json.write(body)));
        JsonNode claim = result.body().path("claims").get(0);
        return claim.path("verdict").asText() + " expected " + (claim.path("expected").isNull() ? "null" : claim.path("expected").asText());
    }

    private static JsonNode claimWithValue(JsonNode claims, long value) {
        for (JsonNode claim : claims) {
            if (claim.path("value").decimalValue().longValue() == value) {
                return claim;
            }
        }
        throw new AssertionError("no claim of value " + value + " in " + byText(claims).keySet());
    }
}

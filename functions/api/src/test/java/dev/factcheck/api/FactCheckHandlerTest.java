package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Unit;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.facts.Fact;
import dev.factcheck.runtime.failures.DynamoDbCallRecorder;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.time.Period;
import dev.factcheck.verify.VerificationSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.factcheck.runtime.wiring.DynamoDbClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@ExtendWith(DynamoDbExtension.class)
class FactCheckHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-28T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectNode EVENT = Events.load("factcheck-post.json");

    private final TestDynamoDb dynamoDb;
    private FactCheckHandler handler;

    FactCheckHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void referenceData() {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        FactStore facts = new FactStore(dynamoDb.client(), tables.name(FactsSchema.TABLE_LOGICAL_ID));
        Period day = Period.day(LocalDate.parse("2025-10-28"));
        String source = "https://example.org/amazon-layoffs";
        facts.upsert(List.of(new Entity("Amazon", List.of("Amazon.com"))), List.of(), List.of(
                new Fact(Fact.identityOf("Amazon", "layoffs", null, day, source), "Amazon", "layoffs", null,
                        BigDecimal.valueOf(14_000), Unit.PEOPLE, false, day, source, null, null)));
        FactStore asFunction = new FactStore(tables.clientOf("FactCheckFunction"), tables.name(FactsSchema.TABLE_LOGICAL_ID));
        handler = new FactCheckHandler(new FactChecker(asFunction, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), CLOCK);
    }

    @Test
    void sampleEvent_checksEachFigureAgainstTheStoredRecords() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, EVENT);

        assertThat(result.status()).isEqualTo(200);
        JsonNode layoffs = result.body().path("claims").get(0);
        assertThat(layoffs.path("value").asLong()).isEqualTo(14_000);
        assertThat(layoffs.path("entity").asText()).isEqualTo("Amazon");
        assertThat(layoffs.path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(layoffs.path("evidence").get(0).path("source").asText()).isEqualTo("https://example.org/amazon-layoffs");
        assertThat(result.body().path("checkedAt").asText()).isEqualTo("2025-10-28T15:00:00Z");
        assertThat(result.body().path("summary").path("counts").path("SUPPORTED").asInt()).isEqualTo(1);
    }

    /** Issue 15: the answer says which claims are predictions, and how a figure relates to others. */
    @Test
    void answer_marksAPredictionAndAShare() {
        ObjectNode event = EVENT.deepCopy();
        event.put("body", "{\"text\": \"Amazon will lay off 2,400 more next week, about 4% of its staff.\", "
                + "\"publishedAt\": \"2025-10-28\"}");

        HttpResult result = LambdaInvoker.invokeHttp(handler, event);

        assertThat(result.status()).isEqualTo(200);
        JsonNode round = result.body().path("claims").get(0);
        assertThat(round.path("prediction").asBoolean()).isTrue();
        assertThat(round.path("relation").path("kind").asText()).isEqualTo("new_round");
        assertThat(round.path("period").path("from").asText()).isEqualTo("2025-11-03");
        assertThat(round.path("verdict").asText()).isEqualTo("UNVERIFIED");
        assertThat(round.path("explanation").asText()).contains("prediction");
        JsonNode share = result.body().path("claims").get(1);
        assertThat(share.path("metric").asText()).isEqualTo("layoffs/headcount");
        assertThat(share.path("relation").path("part").asText()).isEqualTo("layoffs");
        assertThat(share.path("relation").path("whole").asText()).isEqualTo("headcount");
        JsonNode standalone = LambdaInvoker.invokeHttp(handler, EVENT).body().path("claims").get(0);
        assertThat(standalone.path("prediction").asBoolean()).isFalse();
        assertThat(standalone.has("relation")).isTrue();
        assertThat(standalone.path("relation").isNull()).isTrue();
    }

    /**
     * A SnapStart snapshot holds what priming ran, loaded and compiled: its one check must reach the
     * rules a first article meets, not only the plain ones.
     */
    @Test
    void primingCheck_reachesSharesQuartersRelativeYearsTableTotalsAndPrices() throws Exception {
        ObjectNode priming = (ObjectNode) Json.read(handler.primingEvents().getFirst().toBytes());

        HttpResult result = LambdaInvoker.invokeHttp(handler, priming);

        assertThat(result.status()).isEqualTo(200);
        List<String> relations = new java.util.ArrayList<>();
        List<String> periods = new java.util.ArrayList<>();
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode claim : result.body().path("claims")) {
            relations.add(claim.path("relation").path("kind").asText());
            periods.add(claim.path("period").path("from").asText() + ".." + claim.path("period").path("to").asText());
            texts.add(claim.path("text").asText());
        }
        assertThat(relations).contains("share", "total");
        assertThat(periods).contains("2024-07-01..2024-09-30", "2024-01-01..2024-12-31", "2022-01-01..2023-12-31");
        assertThat(texts).noneMatch(text -> text.contains("3.79"));
    }

    @Test
    void malformedJson_isRefusedWithInvalidJson() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, "{\"text\": "));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("invalid_json");
    }

    @Test
    void missingTextAndWrongTypes_areListedFieldByField() {
        HttpResult result = LambdaInvoker.invokeHttp(handler,
                Events.withBody(EVENT, "{\"publishedAt\": 20251028, \"url\": \"ftp://x\"}"));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("validation_failed");
        assertThat(result.body().path("error").path("details").findValuesAsText("path"))
                .containsExactlyInAnyOrder("text", "publishedAt", "url");
    }

    @Test
    void bodyOverOneMegabyte_isRefusedWith413() {
        String huge = "{\"text\": \"" + "a".repeat(1_000_001) + "\"}";

        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, huge));

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void nonJsonContentType_isRefusedWith415() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withHeader(EVENT, "content-type", "text/plain"));

        assertThat(result.status()).isEqualTo(415);
    }

    @Test
    void deeplyNestedJson_isRefusedWithInvalidJson() {
        String nested = "{\"text\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, nested));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("invalid_json");
    }

    @Test
    void trailingContentAfterTheObject_isRefusedWithInvalidJson() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, "{\"text\": \"a\"} {}"));

        assertThat(result.errorCode()).isEqualTo("invalid_json");
    }

    @Test
    void dynamoDbThrottlingPastTheRetries_answers503WithRetryAfter() {
        ExecutionInterceptor throttled = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                throw ProvisionedThroughputExceededException.builder().statusCode(400)
                        .message("Rate of requests exceeds the allowed throughput.")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                                .serviceName("DynamoDb").errorMessage("Rate of requests exceeds the allowed throughput.").build())
                        .build();
            }
        };
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(dynamoDb.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(throttled).retryStrategy(DynamoDbClients.retryStrategy()))
                .build();
        FactStore store = new FactStore(client, "any-table");
        FactCheckHandler throttledHandler = new FactCheckHandler(
                new FactChecker(store, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), CLOCK);

        HttpResult result = LambdaInvoker.invokeHttp(throttledHandler, EVENT);

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.errorCode()).isEqualTo("unavailable");
        assertThat(result.headers()).containsKey("retry-after");
        assertThat(result.rawBody()).doesNotContain("throughput");
    }

    @Test
    void missingTable_answers500Misconfigured_neverA503_andTheLogNamesTableAndAction() {
        FactStore missing = new FactStore(dynamoDb.clientWith(List.of(new DynamoDbCallRecorder())), "no-such-table");
        FactCheckHandler misconfigured = new FactCheckHandler(
                new FactChecker(missing, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), CLOCK);

        CapturedOutput log = CapturedOutput.of(() -> LambdaInvoker.invokeHttp(misconfigured, EVENT));

        assertThat(log.result().status()).isEqualTo(500);
        assertThat(log.result().errorCode()).isEqualTo("misconfigured");
        assertThat(log.result().headers()).doesNotContainKey("retry-after");
        assertThat(log.text()).contains("\"message\":\"store_misconfigured\"", "\"reason\":\"ResourceNotFoundException\"",
                "\"action\":\"dynamodb:Query\"", "no-such-table");
    }

    @Test
    void callOutsideTheFunctionsPolicy_answers500Misconfigured_andTheLogNamesTheAction() {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        // FactCheckFunction may read the facts table only; pointed at the articles table it is refused as in AWS.
        FactStore wrongTable = new FactStore(tables.clientOf("FactCheckFunction", List.of(new DynamoDbCallRecorder())),
                tables.name("ArticlesTable"));
        FactCheckHandler misconfigured = new FactCheckHandler(
                new FactChecker(wrongTable, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS), CLOCK);

        CapturedOutput log = CapturedOutput.of(() -> LambdaInvoker.invokeHttp(misconfigured, EVENT));

        assertThat(log.result().status()).isEqualTo(500);
        assertThat(log.result().errorCode()).isEqualTo("misconfigured");
        assertThat(log.text()).contains("\"reason\":\"AccessDeniedException\"", "\"action\":\"dynamodb:Query\"",
                tables.name("ArticlesTable"));
    }

    /** What a handler printed (its JSON log lines) while answering. */
    private record CapturedOutput(HttpResult result, String text) {

        static CapturedOutput of(java.util.function.Supplier<HttpResult> invocation) {
            java.io.PrintStream original = System.out;
            java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                HttpResult result = invocation.get();
                return new CapturedOutput(result, captured.toString(java.nio.charset.StandardCharsets.UTF_8));
            } finally {
                System.setOut(original);
                System.out.print(captured.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void textWithMoreThanAThousandFigures_isRefusedWith413_insteadOfAnAnswerTooLargeForLambda() {
        String text = "Amazon cut 14,000 jobs. ".repeat(FactChecker.MAX_CLAIMS + 1);

        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, Json.write(Json.object().put("text", text))));

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCode()).isEqualTo("payload_too_large");
        assertThat(result.body().path("error").path("message").asText()).contains("1001 figures");
    }

    @Test
    void textWithAThousandFigures_isChecked() {
        String text = "Amazon cut 14,000 jobs. ".repeat(FactChecker.MAX_CLAIMS);

        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, Json.write(Json.object().put("text", text))));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().path("claims").size()).isEqualTo(FactChecker.MAX_CLAIMS);
        assertThat(result.rawBody().length()).isLessThan(6_000_000);
    }

    @Test
    void errorBodies_neverCarryExceptionDetails() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, Events.withBody(EVENT, "[1, 2"));

        assertThat(result.rawBody()).doesNotContain("Exception").doesNotContain("at dev.factcheck");
    }
}

package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

@ExtendWith(DynamoDbExtension.class)
class FactsAdminHandlerTest {

    private static final ObjectNode PUT = Events.load("facts-admin-put.json");
    private static final ObjectNode GET = Events.load("facts-admin-get.json");
    private static final ObjectNode DELETE = Events.load("facts-admin-delete.json");

    private final TestDynamoDb dynamoDb;
    private String table;
    private FactStore store;
    private FactsAdminHandler handler;
    private TestDynamoDb.Tables tables;

    FactsAdminHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        tables = dynamoDb.createTables();
        table = tables.name(FactsSchema.TABLE_LOGICAL_ID);
        store = new FactStore(dynamoDb.client(), table);
        handler = new FactsAdminHandler(new FactStore(tables.clientOf("FactsAdminFunction"), table), new AdminGuard(true));
    }

    private static String seedBody() {
        try {
            return Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResult put(String body) {
        return LambdaInvoker.invokeHttp(handler, Events.withBody(PUT, body));
    }

    private static String facts(int count, String valueOfFourth) {
        StringBuilder body = new StringBuilder("{\"facts\": [");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"entity\": \"Amazon\", \"metric\": \"revenue\", \"value\": ")
                    .append(i == 3 && valueOfFourth != null ? valueOfFourth : Integer.toString(1_000 + i))
                    .append(", \"unit\": \"USD\", \"period\": {\"from\": \"2020-01-01\", \"to\": \"2020-01-01\"},")
                    .append(" \"source\": \"https://example.org/r/").append(i).append("\"}");
        }
        return body.append("]}").toString();
    }

    @Test
    void upload_ofTheSeedFile_writesEveryEntityAndFact() {
        HttpResult result = put(seedBody());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().path("written").path("facts").asInt()).isEqualTo(11);
        assertThat(result.body().path("written").path("entities").asInt()).isEqualTo(4);
        assertThat(store.list("Amazon", "layoffs", null)).hasSize(4);
    }

    @Test
    void upload_repeated_duplicatesNothing() {
        put(seedBody());
        put(seedBody());

        assertThat(store.list("Amazon", null, null)).hasSize(6);
    }

    @Test
    void upload_withOneInvalidItem_writesNothingAndNamesThePath() {
        HttpResult result = put(facts(10, "\"many\""));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("validation_failed");
        assertThat(result.body().path("error").path("details").get(0).path("path").asText()).isEqualTo("facts[3].value");
        assertThat(result.body().path("error").path("details").get(0).path("problem").asText()).isEqualTo("must be a number");
        assertThat(store.list("Amazon", null, null)).isEmpty();
    }

    @Test
    void upload_of5000Facts_isWrittenWhole() {
        HttpResult result = put(facts(5_000, null));

        assertThat(result.status()).isEqualTo(200);
        assertThat(store.list("Amazon", "revenue", null)).hasSize(5_000);
    }

    @Test
    void upload_ofMoreThan5000Facts_isRefusedWith413() {
        HttpResult result = put(facts(5_001, null));

        assertThat(result.status()).isEqualTo(413);
        assertThat(store.list("Amazon", null, null)).isEmpty();
    }

    @Test
    void upload_withoutIamCaller_isForbiddenAndWritesNothing() {
        ObjectNode unsigned = Events.withBody(PUT, seedBody());
        unsigned.with("requestContext").remove("authorizer");

        HttpResult result = LambdaInvoker.invokeHttp(handler, unsigned);

        assertThat(result.status()).isEqualTo(403);
        assertThat(store.list("Amazon", null, null)).isEmpty();
    }

    @Test
    void upload_whenDynamoDbKeepsThrottling_answers503WithTheCount_andARepeatCompletesIt() {
        AtomicBoolean throttle = new AtomicBoolean(true);
        ExecutionInterceptor leaveEverythingUnprocessed = new ExecutionInterceptor() {
            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
                if (throttle.get() && context.request() instanceof BatchWriteItemRequest request) {
                    return BatchWriteItemResponse.builder().unprocessedItems(request.requestItems()).build();
                }
                return context.response();
            }
        };
        var client = tables.clientOf("FactsAdminFunction", List.of(leaveEverythingUnprocessed));
        FactStore throttled = new FactStore(client, table, new BatchWriter(client, 3, 1));
        FactsAdminHandler throttledHandler = new FactsAdminHandler(throttled, new AdminGuard(true));

        HttpResult refused = LambdaInvoker.invokeHttp(throttledHandler, Events.withBody(PUT, seedBody()));
        throttle.set(false);
        HttpResult repeated = LambdaInvoker.invokeHttp(throttledHandler, Events.withBody(PUT, seedBody()));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsKey("retry-after");
        assertThat(refused.body().path("error").path("message").asText()).contains("0 of 15 items were written");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(store.list("Amazon", null, null)).hasSize(6);
    }

    @Test
    void list_returnsTheSeriesOrderedByPeriod_andUnknownEntityGivesAnEmptyList() {
        put(seedBody());

        HttpResult amazon = LambdaInvoker.invokeHttp(handler, GET);
        ObjectNode unknown = GET.deepCopy();
        unknown.with("queryStringParameters").put("entity", "Tesla");

        assertThat(amazon.status()).isEqualTo(200);
        assertThat(amazon.body().path("facts").findValuesAsText("from"))
                .containsExactly("2023-01-04", "2023-03-20", "2025-10-28", "2026-01-28");
        assertThat(LambdaInvoker.invokeHttp(handler, unknown).body().path("facts")).isEmpty();
    }

    @Test
    void delete_answers204_thenUnknownIdAnswers404() {
        put(seedBody());

        assertThat(LambdaInvoker.invokeHttp(handler, DELETE).status()).isEqualTo(204);
        HttpResult again = LambdaInvoker.invokeHttp(handler, DELETE);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("not_found");
        assertThat(store.list("Microsoft", "layoffs", null)).hasSize(1);
    }

    @Test
    void wrongMethodOnAKnownPath_answers405WithAllow() {
        ObjectNode post = PUT.deepCopy();
        post.put("routeKey", "POST /facts");

        HttpResult result = LambdaInvoker.invokeHttp(handler, post);

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.headers().get("allow")).isEqualTo("GET, PUT");
    }
}

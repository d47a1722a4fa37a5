package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedIds;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.store.feeds.FeedsSchema;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DynamoDbExtension.class)
class FeedsAdminHandlerTest {

    private static final ObjectNode POST = Events.load("feeds-admin-post.json");
    private static final ObjectNode GET = Events.load("feeds-admin-get.json");
    private static final ObjectNode PATCH = Events.load("feeds-admin-patch.json");
    private static final ObjectNode DELETE = Events.load("feeds-admin-delete.json");
    private static final Instant NOW = Instant.parse("2026-11-29T21:00:00Z");

    private final TestDynamoDb dynamoDb;
    private FeedRegistry store;
    private FeedsAdminHandler handler;

    FeedsAdminHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        store = new FeedRegistry(dynamoDb.client(), tables.name(FeedsSchema.TABLE_LOGICAL_ID));
        handler = new FeedsAdminHandler(new FeedRegistry(tables.clientOf("FeedsAdminFunction"), tables.name(FeedsSchema.TABLE_LOGICAL_ID)),
                new AdminGuard(true), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private HttpResult post(String body) {
        return LambdaInvoker.invokeHttp(handler, Events.withBody(POST, body));
    }

    @Test
    void post_registersTheFeed_with201_andTheSameUrlAgainAnswers200WithTheExistingFeed() {
        HttpResult created = LambdaInvoker.invokeHttp(handler, POST);
        HttpResult again = post("{\"url\": \"HTTPS://203.0.113.10:443/rss.xml#latest\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).isEqualTo(FeedIds.of("https://203.0.113.10/rss.xml"));
        assertThat(created.body().path("url").asText()).isEqualTo("https://203.0.113.10/rss.xml");
        assertThat(created.body().path("name").asText()).isEqualTo("Example News");
        assertThat(created.body().path("createdAt").asText()).isEqualTo("2026-11-29T21:00:00Z");
        assertThat(created.headers().get("location")).isEqualTo("/feeds/" + created.body().path("id").asText());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(created.body());
        assertThat(store.list()).hasSize(1);
    }

    @ParameterizedTest(name = "url {0} is refused")
    @ValueSource(strings = {"\"file:///etc/passwd\"", "\"ftp://news.example/feed\"", "\"news.example/feed\"",
            "\"https://user:pw@news.example/feed\"", "\"\"", "42", "null"})
    void post_withoutAnHttpUrl_isRefusedWith400_andRegistersNothing(String url) {
        HttpResult result = post("{\"url\": " + url + "}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("validation_failed");
        assertThat(result.body().path("error").path("details").get(0).path("path").asText()).isEqualTo("url");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void post_withAllowedDomains_keepsThemLowerCased_andShowsThem() {
        HttpResult created = post("{\"url\": \"https://digest.example/rss\", \"allowedDomains\": [\"Wire.Example\", \"news.example.org.\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("allowedDomains")).extracting(JsonNode::asText).containsExactly("wire.example", "news.example.org");
        assertThat(store.list()).singleElement().satisfies(feed ->
                assertThat(feed.allowedDomains()).containsExactly("wire.example", "news.example.org"));
    }

    @ParameterizedTest(name = "allowedDomains {0} is refused")
    @ValueSource(strings = {"\"wire.example\"", "[\"localhost\"]", "[\"https://wire.example/\"]", "[\"wire..example\"]",
            "[\"-wire.example\"]", "[42]", "[\"*.wire.example\"]"})
    void post_withMalformedAllowedDomains_isRefusedWith400_andRegistersNothing(String domains) {
        HttpResult result = post("{\"url\": \"https://digest.example/rss\", \"allowedDomains\": " + domains + "}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body().path("error").path("details").get(0).path("path").asText()).startsWith("allowedDomains");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void post_withoutIamCaller_isForbidden() {
        ObjectNode unsigned = POST.deepCopy();
        unsigned.with("requestContext").remove("authorizer");

        assertThat(LambdaInvoker.invokeHttp(handler, unsigned).status()).isEqualTo(403);
        assertThat(store.list()).isEmpty();
    }

    @Test
    void post_ofAnotherContentType_is415() {
        assertThat(LambdaInvoker.invokeHttp(handler, Events.withHeader(POST, "content-type", "text/plain")).status()).isEqualTo(415);
    }

    @Test
    void get_listsFeedsWithValidatorsLastRunAndCounts() {
        String id = store.register("https://news.example/rss.xml", "Example", NOW).feed().id();
        store.recordRun(id, new FeedRegistry.FeedRun(NOW.plusSeconds(60), "partial", "1 entry failed; retried next run", 4, 3, 0, 1,
                null));
        store.register("https://other.example/atom", null, NOW);

        HttpResult result = LambdaInvoker.invokeHttp(handler, GET);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().path("feeds")).hasSize(2);
        ObjectNode feed = (ObjectNode) result.body().path("feeds").findParents("id").stream()
                .filter(f -> f.path("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(feed.path("etag").isNull()).isTrue();
        assertThat(feed.path("lastRun").path("status").asText()).isEqualTo("partial");
        assertThat(feed.path("lastRun").path("error").asText()).isEqualTo("1 entry failed; retried next run");
        assertThat(feed.path("lastRun").path("new").asInt()).isEqualTo(3);
        assertThat(feed.path("totals").path("failed").asInt()).isEqualTo(1);
        assertThat(feed.path("parked")).isEmpty();
    }

    @Test
    void get_showsTheParkedEntriesOfAFeed_withTheirLastError() {
        String id = store.register("https://news.example/rss.xml", "Example", NOW).feed().id();
        store.recordRun(id, new FeedRegistry.FeedRun(NOW, "partial", "1 entry failed", 2, 1, 0, 1, null,
                List.of(new Feed.ParkedEntry("urn:story:7", "https://news.example/7", 3, "page fetch: timed out after 10000 ms", NOW))));

        JsonNode feed = LambdaInvoker.invokeHttp(handler, GET).body().path("feeds").get(0);

        assertThat(feed.path("parked")).singleElement().satisfies(parked -> {
            assertThat(parked.path("entry").asText()).isEqualTo("urn:story:7");
            assertThat(parked.path("url").asText()).isEqualTo("https://news.example/7");
            assertThat(parked.path("attempts").asInt()).isEqualTo(3);
            assertThat(parked.path("error").asText()).isEqualTo("page fetch: timed out after 10000 ms");
            assertThat(parked.path("parkedAt").asText()).isEqualTo(NOW.toString());
        });
    }

    @Test
    void delete_answers204_thenUnknownIdAnswers404() {
        String id = store.register("https://news.example/rss.xml", null, NOW).feed().id();
        ObjectNode delete = DELETE.deepCopy();
        delete.with("pathParameters").put("id", id);

        assertThat(LambdaInvoker.invokeHttp(handler, delete).status()).isEqualTo(204);
        HttpResult again = LambdaInvoker.invokeHttp(handler, delete);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("not_found");
        assertThat(LambdaInvoker.invokeHttp(handler, DELETE).status()).as("the sample event's feed is not registered").isEqualTo(404);
        assertThat(store.list()).isEmpty();
    }

    @Test
    void sampleEvents_deleteWhatThePostEventRegisters() {
        assertThat(LambdaInvoker.invokeHttp(handler, POST).status()).isEqualTo(201);

        assertThat(LambdaInvoker.invokeHttp(handler, DELETE).status()).isEqualTo(204);
        assertThat(store.list()).isEmpty();
    }

    @Test
    void delete_withoutIamCaller_isForbidden() {
        String id = store.register("https://news.example/rss.xml", null, NOW).feed().id();
        ObjectNode unsigned = DELETE.deepCopy();
        unsigned.with("pathParameters").put("id", id);
        unsigned.with("requestContext").remove("authorizer");

        assertThat(LambdaInvoker.invokeHttp(handler, unsigned).status()).isEqualTo(403);
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void wrongMethodOnAKnownPath_answers405WithAllow() {
        ObjectNode put = POST.deepCopy();
        put.put("routeKey", "PUT /feeds");

        HttpResult result = LambdaInvoker.invokeHttp(handler, put);

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.headers().get("allow")).isEqualTo("GET, POST");
    }

    @Test
    void patch_changesNameAndAllowedDomainsInPlace_keepingUrlCreationAndRuns() {
        String id = LambdaInvoker.invokeHttp(handler, POST).body().path("id").asText();
        store.recordRun(id, new FeedRegistry.FeedRun(NOW, "ok", null, 4, 4, 0, 0, null));

        HttpResult changed = LambdaInvoker.invokeHttp(handler, PATCH);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("id").asText()).isEqualTo(id);
        assertThat(changed.body().path("url").asText()).isEqualTo("https://203.0.113.10/rss.xml");
        assertThat(changed.body().path("name").asText()).isEqualTo("Example News (morning edition)");
        assertThat(changed.body().path("allowedDomains")).extracting(JsonNode::asText).containsExactly("wire.example");
        assertThat(changed.body().path("createdAt").asText()).isEqualTo(NOW.toString());
        assertThat(changed.body().path("totals").path("new").asInt()).isEqualTo(4);
        assertThat(store.get(id)).hasValueSatisfying(feed -> assertThat(feed.allowedDomains()).containsExactly("wire.example"));
    }

    @Test
    void patch_leavesOutFieldsAsTheyAre_andEmptyDomainsLeaveTheFeedItsOwnSite() {
        String id = post("{\"url\": \"https://digest.example/rss\", \"name\": \"Digest\", \"allowedDomains\": [\"wire.example\"]}")
                .body().path("id").asText();

        HttpResult changed = patch(id, "{\"allowedDomains\": []}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("name").asText()).isEqualTo("Digest");
        assertThat(changed.body().path("allowedDomains")).isEmpty();
    }

    @Test
    void patch_ofAFeedNotRegistered_is404_andRegistersNothing() {
        HttpResult result = LambdaInvoker.invokeHttp(handler, PATCH);

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.errorCode()).isEqualTo("not_found");
        assertThat(store.list()).isEmpty();
    }

    @ParameterizedTest(name = "body {0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"url\": \"https://elsewhere.example/rss\"}|url",
            "{}|name",
            "{\"allowedDomains\": [\"localhost\"]}|allowedDomains[0]",
            "{\"allowedDomains\": \"wire.example\"}|allowedDomains",
            "{\"name\": 42}|name"})
    void patch_withAUrlNothingToChangeOrMalformedFields_isRefusedWith400_andChangesNothing(String body, String path) {
        Feed before = store.register("https://203.0.113.10/rss.xml", "Example News", List.of("agency.example"), NOW).feed();

        HttpResult result = patch(before.id(), body);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCode()).isEqualTo("validation_failed");
        assertThat(result.body().path("error").path("details").get(0).path("path").asText()).isEqualTo(path);
        assertThat(store.get(before.id())).contains(before);
    }

    @Test
    void patch_withoutIamCaller_isForbidden_andChangesNothing() {
        Feed before = store.register("https://203.0.113.10/rss.xml", "Example News", NOW).feed();
        ObjectNode unsigned = PATCH.deepCopy();
        unsigned.with("requestContext").remove("authorizer");

        assertThat(LambdaInvoker.invokeHttp(handler, unsigned).status()).isEqualTo(403);
        assertThat(store.get(before.id())).contains(before);
    }

    private HttpResult patch(String id, String body) {
        ObjectNode patch = Events.withBody(PATCH, body);
        patch.with("pathParameters").put("id", id);
        return LambdaInvoker.invokeHttp(handler, patch);
    }
}

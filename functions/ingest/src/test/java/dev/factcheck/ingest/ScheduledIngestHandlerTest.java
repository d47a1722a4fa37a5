package dev.factcheck.ingest;

import static dev.factcheck.ingest.Fixtures.linkItem;
import static dev.factcheck.ingest.Fixtures.page;
import static dev.factcheck.ingest.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.Events;
import dev.factcheck.testing.LambdaInvoker;
import dev.factcheck.testing.TestDynamoDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ScheduledIngestHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectNode EVENT = Events.load("scheduled-ingest.json");

    private final TestDynamoDb dynamoDb;
    private final LoopbackServer server = new LoopbackServer();

    ScheduledIngestHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty(ScheduledIngestHandler.ALLOW_LOOPBACK_SETTING);
    }

    @Test
    void schedulerEvent_isAnEventBridgeSchedulerEvent() {
        assertThat(EVENT.path("source").asText()).isEqualTo("aws.scheduler");
        assertThat(EVENT.path("detail-type").asText()).isEqualTo("Scheduled Event");
    }

    @Test
    void schedulerEvent_runsTheIngestion_andAnswersTheReport_andEmitsEmfMetrics() throws Exception {
        Fixtures fixtures = new Fixtures(dynamoDb);
        server.on("/article/1", 200, "text/html", page("Profit rose 4% to $2 billion."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("h1", server.url("/article/1"))));
        server.on("/down.xml", 500, "text/plain", "no");
        fixtures.feeds.register(server.url("/feed.xml"), "Loopback", Instant.now());
        fixtures.feeds.register(server.url("/down.xml"), null, Instant.now());
        ByteArrayOutputStream emf = new ByteArrayOutputStream();
        ScheduledIngestHandler handler = new ScheduledIngestHandler(fixtures.ingester(),
                new Metrics(new PrintStream(emf, true, StandardCharsets.UTF_8), Clock.systemUTC(), "ScheduledIngestFunction"));

        JsonNode report = MAPPER.readTree(LambdaInvoker.invokeRaw(handler, Events.bytes(EVENT), 60_000));

        assertThat(report.path("feeds").asInt()).isEqualTo(2);
        assertThat(report.path("fetched").asInt()).isEqualTo(1);
        assertThat(report.path("new").asInt()).isEqualTo(1);
        assertThat(report.path("duplicates").asInt()).isZero();
        assertThat(report.path("failed")).hasSize(1);
        assertThat(report.path("failed").get(0).path("url").asText()).isEqualTo(server.url("/down.xml"));
        assertThat(report.path("failed").get(0).path("reason").asText()).isEqualTo("feed fetch: answered HTTP 500");

        JsonNode metrics = MAPPER.readTree(emf.toString(StandardCharsets.UTF_8).strip());
        assertThat(metrics.path("_aws").path("CloudWatchMetrics").get(0).path("Namespace").asText()).isEqualTo("factcheck");
        assertThat(metrics.path("ArticlesIngested").asInt()).isEqualTo(1);
        assertThat(metrics.path("Failures").asInt()).isEqualTo(1);
        assertThat(metrics.path("function").asText()).isEqualTo("ScheduledIngestFunction");
    }

    @Test
    void checkpointHooks_primeParsersAndStores_withoutWritingAnything() {
        Fixtures fixtures = new Fixtures(dynamoDb);
        ScheduledIngestHandler handler = new ScheduledIngestHandler(fixtures.ingester(),
                new Metrics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC(),
                        "ScheduledIngestFunction"));

        handler.beforeCheckpoint(null);
        handler.afterRestore(null);

        assertThat(fixtures.feeds.list()).isEmpty();
        assertThat(fixtures.articleStore.list(10, null).articles()).isEmpty();
    }

    @Test
    void noArgConstructor_readsTheTemplateSettings_andRefusesLoopbackUnlessSwitchedOn() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        tables.applySettingsOf("ScheduledIngestFunction");
        server.on("/article/1", 200, "text/html", page("Costs fell 2% to $1 billion."));
        server.on("/feed.xml", 200, "application/rss+xml", rss(linkItem("n1", server.url("/article/1"))));
        new dev.factcheck.store.feeds.FeedRegistry(dynamoDb.client(), tables.name("FeedsTable"))
                .register(server.url("/feed.xml"), null, Instant.now());

        JsonNode refused = MAPPER.readTree(LambdaInvoker.invokeRaw(new ScheduledIngestHandler(), Events.bytes(EVENT), 60_000));
        assertThat(refused.path("failed").get(0).path("reason").asText()).isEqualTo("feed fetch: host resolves to a loopback address");
        assertThat(server.requests()).isEmpty();

        System.setProperty(ScheduledIngestHandler.ALLOW_LOOPBACK_SETTING, "true");
        JsonNode allowed = MAPPER.readTree(LambdaInvoker.invokeRaw(new ScheduledIngestHandler(), Events.bytes(EVENT), 60_000));
        assertThat(allowed.path("new").asInt()).isEqualTo(1);
        assertThat(allowed.path("failed")).isEmpty();
    }
}

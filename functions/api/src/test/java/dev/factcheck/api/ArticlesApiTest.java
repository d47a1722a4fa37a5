package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.review.Author;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.summary.Summarizer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ArticlesApiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);
    private static final ObjectNode INGEST = Events.load("ingest-article.json");
    private static final ObjectNode GET = Events.load("get-article.json");
    private static final ObjectNode LIST = Events.load("get-article-list.json");
    private static final ObjectNode SUMMARY = Events.load("summary-get.json");

    private final TestDynamoDb dynamoDb;
    private FactStore facts;
    private ArticleStore store;
    private IngestArticleHandler ingest;
    private GetArticleHandler get;
    private SummaryHandler summary;

    ArticlesApiTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        facts = new FactStore(dynamoDb.client(), tables.name(FactsSchema.TABLE_LOGICAL_ID));
        store = new ArticleStore(dynamoDb.client(), tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
        // Each handler runs with its own function's credentials and policies, as deployed.
        ingest = new IngestArticleHandler(serviceOf(tables, "IngestArticleFunction"), new AdminGuard(true));
        get = new GetArticleHandler(serviceOf(tables, "GetArticleFunction"), articlesOf(tables, "GetArticleFunction"));
        summary = new SummaryHandler(serviceOf(tables, "SummaryFunction"), Author.organization("Sample Desk", "https://desk.example"));
        new FactsAdminHandler(new FactStore(tables.clientOf("FactsAdminFunction"), tables.name(FactsSchema.TABLE_LOGICAL_ID)),
                new AdminGuard(false)).handleRequest(
                new java.io.ByteArrayInputStream(Events.bytes(Events.withBody(Events.load("facts-admin-put.json"),
                        Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"))))),
                new java.io.ByteArrayOutputStream(), null);
    }

    private static ArticleService serviceOf(TestDynamoDb.Tables tables, String function) {
        FactStore facts = new FactStore(tables.clientOf(function), tables.name(FactsSchema.TABLE_LOGICAL_ID));
        return new ArticleService(new FactChecker(facts, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS),
                articlesOf(tables, function), CLOCK);
    }

    private static ArticleStore articlesOf(TestDynamoDb.Tables tables, String function) {
        return new ArticleStore(tables.clientOf(function), tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
    }

    private HttpResult post(ObjectNode body) {
        return LambdaInvoker.invokeHttp(ingest, Events.withBody(INGEST, Json.write(body)));
    }

    private static ObjectNode article(String title, String url, String publishedAt, String text) {
        ObjectNode body = Json.object().put("title", title).put("text", text).put("publishedAt", publishedAt);
        if (url != null) {
            body.put("url", url);
        }
        return body;
    }

    private ObjectNode seedArticle(String file) throws Exception {
        return (ObjectNode) Json.read(Files.readString(ProjectFiles.root().resolve("infra/seed/articles").resolve(file)));
    }

    @Test
    void ingest_answers201WithLocation_andTheSameUrlAgainAnswers200WithTheSameId() {
        HttpResult first = LambdaInvoker.invokeHttp(ingest, INGEST);
        HttpResult second = LambdaInvoker.invokeHttp(ingest, INGEST);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers().get("location")).isEqualTo("/articles/" + first.body().path("id").asText());
        assertThat(first.body().path("claims")).isNotEmpty();
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("id").asText()).isEqualTo(first.body().path("id").asText());
    }

    @Test
    void ingest_withoutUrl_isIdempotentOnNormalisedText() {
        HttpResult first = post(article("t", null, "2025-10-28", "Amazon cut 14,000 jobs.\n"));
        HttpResult second = post(article("t", null, "2025-10-28", "  Amazon cut   14,000 jobs. "));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("id")).isEqualTo(first.body().path("id"));
    }

    @Test
    void ingest_concurrentIdenticalPosts_storeExactlyOneArticle() throws Exception {
        ObjectNode body = article("race", "https://news.example/race", "2025-10-28", "Amazon cut 14,000 jobs.");
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> post(body).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(7);
        assertThat(store.list(100, null).articles()).hasSize(1);
    }

    @Test
    void ingest_ofA200000CharacterIncompressibleText_storesItWhole() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("Amazon cut 14,000 jobs. ");
        while (text.length() < 200_000) {
            text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        String whole = text.substring(0, 200_000);

        HttpResult created = post(article("big", "https://news.example/big", "2025-10-28", whole));
        HttpResult read = LambdaInvoker.invokeHttp(get, withId(GET, created.body().path("id").asText()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.body().path("text").asText()).isEqualTo(whole);
    }

    @Test
    void ingest_refusesTooLongTextMissingTitleAndUnsignedCalls_writingNothing() {
        HttpResult tooLong = post(article("t", null, "2025-10-28", "x".repeat(200_001)));
        HttpResult noTitle = LambdaInvoker.invokeHttp(ingest, Events.withBody(INGEST, "{\"text\": \"Amazon cut 5 jobs.\"}"));
        ObjectNode unsigned = INGEST.deepCopy();
        unsigned.with("requestContext").remove("authorizer");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("error").path("details").get(0).path("path").asText()).isEqualTo("text");
        assertThat(noTitle.errorCode()).isEqualTo("validation_failed");
        assertThat(LambdaInvoker.invokeHttp(ingest, unsigned).status()).isEqualTo(403);
        assertThat(store.list(100, null).articles()).isEmpty();
    }

    @Test
    void ingest_keepsMarkupAsData() {
        HttpResult created = post(article("<script>alert(1)</script>", null, "2025-10-28",
                "<b>Amazon</b> cut 14,000 jobs. <img src=x onerror=alert(1)>"));

        HttpResult read = LambdaInvoker.invokeHttp(get, withId(GET, created.body().path("id").asText()));

        assertThat(read.body().path("title").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(read.headers().get("content-type")).isEqualTo("application/json");
    }

    @Test
    void get_ofAnUnknownOrMalformedId_answers404() {
        assertThat(LambdaInvoker.invokeHttp(get, withId(GET, "a_000000000000000000000000")).status()).isEqualTo(404);
        assertThat(LambdaInvoker.invokeHttp(get, withId(GET, "../../etc/passwd")).errorCode()).isEqualTo("not_found");
    }

    @Test
    void list_isNewestFirst_pagedWithACursor_untilNextCursorIsNull() throws Exception {
        post(seedArticle("big-tech-layoffs-look-back.json"));
        post(seedArticle("amazon-corporate-cuts.json"));
        post(seedArticle("ev-maker-restructuring.json"));

        HttpResult page1 = LambdaInvoker.invokeHttp(get, LIST);
        ObjectNode next = LIST.deepCopy();
        next.with("queryStringParameters").put("cursor", page1.body().path("nextCursor").asText());
        HttpResult page2 = LambdaInvoker.invokeHttp(get, next);

        assertThat(page1.body().path("articles").findValuesAsText("publishedAt")).containsExactly("2025-10-28", "2024-06-01");
        assertThat(page2.body().path("articles").findValuesAsText("publishedAt")).containsExactly("2023-03-31");
        assertThat(page2.body().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void list_refusesATamperedCursorAndAnOutOfRangeLimit() throws Exception {
        post(seedArticle("big-tech-layoffs-look-back.json"));
        post(seedArticle("amazon-corporate-cuts.json"));
        post(seedArticle("ev-maker-restructuring.json"));
        String cursor = LambdaInvoker.invokeHttp(get, LIST).body().path("nextCursor").asText();
        ObjectNode tampered = LIST.deepCopy();
        tampered.with("queryStringParameters").put("cursor", "A" + cursor.substring(1));
        ObjectNode badLimit = LIST.deepCopy();
        badLimit.with("queryStringParameters").put("limit", "101");

        assertThat(LambdaInvoker.invokeHttp(get, tampered).errorCode()).isEqualTo("invalid_cursor");
        assertThat(LambdaInvoker.invokeHttp(get, badLimit).errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void summary_isReverifiedAndStored_whenTheFactsChangedSinceTheCheck() throws Exception {
        String id = post(seedArticle("amazon-corporate-cuts.json")).body().path("id").asText();
        String checkedVersion = store.get(id).orElseThrow().factsVersion();
        facts.delete(facts.list("Amazon", "layoffs", null).getFirst().id());

        HttpResult result = LambdaInvoker.invokeHttp(summary, withId(SUMMARY, id));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().path("factsVersion").asText()).isNotEqualTo(checkedVersion);
        assertThat(store.get(id).orElseThrow().factsVersion()).isEqualTo(result.body().path("factsVersion").asText());
        assertThat(result.body().path("sentences").size()).isBetween(1, 3);
        assertThat(result.body().path("counts").has("OUTDATED")).isTrue();
    }

    @Test
    void summary_madeWithTheReverification_isTheSummaryOfTheRequestedLength_sameAsWithoutReverification() throws Exception {
        String id = post(seedArticle("amazon-corporate-cuts.json")).body().path("id").asText();
        facts.delete(facts.list("Amazon", "layoffs", null).getFirst().id());
        ObjectNode fiveSentences = withId(SUMMARY, id);
        fiveSentences.with("queryStringParameters").put("sentences", "5");

        HttpResult reverified = LambdaInvoker.invokeHttp(summary, fiveSentences);
        HttpResult unchanged = LambdaInvoker.invokeHttp(summary, fiveSentences);

        assertThat(reverified.status()).isEqualTo(200);
        assertThat(reverified.body().path("factsVersion")).isEqualTo(unchanged.body().path("factsVersion"));
        assertThat(reverified.body().path("sentences").size()).isEqualTo(5);
        assertThat(reverified.body().path("sentences")).isEqualTo(unchanged.body().path("sentences"));
        assertThat(reverified.body().path("counts")).isEqualTo(unchanged.body().path("counts"));
    }

    /** Issue 15, class I: without "sentences" the summary shows every contested figure, wherever it stands. */
    @Test
    void defaultSummary_showsTheSentenceOfEveryContestedFigure_anExplicitLengthIsExact() {
        StringBuilder text = new StringBuilder("Amazon is laying off about 14,000 corporate employees. ");
        for (int i = 1; i <= 12; i++) {
            text.append("Amazon managers in region ").append((char) ('A' + i)).append(" were told about the corporate layoffs. ");
        }
        text.append("The retailer eliminated 12,000 roles in March 2023, a filing showed.");
        String id = post(article("Cuts", null, "2025-10-28", text.toString())).body().path("id").asText();
        ObjectNode byDefault = withId(SUMMARY, id);
        ((ObjectNode) byDefault.get("queryStringParameters")).remove("sentences");
        byDefault.put("rawQueryString", "format=json");
        ObjectNode one = withId(SUMMARY, id);
        one.with("queryStringParameters").put("sentences", "1");

        HttpResult result = LambdaInvoker.invokeHttp(summary, byDefault);

        assertThat(result.status()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        result.body().path("sentences").forEach(sentence -> shown.add(sentence.path("text").asText()));
        assertThat(shown).hasSize(Summarizer.DEFAULT_SENTENCES + 1)
                .startsWith("Amazon is laying off about 14,000 corporate employees.")
                .endsWith("The retailer eliminated 12,000 roles in March 2023, a filing showed.");
        assertThat(LambdaInvoker.invokeHttp(summary, one).body().path("sentences").size()).isEqualTo(1);
    }

    @Test
    void summary_refusesASentenceCountOutside1To10() throws Exception {
        String id = post(seedArticle("amazon-corporate-cuts.json")).body().path("id").asText();
        ObjectNode tooMany = withId(SUMMARY, id);
        tooMany.with("queryStringParameters").put("sentences", "11");

        assertThat(LambdaInvoker.invokeHttp(summary, tooMany).errorCode()).isEqualTo("validation_failed");
    }

    @Test
    void summary_inMarkdownAndText_escapesMarkupFromTheArticle() {
        String id = post(article("<b>Cuts</b> *now*", null, "2025-10-28",
                "Amazon cut 14,000 jobs. <script>alert(1)</script> The company said so.")).body().path("id").asText();
        ObjectNode markdown = withId(SUMMARY, id);
        markdown.with("queryStringParameters").put("format", "markdown");
        ObjectNode text = withId(SUMMARY, id);
        text.with("queryStringParameters").put("format", "text");

        HttpResult md = LambdaInvoker.invokeHttp(summary, markdown);
        HttpResult plain = LambdaInvoker.invokeHttp(summary, text);

        assertThat(md.status()).isEqualTo(200);
        assertThat(md.headers().get("content-type")).startsWith("text/markdown");
        assertThat(md.rawBody()).contains("\\<b\\>Cuts").doesNotContain("<script>");
        assertThat(plain.headers().get("content-type")).startsWith("text/plain");
        assertThat(plain.rawBody()).contains("14,000");
    }

    @Test
    void summary_asClaimReview_isJsonLdWithTheVerdictOnA1To4Scale() throws Exception {
        String id = post(seedArticle("amazon-corporate-cuts.json")).body().path("id").asText();
        ObjectNode event = withId(SUMMARY, id);
        event.with("queryStringParameters").put("format", "claimreview");

        HttpResult result = LambdaInvoker.invokeHttp(summary, event);

        assertThat(result.headers().get("content-type")).isEqualTo("application/ld+json");
        assertThat(result.body().isArray()).isTrue();
        com.fasterxml.jackson.databind.JsonNode first = result.body().get(0);
        assertThat(first.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(first.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(first.path("itemReviewed").path("appearance").asText())
                .isEqualTo("https://news.factcheck.example/2025/10/28/amazon-corporate-cuts");
        assertThat(first.path("reviewRating").path("ratingValue").asInt()).isBetween(1, 4);
        assertThat(first.path("author").path("name").asText()).isEqualTo("Sample Desk");
    }

    @Test
    void summary_asClaimReview_escapesMarkupSoItCanBePastedIntoAScriptBlock() {
        String hostile = "Amazon is laying off 14,000 corporate employees </script><img src=x onerror=alert(1)> & more\u2028.";
        String id = post(article("Cuts </script>", null, "2025-10-28", hostile)).body().path("id").asText();
        ObjectNode event = withId(SUMMARY, id);
        event.with("queryStringParameters").put("format", "claimreview");

        HttpResult result = LambdaInvoker.invokeHttp(summary, event);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.rawBody()).doesNotContain("<", ">", "&", "\u2028");
        assertThat(result.body().get(0).path("claimReviewed").asText()).contains("</script><img src=x onerror=alert(1)> & more");
    }

    @Test
    void summary_refusesAnUnknownFormat() throws Exception {
        String id = post(seedArticle("amazon-corporate-cuts.json")).body().path("id").asText();
        ObjectNode event = withId(SUMMARY, id);
        event.with("queryStringParameters").put("format", "pdf");

        assertThat(LambdaInvoker.invokeHttp(summary, event).errorCode()).isEqualTo("validation_failed");
    }

    private static ObjectNode withId(ObjectNode event, String id) {
        ObjectNode copy = event.deepCopy();
        copy.with("pathParameters").put("id", id);
        return copy;
    }
}

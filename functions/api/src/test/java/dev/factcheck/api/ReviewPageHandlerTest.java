package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class ReviewPageHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T09:00:00Z"), ZoneOffset.UTC);
    private static final String XSS_TITLE = "<img src=x onerror=alert(1)> cuts";
    private static final String XSS_TEXT = "Amazon is laying off approximately 14,000 corporate employees.</script>"
            + "<script>alert(1)</script>\n\nIt said <b onmouseover=alert(2)>so</b> on Tuesday.";

    private final TestDynamoDb dynamoDb;
    private ReviewPageHandler pages;
    private GetArticleHandler api;
    private IngestArticleHandler ingest;

    ReviewPageHandlerTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTablesWithTheSeedFacts() throws Exception {
        TestDynamoDb.Tables tables = dynamoDb.createTables();
        pages = new ReviewPageHandler(serviceOf(tables, "ReviewPageFunction"), storeOf(tables, "ReviewPageFunction"), CLOCK, 2);
        api = new GetArticleHandler(serviceOf(tables, "GetArticleFunction"), storeOf(tables, "GetArticleFunction"));
        ingest = new IngestArticleHandler(serviceOf(tables, "IngestArticleFunction"), new AdminGuard(true));
        HttpResult facts = LambdaInvoker.invokeHttp(new FactsAdminHandler(new FactStore(tables.clientOf("FactsAdminFunction"),
                tables.name(FactsSchema.TABLE_LOGICAL_ID)), new AdminGuard(false)), Events.withBody(Events.load("facts-admin-put.json"),
                Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"))));
        assertThat(facts.status()).isEqualTo(200);
    }

    @Test
    void reviewPage_highlightsEveryClaimOfTheApi_oneForOne_withItsVerdict() throws Exception {
        String id = store(Files.readString(ProjectFiles.root().resolve("infra/seed/articles/amazon-corporate-cuts.json")));

        HttpResult page = review(id);
        Document html = Jsoup.parse(page.rawBody());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().get("content-type")).startsWith("text/html");
        List<String> apiClaims = apiClaims(id).stream().map(c -> c.path("id").asText() + "=" + c.path("verdict").asText()).toList();
        List<String> highlighted = html.select("[data-claim-id]").stream()
                .map(e -> e.attr("data-claim-id") + "=" + e.attr("data-verdict")).toList();
        assertThat(highlighted).isNotEmpty().containsExactlyInAnyOrderElementsOf(apiClaims);
        for (Element figure : html.select("[data-claim-id]")) {
            Element details = html.getElementById("details-" + figure.attr("data-claim-id"));
            assertThat(figure.attr("popovertarget")).isEqualTo(details.id());
            assertThat(details.hasAttr("popover")).isTrue();
            assertThat(figure.select(".icon")).as("an icon, not colour alone").hasSize(1);
        }
        assertThat(html.select("a[href=/articles/" + id + "/summary?format=claimreview]")).hasSize(1);
    }

    @Test
    void pages_carryAStrictContentSecurityPolicy_andNoScript() throws Exception {
        String id = store(Files.readString(ProjectFiles.root().resolve("infra/seed/articles/amazon-corporate-cuts.json")));

        for (HttpResult page : List.of(review(id), home())) {
            String policy = page.headers().get("content-security-policy");
            assertThat(policy).contains("default-src 'none'").contains("style-src 'sha256-").doesNotContain("unsafe");
            assertThat(Jsoup.parse(page.rawBody()).select("script, link, iframe, object")).isEmpty();
        }
    }

    @Test
    void hostileTitleAndText_renderAsCharacters_neverAsMarkup() throws Exception {
        String id = store(Json.write(Json.object().put("title", XSS_TITLE).put("text", XSS_TEXT).put("publishedAt", "2025-10-28")));

        Document review = Jsoup.parse(review(id).rawBody());
        Document home = Jsoup.parse(home().rawBody());

        assertThat(review.select("script, img, b")).isEmpty();
        assertThat(review.selectFirst("h1").text()).isEqualTo(XSS_TITLE);
        assertThat(review.selectFirst(".article").text()).contains("</script><script>alert(")
                .contains("<b onmouseover=alert(2)>so</b>");
        assertThat(home.select("script, img")).isEmpty();
        assertThat(home.select(".articles a").text()).isEqualTo(XSS_TITLE);
    }

    @Test
    void homePage_listsStoredArticles_withVerdictCountBars_andLinksToTheirReviews() throws Exception {
        String id = store(Files.readString(ProjectFiles.root().resolve("infra/seed/articles/amazon-corporate-cuts.json")));

        Document home = Jsoup.parse(home().rawBody());

        Element item = home.selectFirst("li[data-article-id=" + id + "]");
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("/articles/" + id + "/review");
        assertThat(item.select("svg.bar rect")).isNotEmpty();
        assertThat(item.selectFirst("svg.bar").attr("aria-label")).matches("\\d+ supported, \\d+ contradicted, \\d+ outdated, \\d+ unverified");
        assertThat(home.select("form[method=post][action=/] textarea[name=text]")).hasSize(1);
    }

    @Test
    void homePage_linksToOlderArticles_pageByPage() {
        for (int i = 1; i <= 3; i++) {
            store(Json.write(Json.object().put("title", "Story " + i).put("text", "Initech cut " + i + ",000 jobs.")
                    .put("publishedAt", "2025-10-2" + i)));
        }

        Document first = Jsoup.parse(home().rawBody());
        ObjectNode next = Events.load("review-page-home-get.json");
        String href = first.selectFirst("a[rel=next]").attr("href");
        next.putObject("queryStringParameters").put("cursor",
                java.net.URLDecoder.decode(href.substring(href.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8));
        Document second = Jsoup.parse(LambdaInvoker.invokeHttp(pages, next).rawBody());

        assertThat(first.select(".articles a").eachText()).containsExactly("Story 3", "Story 2");
        assertThat(second.select(".articles a").eachText()).containsExactly("Story 1");
        assertThat(second.select("a[rel=next]")).isEmpty();
    }

    @Test
    void pastedText_isCheckedWithoutBeingStored() throws Exception {
        HttpResult result = LambdaInvoker.invokeHttp(pages, Events.load("review-page-home-post.json"));
        Document page = Jsoup.parse(result.rawBody());

        assertThat(result.status()).isEqualTo(200);
        assertThat(page.select("[data-claim-id]")).extracting(e -> e.attr("data-verdict")).containsExactly("SUPPORTED");
        assertThat(Jsoup.parse(home().rawBody()).select(".articles li")).isEmpty();
    }

    @Test
    void pastedForm_inAnotherEncoding_is415_andWithoutText_is400() {
        ObjectNode json = Events.withHeader(Events.load("review-page-home-post.json"), "content-type", "application/json");
        ObjectNode empty = Events.withBody(Events.load("review-page-home-post.json"), "text=&publishedAt=2025-10-28");

        assertThat(LambdaInvoker.invokeHttp(pages, json).status()).isEqualTo(415);
        HttpResult missing = LambdaInvoker.invokeHttp(pages, empty);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("error").path("details").get(0).path("path").asText()).isEqualTo("text");
    }

    @Test
    void unknownArticle_is404() {
        ObjectNode event = Events.load("review-page-get.json");
        event.with("pathParameters").put("id", "a_000000000000000000000000");

        assertThat(LambdaInvoker.invokeHttp(pages, event).status()).isEqualTo(404);
    }

    private String store(String articleJson) {
        HttpResult stored = LambdaInvoker.invokeHttp(ingest, Events.withBody(Events.load("ingest-article.json"), articleJson));
        assertThat(stored.status()).isEqualTo(201);
        return stored.body().path("id").asText();
    }

    private HttpResult review(String id) {
        ObjectNode event = Events.load("review-page-get.json");
        event.with("pathParameters").put("id", id);
        return LambdaInvoker.invokeHttp(pages, event);
    }

    private HttpResult home() {
        return LambdaInvoker.invokeHttp(pages, Events.load("review-page-home-get.json"));
    }

    private List<com.fasterxml.jackson.databind.JsonNode> apiClaims(String id) {
        ObjectNode event = Events.load("get-article.json");
        event.with("pathParameters").put("id", id);
        List<com.fasterxml.jackson.databind.JsonNode> claims = new java.util.ArrayList<>();
        LambdaInvoker.invokeHttp(api, event).body().path("claims").forEach(claims::add);
        return claims;
    }

    private static ArticleService serviceOf(TestDynamoDb.Tables tables, String function) {
        return new ArticleService(checkerOf(tables, function), storeOf(tables, function), CLOCK);
    }

    private static FactChecker checkerOf(TestDynamoDb.Tables tables, String function) {
        return new FactChecker(new FactStore(tables.clientOf(function), tables.name(FactsSchema.TABLE_LOGICAL_ID)),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
    }

    private static ArticleStore storeOf(TestDynamoDb.Tables tables, String function) {
        return new ArticleStore(tables.clientOf(function), tables.name(ArticlesSchema.TABLE_LOGICAL_ID), "test-secret");
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.iam.Access;
import dev.factcheck.iam.FunctionPermissions;
import dev.factcheck.iam.LocalAccount;
import dev.factcheck.iam.Statement;
import dev.factcheck.iam.TemplatePolicies;
import dev.factcheck.sam.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, checked against what the code does rather than what someone remembers: the
 * functions run the seed, every events/ file and the paths the samples do not reach (re-verification
 * after the facts changed, a deleted fact) behind the enforcing IAM layer, and every action a
 * function's policies grant on every resource must have been used, unless {@link #NOT_EXERCISED_HERE}
 * gives the reason and the test that exercises it.
 */
class LeastPrivilegeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Grants this run cannot reach, each with why it is needed and where it is exercised. */
    private static final Map<String, String> NOT_EXERCISED_HERE = Map.ofEntries(
            Map.entry("GetArticleFunction dynamodb:BatchWriteItem table/ArticlesTable",
                    "re-verified claims too long for one item are stored in parts (ArticleStore.putBlob, as at ingestion)"),
            Map.entry("SummaryFunction dynamodb:BatchWriteItem table/ArticlesTable",
                    "re-verified claims too long for one item are stored in parts (ArticleStore.putBlob, as at ingestion)"),
            Map.entry("ReviewPageFunction dynamodb:BatchWriteItem table/ArticlesTable",
                    "re-verified claims too long for one item are stored in parts (ArticleStore.putBlob, as at ingestion)"),
            Map.entry("ReviewPageFunction secretsmanager:GetSecretValue CursorSecret",
                    "the home page signs its 'Older articles' cursor only past 50 articles (ReviewPageHandlerTest pages through)"),
            // The worker pulls a feed served on loopback, which this run has none of; FeedWorkerHandlerTest and
            // FeedDispatchHandlerTest run both functions through the same IAM layer with their template policies.
            Map.entry("FeedWorkerFunction dynamodb:GetItem table/ArticlesTable", "a feed entry already stored is skipped"),
            Map.entry("FeedWorkerFunction dynamodb:PutItem table/ArticlesTable", "a new feed entry is stored"),
            Map.entry("FeedWorkerFunction dynamodb:Query table/ArticlesTable", "a long stored article's parts are read back"),
            Map.entry("FeedWorkerFunction dynamodb:BatchWriteItem table/ArticlesTable", "a long article is stored in parts"),
            Map.entry("FeedWorkerFunction dynamodb:Query table/FactsTable", "new entries are checked against the facts"),
            Map.entry("FeedWorkerFunction dynamodb:Query table/FeedsTable", "the feeds due, read from the registry"),
            Map.entry("FeedWorkerFunction dynamodb:BatchGetItem table/FeedsTable", "the ledger records of a feed's entries, read at once"),
            Map.entry("FeedWorkerFunction dynamodb:PutItem table/FeedsTable", "an entry's ledger record is written"),
            Map.entry("FeedWorkerFunction dynamodb:UpdateItem table/FeedsTable", "the feed's last run and an entry's outcome"),
            Map.entry("FeedDispatchFunction dynamodb:GetItem table/FeedsTable",
                    "SnapStart priming reads one absent feed before the snapshot (PrimingTest)"));

    private static LocalRuntime runtime;

    @BeforeAll
    static void exercise() throws Exception {
        Options options = Options.parse(new String[] {"serve", "--in-memory"});
        runtime = LocalRuntime.open(LocalRuntime.loadTemplate(options), options, false, System.out);
        String articleId = runtime.seed().articleIds().getFirst();
        String seedFacts = Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"));
        // The facts change before each read, so reading and summarising re-verify the article and store it again.
        invoke("FactsAdminFunction", withBody("facts-admin-put.json", seedFacts.replace("\"value\": 14000", "\"value\": 14500")));
        invoke("GetArticleFunction", withPathId("get-article.json", articleId));
        invoke("FactsAdminFunction", withBody("facts-admin-put.json", seedFacts));
        invoke("SummaryFunction", withPathId("summary-get.json", articleId));
        invoke("FactsAdminFunction", withBody("facts-admin-put.json", seedFacts.replace("\"value\": 14000", "\"value\": 14500")));
        invoke("ReviewPageFunction", withPathId("review-page-get.json", articleId));
        invoke("FactsAdminFunction", withBody("facts-admin-put.json", seedFacts));
        // A text too long for one item is stored in parts and read back with one Query.
        String longId = ingestLongArticle();
        invoke("IngestArticleFunction", withBody("ingest-article.json", longArticle()));
        invoke("GetArticleFunction", withPathId("get-article.json", longId));
        invoke("SummaryFunction", withPathId("summary-get.json", longId));
        invoke("ReviewPageFunction", withPathId("review-page-get.json", longId));
        // A list of one article per page: the cursor of the next page is signed with the stack's secret.
        ObjectNode firstPage = (ObjectNode) JSON.readTree(ProjectFiles.root().resolve("events/get-article-list.json").toFile());
        firstPage.with("queryStringParameters").put("limit", "1");
        firstPage.put("rawQueryString", "limit=1");
        JsonNode page = invoke("GetArticleFunction", firstPage.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(page.path("body").asText()).path("nextCursor").isTextual()).as(page.toString()).isTrue();
        // A feed registered twice: the second answer is the stored feed.
        byte[] feed = Files.readAllBytes(ProjectFiles.root().resolve("events/feeds-admin-post.json"));
        invoke("FeedsAdminFunction", feed);
        invoke("FeedsAdminFunction", feed);
        for (Path file : EventFilesInvokeTest.eventFiles().toList()) {
            invoke(EventFilesInvokeTest.functionFor(JSON.readTree(file.toFile())), Files.readAllBytes(file));
        }
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void everyGrantedActionOnEveryResource_wasUsed_orItsReasonIsWritten() {
        List<Access> accesses = runtime.iam().accesses();
        assertThat(accesses).as("calls the IAM layer saw").isNotEmpty().allMatch(Access::allowed);
        UnaryOperator<String> localNames = logicalId -> logicalId;
        TreeSet<String> unused = new TreeSet<>();
        TemplatePolicies.of(runtime.template()).all(LocalAccount.DEFAULT, localNames).forEach((function, permissions) -> {
            for (Statement statement : permissions.statements()) {
                for (String action : statement.actions()) {
                    for (String resource : statement.resources()) {
                        Statement grant = new Statement(true, List.of(action), List.of(resource));
                        boolean used = accesses.stream().anyMatch(access -> access.function().equals(function)
                                && grant.covers(access.action(), access.resource()));
                        if (!used) {
                            unused.add(function + " " + action + " " + resource.substring(resource.lastIndexOf(':') + 1));
                        }
                    }
                }
            }
        });

        assertThat(unused).as("granted but never used in this run, with no written reason")
                .containsExactlyInAnyOrderElementsOf(NOT_EXERCISED_HERE.keySet());
    }

    @Test
    void readOnlyRoutes_haveReadOnlyPolicies() {
        Map<String, FunctionPermissions> all = TemplatePolicies.of(runtime.template()).all(LocalAccount.DEFAULT, id -> id);
        List<String> writes = new ArrayList<>();
        all.get("FactCheckFunction").statements().forEach(s -> s.actions().stream()
                .filter(a -> !a.matches("dynamodb:(GetItem|Query|BatchGetItem|Scan)")).forEach(writes::add));

        assertThat(writes).as("POST /factchecks stores nothing").isEmpty();
    }

    private static JsonNode invoke(String function, byte[] event) throws Exception {
        FunctionHost.Invocation invocation = runtime.functions().invoke(function, event);
        assertThat(invocation.failed()).as(function + " failed: " + invocation.error()).isFalse();
        JsonNode answer = JSON.readTree(invocation.result());
        assertThat(answer.path("statusCode").asInt(200)).as(function + " " + answer).isBetween(200, 299);
        return answer;
    }

    private static String ingestLongArticle() throws Exception {
        JsonNode created = invoke("IngestArticleFunction", withBody("ingest-article.json", longArticle()));
        return JSON.readTree(created.path("body").asText()).path("id").asText();
    }

    /** 200,000 characters that gzip cannot shrink below one item's inline limit. */
    private static String longArticle() {
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder("Amazon cut 14,000 jobs. ");
        while (text.length() < 200_000) {
            text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        ObjectNode body = JSON.createObjectNode().put("title", "Long").put("url", "https://news.example/long")
                .put("publishedAt", "2025-10-28").put("text", text.toString());
        return body.toString();
    }

    private static byte[] withBody(String eventFile, String body) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(ProjectFiles.root().resolve("events").resolve(eventFile).toFile());
        event.put("body", body);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withPathId(String eventFile, String id) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(ProjectFiles.root().resolve("events").resolve(eventFile).toFile());
        String old = event.path("pathParameters").path("id").asText();
        event.with("pathParameters").put("id", id);
        event.put("rawPath", event.path("rawPath").asText().replace(old, id));
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package dev.factcheck.local;

import static dev.factcheck.local.LocalRunner.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.HttpRoute;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.sam.SamTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code serve} with the project's template.yaml, driven over HTTP as a user would. */
class ServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-admin-token";

    private static Serve serve;
    private static int port;

    @BeforeAll
    static void start() {
        serve = LocalRunner.serve("--in-memory", "--port", "0", "--admin-token", TOKEN, "--no-schedules");
        port = serve.port();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void factCheckRoute_answersWithTheVerdictsOfTheSeededReferenceData() throws IOException {
        HttpResponse<String> response = send(port, "POST", "/factchecks",
                "{\"publishedAt\":\"2025-10-28\",\"text\":\"Amazon is laying off approximately 14,000 corporate employees.\"}",
                "content-type", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claim = JSON.readTree(response.body()).path("claims").get(0);
        assertThat(claim.path("value").asLong()).isEqualTo(14_000);
        assertThat(claim.path("verdict").asText()).isEqualTo("SUPPORTED");
    }

    @Test
    void everyTemplateRoute_isServed_noneAnswers404Or405() {
        SamTemplate template = SamTemplate.ofProject();
        for (var function : template.functions().values()) {
            for (HttpRoute route : function.routes()) {
                String path = route.path().replaceAll("\\{[^}]+}", "x-unknown");
                HttpResponse<String> response = send(port, route.method(), path,
                        route.method().equals("GET") || route.method().equals("DELETE") ? null : "{}",
                        "content-type", "application/json", "authorization", "Bearer " + TOKEN);
                assertThat(response.statusCode()).as(route.routeKey()).isNotIn(405, 500, 502);
                if (response.statusCode() == 404) {
                    // A handler's own 404 (unknown id) is fine; the router's 404 names the route.
                    assertThat(response.body()).as(route.routeKey()).doesNotContain("No route for");
                }
            }
        }
    }

    @Test
    void seededArticle_hasAVerifiedSummary_atItsDeterministicId() throws IOException {
        assertThat(serve.seeded().articleIds()).isNotEmpty();
        String id = serve.seeded().articleIds().getFirst();

        HttpResponse<String> response = send(port, "GET", "/articles/" + id + "/summary", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.path("sentences").size()).isPositive();
        assertThat(summary.path("counts").path("SUPPORTED").asInt()).isPositive();
    }

    @Test
    void seedingTwice_storesNothingTwice() throws IOException {
        int before = JSON.readTree(send(port, "GET", "/articles?limit=100", null).body()).path("articles").size();

        Seeder.Seeded again = serve.seedAgain();

        int after = JSON.readTree(send(port, "GET", "/articles?limit=100", null).body()).path("articles").size();
        assertThat(after).isEqualTo(before);
        assertThat(again.articleIds()).isEqualTo(serve.seeded().articleIds());
        assertThat(again.facts()).isTrue();
    }

    @Test
    void adminRoute_withoutBearerToken_is401() throws IOException {
        HttpResponse<String> response = send(port, "PUT", "/facts", "{\"facts\":[]}", "content-type", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("unauthorized");
        assertThat(response.headers().firstValue("www-authenticate")).contains("Bearer");
    }

    @Test
    void adminRoute_withWrongBearerToken_is403() throws IOException {
        HttpResponse<String> response = send(port, "PUT", "/facts", "{\"facts\":[]}",
                "content-type", "application/json", "authorization", "Bearer not-the-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void adminRoute_withTheAdminToken_reachesTheHandlerAsAnIamCaller() throws IOException {
        String facts = Files.readString(ProjectFiles.root().resolve("infra/seed/facts.json"));

        HttpResponse<String> response = send(port, "PUT", "/facts", facts,
                "content-type", "application/json", "authorization", "Bearer " + TOKEN);

        // The handler itself answers 403 to a request without an IAM identity (REQUIRE_IAM=true).
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("written").path("facts").asInt()).isPositive();
    }

    @Test
    void publicRoute_needsNoToken() {
        assertThat(send(port, "GET", "/articles", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPath_is404Json() throws IOException {
        HttpResponse<String> response = send(port, "GET", "/no/such/thing", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("not_found");
        assertThat(error.path("details").isArray()).isTrue();
    }

    @Test
    void knownPathWithWrongMethod_is405JsonWithAllow() throws IOException {
        HttpResponse<String> response = send(port, "DELETE", "/factchecks", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).contains("POST");
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void bodyOver10MB_isRefusedWith413BeforeTheHandler() throws IOException {
        HttpResponse<String> response = LocalRunner.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/factchecks"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[ApiServer.MAX_BODY_BYTES + 1]))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void invokeApi_returnsTheRawFunctionResult() throws IOException {
        String event = Files.readString(ProjectFiles.root().resolve("events/factcheck-post.json"));

        HttpResponse<String> response = send(port, "POST", "/2015-03-31/functions/FactCheckFunction/invocations", event,
                "authorization", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.path("statusCode").asInt()).isEqualTo(200);
        assertThat(JSON.readTree(result.path("body").asText()).path("claims").isArray()).isTrue();
    }

    @Test
    void invokeApi_unknownFunction_is404ListingTheKnownOnes() throws IOException {
        HttpResponse<String> response = send(port, "POST", "/2015-03-31/functions/NoSuchFunction/invocations", "{}",
                "authorization", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("message").asText()).contains("NoSuchFunction").contains("FactCheckFunction");
        List<String> known = error.path("details").findValuesAsText("problem");
        assertThat(known).contains("known: FactCheckFunction");
    }

    @Test
    void invokeApi_acceptsAFunctionArnWithQualifier() {
        HttpResponse<String> response = send(port, "POST",
                "/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:FactCheckFunction:live/invocations",
                "{\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\"{}\"}",
                "authorization", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void invokeApi_withoutTheAdminToken_is401_evenForAPublicFunction() throws IOException {
        String event = Files.readString(ProjectFiles.root().resolve("events/factcheck-post.json"));

        HttpResponse<String> none = send(port, "POST", "/2015-03-31/functions/FactCheckFunction/invocations", event);
        HttpResponse<String> wrong = send(port, "POST", "/2015-03-31/functions/FactCheckFunction/invocations", event,
                "authorization", "Bearer not-the-token");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void requestForAnotherHost_isRefusedWith421_asAfterADnsRebinding() throws IOException {
        String rebound = rawRequest("GET /articles HTTP/1.1\r\nHost: attacker.example:" + port + "\r\nConnection: close\r\n\r\n");
        String local = rawRequest("GET /articles HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        String missing = rawRequest("GET /articles HTTP/1.0\r\n\r\n");

        assertThat(rebound).startsWith("HTTP/1.1 421").contains("misdirected_request");
        assertThat(local).startsWith("HTTP/1.1 200");
        assertThat(missing).startsWith("HTTP/1.1 421");
    }

    @Test
    void nonLoopbackAddress_withoutAnAdminToken_refusesToStart() {
        Options options = Options.parse(new String[] {"serve", "--in-memory", "--port", "0", "--host", "0.0.0.0", "--no-schedules"});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Serve.start(LocalRuntime.loadTemplate(options), options, System.out))
                .isInstanceOf(SetupException.class)
                .hasMessageContaining("--admin-token");
    }

    /** A request written by hand: the JDK's HTTP client does not let a caller choose the Host header. */
    private static String rawRequest(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

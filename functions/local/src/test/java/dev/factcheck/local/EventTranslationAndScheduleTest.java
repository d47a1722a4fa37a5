package dev.factcheck.local;

import static dev.factcheck.local.LocalRunner.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.SamTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The HTTP → payload 2.0 → HTTP translation and the scheduler, on a small test template whose
 * functions echo and record what they receive. The last test stops the runner and checks that its
 * dynalite is gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventTranslationAndScheduleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              EchoFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: test
                  Handler: dev.factcheck.local.EchoHandler::handleRequest
                  Environment:
                    Variables:
                      ECHO_SETTING: from-the-template
                  Events:
                    GetItem:
                      Type: HttpApi
                      Properties: {Method: GET, Path: "/items/{id}"}
                    GetNewest:
                      Type: HttpApi
                      Properties: {Method: GET, Path: /items/newest}
                    PostItem:
                      Type: HttpApi
                      Properties: {Method: POST, Path: /items}
                    PutItem:
                      Type: HttpApi
                      Properties:
                        Method: PUT
                        Path: "/items/{id}"
                        Auth: {Authorizer: AWS_IAM}
                    Files:
                      Type: HttpApi
                      Properties: {Method: ANY, Path: "/files/{proxy+}"}
              SlowFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: test
                  Handler: dev.factcheck.local.SlowHandler::handleRequest
                  Timeout: 1
              TickFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: test
                  Handler: dev.factcheck.local.RecordingHandler::handleRequest
                  Events:
                    Every15Minutes:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: rate(15 minutes)
                    Nightly:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: cron(0 3 * * ? *)
                        Input: '{"job":"nightly"}'
            """;

    private static Serve serve;
    private static int port;

    @BeforeAll
    static void start() {
        serve = LocalRunner.serve(SamTemplate.parse(TEMPLATE, "test-template.yaml"),
                "--in-memory", "--port", "0", "--no-seed", "--schedule-interval-override", "PT0.3S");
        port = serve.port();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static JsonNode echo(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void event_carriesRouteKeyPathParametersAndDecodedQuery() throws IOException {
        JsonNode event = echo(send(port, "GET", "/items/abc%20def?limit=5&tag=a&tag=b&q=caf%C3%A9", null));

        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("GET /items/{id}");
        assertThat(event.path("rawPath").asText()).isEqualTo("/items/abc%20def");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("limit=5&tag=a&tag=b&q=caf%C3%A9");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("abc def");
        assertThat(event.path("queryStringParameters").path("limit").asText()).isEqualTo("5");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(event.path("queryStringParameters").path("q").asText()).isEqualTo("café");
    }

    @Test
    void literalRoute_winsOverParameterRoute() throws IOException {
        assertThat(echo(send(port, "GET", "/items/newest", null)).path("routeKey").asText()).isEqualTo("GET /items/newest");
    }

    @Test
    void greedyRoute_takesTheRestOfThePath_andAnyMethod() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = LocalRunner.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/files/a/b/c.png")).DELETE().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(EchoHandler.BINARY);
        assertThat(response.headers().firstValue("content-type")).contains("image/png");
    }

    @Test
    void event_requestContext_looksLikeApiGateways() throws IOException {
        JsonNode context = echo(send(port, "GET", "/items/1", null, "User-Agent", "test-agent/1.0")).path("requestContext");

        assertThat(context.path("http").path("method").asText()).isEqualTo("GET");
        assertThat(context.path("http").path("path").asText()).isEqualTo("/items/1");
        assertThat(context.path("http").path("protocol").asText()).isEqualTo("HTTP/1.1");
        assertThat(context.path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("http").path("userAgent").asText()).isEqualTo("test-agent/1.0");
        assertThat(context.path("requestId").asText()).isNotBlank();
        assertThat(context.path("routeKey").asText()).isEqualTo("GET /items/{id}");
        assertThat(context.path("stage").asText()).isEqualTo("$default");
        assertThat(context.path("time").asText()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(context.path("timeEpoch").asLong()).isPositive();
        assertThat(context.has("authorizer")).isFalse();
    }

    @Test
    void headers_areLowerCased_andCookiesGoToTheirOwnArray() throws IOException {
        JsonNode event = echo(send(port, "GET", "/items/1", null, "X-Custom-Header", "Value", "Cookie", "a=1; b=2"));

        assertThat(event.path("headers").path("x-custom-header").asText()).isEqualTo("Value");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("a=1", "b=2");
    }

    @Test
    void responseCookies_becomeSetCookieHeaders() {
        HttpResponse<String> response = send(port, "GET", "/items/1", null);

        assertThat(response.headers().allValues("set-cookie")).containsExactly("session=abc; Path=/", "theme=dark");
    }

    @Test
    void textBody_isPassedAsIs() throws IOException {
        JsonNode event = echo(send(port, "POST", "/items", "{\"name\":\"Zoë\"}", "content-type", "application/json"));

        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.path("body").asText()).isEqualTo("{\"name\":\"Zoë\"}");
    }

    @Test
    void binaryBody_isBase64Encoded() throws IOException {
        byte[] binary = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
        HttpResponse<String> response = LocalRunner.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/items"))
                .header("content-type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(binary)).build());

        JsonNode event = echo(response);
        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.path("body").asText())).isEqualTo(binary);
    }

    @Test
    void iamRoute_withoutAdminToken_isLetThrough_withTheLocalIamCaller() throws IOException {
        JsonNode event = echo(send(port, "PUT", "/items/7", "{}", "content-type", "application/json"));

        assertThat(event.path("requestContext").path("authorizer").path("iam").path("userArn").asText())
                .contains("factcheck-local-admin");
    }

    @Test
    void functionEnvironment_fromTheTemplate_isASystemProperty() {
        assertThat(System.getProperty("ECHO_SETTING")).isEqualTo("from-the-template");
    }

    @Test
    void schedules_fireWithASchedulerEvent_orTheirInput() throws InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline
                && (events.stream().noneMatch(e -> e.path("source").asText().equals("aws.scheduler"))
                    || events.stream().noneMatch(e -> e.path("job").asText().equals("nightly")))) {
            JsonNode event = RecordingHandler.EVENTS.poll(200, TimeUnit.MILLISECONDS);
            if (event != null) {
                events.add(event);
            }
        }

        JsonNode scheduled = events.stream().filter(e -> e.path("source").asText().equals("aws.scheduler")).findFirst().orElseThrow();
        assertThat(scheduled.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(scheduled.path("resources").get(0).asText()).contains("schedule/default/TickFunction-Every15Minutes");
        assertThat(events).anyMatch(e -> e.path("job").asText().equals("nightly"));
    }

    @Test
    void invokeApi_asyncInvocation_is202() {
        HttpResponse<String> response = LocalRunner.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/2015-03-31/functions/TickFunction/invocations"))
                .header("x-amz-invocation-type", "Event")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void invocationPastTheTimeout_failsAsTimedOut_andTheNextOneGetsAFreshHandler() throws IOException {
        int constructed = SlowHandler.CONSTRUCTED.get();
        String invoke = "/2015-03-31/functions/SlowFunction/invocations";

        HttpResponse<String> slow = send(port, "POST", invoke, "{\"sleepMillis\": 5000}");

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(slow.headers().firstValue("x-amz-function-error")).contains("Unhandled");
        assertThat(JSON.readTree(slow.body()).path("errorMessage").asText()).isEqualTo("Task timed out after 1.00 seconds");
        HttpResponse<String> quick = send(port, "POST", invoke, "{\"sleepMillis\": 0}");
        assertThat(quick.headers().firstValue("x-amz-function-error")).isEmpty();
        assertThat(JSON.readTree(quick.body()).path("slept").asInt()).isZero();
        assertThat(SlowHandler.CONSTRUCTED.get()).isEqualTo(constructed + 1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingTheRunner_stopsItsDynalite() {
        long pid = serve.dynalitePid().orElseThrow();
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        serve.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}

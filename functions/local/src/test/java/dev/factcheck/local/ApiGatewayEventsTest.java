package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payload 2.0 mapping rules that need no server. */
class ApiGatewayEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RouteTable ROUTES = new RouteTable(SamTemplate.parse("""
            Resources:
              ItemsFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: x.jar
                  Handler: x.Items::handleRequest
                  Events:
                    List: {Type: HttpApi, Properties: {Method: GET, Path: /items}}
                    Create: {Type: HttpApi, Properties: {Method: POST, Path: /items}}
                    One: {Type: HttpApi, Properties: {Method: GET, Path: "/items/{id}"}}
            """, "t.yaml"));

    @Test
    void resultWithoutStatusCode_isA200WithTheResultAsJsonBody() {
        ApiGatewayEvents.Response response = ApiGatewayEvents.response("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"hello\":\"world\"}");
    }

    @Test
    void resultThatIsNotJson_isA502() {
        assertThat(ApiGatewayEvents.response("oops".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(502);
    }

    @Test
    void wrongMethod_listsEveryAllowedMethod() {
        assertThat(ROUTES.find("DELETE", "/items")).isEqualTo(new RouteTable.Lookup.MethodNotAllowed(List.of("GET", "POST")));
    }

    @Test
    void trailingSlash_andUnknownDepth_areNotConfusedWithRoutes() {
        assertThat(ROUTES.find("GET", "/items/1/extra")).isInstanceOf(RouteTable.Lookup.NotFound.class);
        assertThat(ROUTES.find("GET", "/items/")).isInstanceOf(RouteTable.Lookup.Found.class);
    }

    @Test
    void emptyQueryAndBody_areLeftOut_likeApiGatewayDoes() {
        RouteTable.Match match = ((RouteTable.Lookup.Found) ROUTES.find("GET", "/items")).match();
        JsonNode event = ApiGatewayEvents.event(new ApiGatewayEvents.Request("GET", "/items", null,
                List.of(Map.entry("Host", "127.0.0.1:3000")), new byte[0], "HTTP/1.1", "127.0.0.1"), match, false);

        assertThat(event.has("queryStringParameters")).isFalse();
        assertThat(event.has("pathParameters")).isFalse();
        assertThat(event.has("body")).isFalse();
        assertThat(event.path("rawQueryString").asText()).isEmpty();
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(event.path("headers").path("x-forwarded-for").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void invalidUtf8_isBase64EvenWhenDeclaredAsJson() {
        RouteTable.Match match = ((RouteTable.Lookup.Found) ROUTES.find("POST", "/items")).match();
        byte[] body = {'{', (byte) 0xc3, (byte) 0x28, '}'};
        JsonNode event = ApiGatewayEvents.event(new ApiGatewayEvents.Request("POST", "/items", "",
                List.of(Map.entry("Content-Type", "application/json")), body, "HTTP/1.1", "127.0.0.1"), match, false);

        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void scheduledEvent_withoutInput_isASchedulerEvent() throws Exception {
        var template = SamTemplate.parse("""
                Resources:
                  Tick:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: x.jar
                      Handler: x.Tick::handleRequest
                      Events:
                        Often: {Type: ScheduleV2, Properties: {ScheduleExpression: rate(5 minutes)}}
                """, "t.yaml");
        var function = template.function("Tick");

        JsonNode event = JSON.readTree(Scheduler.event(function, function.schedules().getFirst(), java.time.Instant.EPOCH));

        assertThat(event.path("source").asText()).isEqualTo("aws.scheduler");
        assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(event.path("time").asText()).isEqualTo("1970-01-01T00:00:00Z");
    }
}

package dev.factcheck.local;

import static dev.factcheck.local.LocalRunner.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs of issue 14, sent over HTTP to the local runner as a caller would: each gets a
 * clear 4xx (or succeeds and reads back), never a 500. The full matrix with its stored-data checks is
 * BadInputMatrixTest (api); this proves the same answers through the runner's API Gateway emulation.
 */
class HostileInputThroughTheRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "hostile-input-token";

    private static Serve serve;

    @BeforeAll
    static void start() {
        serve = LocalRunner.serve("--in-memory", "--port", "0", "--admin-token", TOKEN, "--no-schedules");
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void articleHoldingA1500DigitNumber_isStored_andItsArticleAndSummaryRead() throws IOException {
        String body = JSON.createObjectNode().put("title", "Backlog").put("publishedAt", "2025-10-28")
                .put("text", "Initech reported a backlog of " + "7".repeat(1_500) + " units. Amazon is laying off 14,000 people.")
                .toString();

        HttpResponse<String> stored = send(serve.port(), "POST", "/articles", body, "content-type", "application/json",
                "authorization", "Bearer " + TOKEN);
        String id = JSON.readTree(stored.body()).path("id").asText();

        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(send(serve.port(), "GET", "/articles/" + id, null).statusCode()).isEqualTo(200);
        assertThat(send(serve.port(), "GET", "/articles/" + id + "/summary", null).statusCode()).isEqualTo(200);
        assertThat(send(serve.port(), "GET", "/articles/" + id + "/review", null).statusCode()).isEqualTo(200);
    }

    @Test
    void publishedAtInTheYear999999999_is400DateOutOfRange() throws IOException {
        HttpResponse<String> response = send(serve.port(), "POST", "/factchecks",
                "{\"text\":\"Amazon cut 14,000 jobs.\",\"publishedAt\":\"+999999999-12-31T00:00:00Z\"}",
                "content-type", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response).path("code").asText()).isEqualTo("date_out_of_range");
    }

    @Test
    void factValue1e999999999_is400NumberOutOfRange() throws IOException {
        HttpResponse<String> response = send(serve.port(), "PUT", "/facts",
                "{\"facts\":[{\"entity\":\"Initech\",\"metric\":\"layoffs\",\"unit\":\"people\",\"value\":1e999999999,"
                        + "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"source\":\"https://example.com/r\"}]}",
                "content-type", "application/json", "authorization", "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(detail(response).path("path").asText()).isEqualTo("facts[0].value");
        assertThat(detail(response).path("code").asText()).isEqualTo("number_out_of_range");
    }

    @Test
    void figuresSplitByInvisibleOrNarrowSpaces_areReadAsOneNumber() throws IOException {
        HttpResponse<String> response = send(serve.port(), "POST", "/factchecks",
                "{\"text\":\"Amazon is laying off approximately 14\\u200b000 corporate employees, or 14\\u202f000.\","
                        + "\"publishedAt\":\"2025-10-28\"}", "content-type", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("claims").findValuesAsText("value")).containsOnly("14000");
    }

    private static JsonNode detail(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").path("details").path(0);
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.HttpRoute;
import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.sam.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code events/} is invocable with {@code invoke} and answers 2xx, against a store
 * seeded the way {@code serve} seeds it. Which function takes a file is decided by its content: an
 * API Gateway event by its {@code routeKey} among the template's routes, a Scheduler event
 * ({@code source: aws.scheduler}) by the function that has a ScheduleV2 event, an SQS event by the
 * function that has an SQS event source. The file name agrees:
 * without hyphens it starts with the function's name without "Function" ({@code factcheck-post.json}
 * → FactCheckFunction, {@code facts-admin-put.json} → FactsAdminFunction). PATCH events run after the
 * others and DELETE events last, so they can name what the seed data or an earlier POST event created.
 */
class EventFilesInvokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SamTemplate TEMPLATE = SamTemplate.ofProject();

    @RegisterExtension
    static final SharedDynalite STORE = new SharedDynalite();

    /**
     * The event files, those that change next to last and those that delete last: a PATCH or DELETE
     * event may name what a seed or another event (a POST with a deterministic id) creates.
     */
    static Stream<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("events"))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(Comparator.comparing(EventFilesInvokeTest::turn).thenComparing(Comparator.naturalOrder()))
                    .toList().stream();
        }
    }

    /** 0 for an event that may create what the others name, 1 for a PATCH, 2 for a DELETE. */
    private static int turn(Path file) {
        try {
            String routeKey = JSON.readTree(file.toFile()).path("routeKey").asText();
            return routeKey.startsWith("DELETE ") ? 2 : routeKey.startsWith("PATCH ") ? 1 : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /**
     * The function that takes {@code event}: by route key, the scheduled function for a Scheduler event,
     * or the function with an SQS event source for an SQS event.
     */
    static String functionFor(JsonNode event) {
        if (event.path("Records").path(0).path("eventSource").asText().equals("aws:sqs")) {
            List<String> consumers = TEMPLATE.functions().values().stream()
                    .filter(f -> !f.queueEvents().isEmpty()).map(FunctionSpec::logicalId).toList();
            assertThat(consumers).as("functions with an SQS event").hasSize(1);
            return consumers.getFirst();
        }
        if (event.path("source").asText().equals("aws.scheduler")) {
            List<String> scheduled = TEMPLATE.functions().values().stream()
                    .filter(f -> !f.schedules().isEmpty()).map(FunctionSpec::logicalId).toList();
            assertThat(scheduled).as("functions with a ScheduleV2 event").hasSize(1);
            return scheduled.getFirst();
        }
        String routeKey = event.path("routeKey").asText();
        return TEMPLATE.functions().values().stream()
                .filter(f -> f.routes().stream().map(HttpRoute::routeKey).anyMatch(routeKey::equals))
                .map(FunctionSpec::logicalId).findFirst()
                .orElseThrow(() -> new AssertionError("no function in template.yaml serves " + routeKey));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void eventFile_isInvocable_andAnswers2xx(Path file) throws IOException {
        String function = functionFor(JSON.readTree(file.toFile()));
        String stem = file.getFileName().toString().replace(".json", "").replace("-", "");
        assertThat(stem).as("the file name names its function").startsWith(
                function.replaceFirst("Function$", "").toLowerCase(Locale.ROOT));

        LocalRunner.Result result = LocalRunner.run("invoke", function, "--event", file.toString(),
                "--dynamodb-endpoint", STORE.endpoint());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode answer = JSON.readTree(result.out());
        if (answer.has("statusCode")) {
            assertThat(answer.path("statusCode").asInt()).as(answer.toString()).isBetween(200, 299);
        } else {
            assertThat(answer.has("errorType")).as(answer.toString()).isFalse();
        }
    }

    @Test
    void eventFromStdin_isInvocable() throws IOException {
        String event = Files.readString(ProjectFiles.root().resolve("events/factcheck-post.json"));

        LocalRunner.Result result = LocalRunner.runWithInput(event, "invoke", "FactCheckFunction", "--event", "-",
                "--dynamodb-endpoint", STORE.endpoint(), "--no-seed");

        assertThat(result.exitCode()).isZero();
        assertThat(JSON.readTree(result.out()).path("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void invoke_unknownFunction_listsTheKnownOnes_andExits2() {
        LocalRunner.Result result = LocalRunner.run("invoke", "NoSuchFunction", "--event", "events/factcheck-post.json",
                "--dynamodb-endpoint", STORE.endpoint());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("NoSuchFunction").contains("FactCheckFunction");
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.devkit.LocalContext;
import dev.factcheck.iam.Access;
import dev.factcheck.iam.CredentialsEndpoint;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every function answers normally with credentials as SnapStart delivers them and nothing else:
 * each runs in a JVM of its own, started with exactly its deployment artifact and an environment
 * holding its template variables, the region, the DynamoDB endpoint, and
 * {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} + {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}: no access
 * keys, no system properties. Its DynamoDB calls pass the runner's IAM layer, which recognises them
 * as the function's own and checks them against its policies.
 */
class ContainerCredentialsOnlyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        Options options = Options.parse(new String[] {"serve", "--in-memory"});
        runtime = LocalRuntime.open(LocalRuntime.loadTemplate(options), options, false, System.out);
        runtime.seed();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void everyFunction_answersNormally_withOnlyTheContainerCredentialsVariables() throws Exception {
        SamTemplate template = runtime.template();
        Map<String, List<Path>> eventsByFunction = new LinkedHashMap<>();
        for (Path file : EventFilesInvokeTest.eventFiles().toList()) {
            eventsByFunction.computeIfAbsent(EventFilesInvokeTest.functionFor(JSON.readTree(file.toFile())),
                    f -> new ArrayList<>()).add(file);
        }
        assertThat(eventsByFunction.keySet()).as("every function has an event file")
                .containsExactlyInAnyOrderElementsOf(template.functions().keySet());
        Map<String, String> references = new LinkedHashMap<>(
                template.tables().keySet().stream().collect(Collectors.toMap(Function.identity(), Function.identity())));
        references.putAll(runtime.queues().urls());
        references.putAll(runtime.iam().secretArns());
        Map<String, Map<String, String>> environments = FunctionSettings.environmentsOf(template,
                runtime.parameters(), references);

        for (Map.Entry<String, List<Path>> entry : eventsByFunction.entrySet()) {
            String function = entry.getKey();
            Map<String, String> environment = new LinkedHashMap<>();
            environments.get(function).forEach((name, value) -> {
                if (value != null && !name.equals("JAVA_TOOL_OPTIONS")) {
                    environment.put(name, value);
                }
            });
            environment.put("AWS_REGION", FunctionSettings.REGION);
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", runtime.iam().endpoint().toString());
            environment.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", runtime.iam().endpoint().toString());
            if (runtime.iam().sqsEndpoint() != null) {
                environment.put("AWS_ENDPOINT_URL_SQS", runtime.iam().sqsEndpoint().toString());
            }
            environment.put("AWS_LAMBDA_FUNCTION_NAME", function);
            CredentialsEndpoint.Grant grant = runtime.iam().grantOf(function);
            environment.putAll(grant.environment());

            List<JsonNode> answers = invokeIsolated(template.function(function), environment, entry.getValue());

            assertThat(environment).doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
            assertThat(answers).as(function).hasSameSizeAs(entry.getValue()).allSatisfy(answer -> {
                if (answer.has("statusCode")) {
                    assertThat(answer.path("statusCode").asInt()).as(function + " " + answer).isBetween(200, 299);
                } else {
                    assertThat(answer.has("errorType")).as(answer.toString()).isFalse();
                }
            });
            assertThat(runtime.iam().accesses()).as(function + " reached DynamoDB as itself")
                    .filteredOn(access -> access.function().equals(function)).isNotEmpty()
                    .allMatch(Access::allowed);
        }
    }

    /** The function's handler in a fresh JVM: its artifact on the classpath, {@code environment} its whole environment. */
    private static List<JsonNode> invokeIsolated(FunctionSpec function, Map<String, String> environment, List<Path> events)
            throws IOException, InterruptedException, URISyntaxException {
        Path artifact = runtime.projectRoot().resolve(function.codeUri());
        assertThat(artifact).as("built artifact of " + function.logicalId()).isRegularFile();
        Path invoker = Path.of(IsolatedInvoke.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path context = Path.of(LocalContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-cp", String.join(java.io.File.pathSeparator, artifact.toString(),
                        invoker.toString(), context.toString()),
                IsolatedInvoke.class.getName(), function.handlerClass()));
        events.forEach(event -> command.add(event.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(function.logicalId() + " exit code; output: " + output).isZero();
        List<JsonNode> answers = new ArrayList<>();
        for (String line : output.lines().filter(l -> l.startsWith("RESULT ")).toList()) {
            answers.add(JSON.readTree(line.substring("RESULT ".length())));
        }
        return answers;
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The errors a user meets on the command line: one message, no stack trace, exit code 2. */
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void noCommand_printsUsage_andExits2() {
        LocalRunner.Result result = LocalRunner.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no command given").contains("usage:");
    }

    @Test
    void parameterOverride_ofAParameterTheTemplateLacks_namesTheKnownOnes_andExits2() {
        LocalRunner.Result result = LocalRunner.run("invoke", "FactCheckFunction", "--event", ProjectFiles.root().resolve("events/factcheck-post.json").toString(),
                "--in-memory", "--no-seed", "--parameter-overrides", "NoSuchParameter=1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("NoSuchParameter").contains("FeedWorkerConcurrency").doesNotContain("Exception");
    }

    @Test
    void help_printsUsage_andExits0() {
        LocalRunner.Result result = LocalRunner.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("serve").contains("invoke").contains("check");
    }

    /** Exit code 2 for a usage error, except for {@code check}, whose 2 means a contradicted or outdated figure. */
    @ParameterizedTest
    @CsvSource({
            "serve --bogus, 2",
            "serve --port nope, 2",
            "serve --port 70000, 2",
            "serve --in-memory --data-dir x, 2",
            "serve --in-memory --dynamodb-endpoint http://127.0.0.1:8000, 2",
            "serve --dynamodb-endpoint ftp://x, 2",
            "serve --schedule-interval-override soon, 2",
            "serve --visibility-timeout-override -PT1S, 2",
            "serve --sqs-endpoint ftp://x, 2",
            "serve --parameter-overrides FeedWorkerConcurrency, 2",
            "serve extra, 2",
            "invoke, 2",
            "invoke FactCheckFunction, 2",
            "check --file a --text b, 1",
            "check --published yesterday, 1",
            "check --facts f.json --in-memory, 1",
            "deploy, 2"})
    void usageError_printsTheProblemAndUsage_andExitsWithTheCommandsSetupCode(String commandLine, int exitCode) {
        LocalRunner.Result result = LocalRunner.run(commandLine.split(" "));

        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("error: ").contains("usage:").doesNotContain("Exception");
    }

    @Test
    void portInUse_namesThePort_andHowToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            LocalRunner.Result result = LocalRunner.run("serve", "--port", Integer.toString(port),
                    "--dynamodb-endpoint", "http://127.0.0.1:9");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("port " + port).contains("--port").doesNotContain("Exception");
        }
    }

    @Test
    void malformedTemplate_namesTheFileAndLine() throws IOException {
        Path template = temp.resolve("template.yaml");
        Files.writeString(template, "Resources:\n  Broken:\n    Type: [unclosed\n    Properties: {}\n");

        LocalRunner.Result result = LocalRunner.run("invoke", "Broken", "--event", "no-such-event.json",
                "--template", template.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).containsPattern("template\\.yaml:\\d+:\\d+: ").doesNotContain("\tat ");
    }

    @Test
    void handlerClassMissing_namesTheClassAndTheFunction() throws IOException {
        Path template = temp.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  GhostFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: nowhere.jar
                      Handler: com.example.NoSuchHandler::handleRequest
                """);

        LocalRunner.Result result = LocalRunner.run("serve", "--port", "0", "--template", template.toString(),
                "--dynamodb-endpoint", "http://127.0.0.1:9");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("com.example.NoSuchHandler").contains("GhostFunction").doesNotContain("\tat ");
    }

    @Test
    void nodeMissing_saysToInstallNode20OrPassAnEndpoint_andExits2() {
        String before = System.getProperty("factcheck.node");
        System.setProperty("factcheck.node", temp.resolve("no-node-here").toString());
        try {
            LocalRunner.Result result = LocalRunner.run("invoke", "FactCheckFunction", "--event",
                    ProjectFiles.root().resolve("events/factcheck-post.json").toString(), "--in-memory");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("Node.js 20").contains("--dynamodb-endpoint").doesNotContain("\tat ");
            assertThat(result.err().lines().filter(line -> line.startsWith("error: "))).hasSize(1);
        } finally {
            if (before == null) {
                System.clearProperty("factcheck.node");
            } else {
                System.setProperty("factcheck.node", before);
            }
        }
    }

    @Test
    void eventFileMissing_saysSo() {
        LocalRunner.Result result = LocalRunner.run("invoke", "FactCheckFunction", "--event", "no-such-event.json",
                "--dynamodb-endpoint", "http://127.0.0.1:9");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no-such-event.json").contains("no such file");
    }

    @Test
    void eventThatIsNotJson_isRefusedWithItsName() throws IOException {
        Path event = temp.resolve("broken.json");
        Files.writeString(event, "{not json");

        LocalRunner.Result result = LocalRunner.run("invoke", "FactCheckFunction", "--event", event.toString(),
                "--dynamodb-endpoint", "http://127.0.0.1:9");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("broken.json").contains("not JSON");
    }
}

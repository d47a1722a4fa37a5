package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.SamTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handler class that is not built into the runner is loaded from its function's CodeUri jar, as Lambda loads it. */
class CodeUriArtifactTest {

    private static final String SOURCE = """
            package ext;

            public class ArtifactHandler implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {
                @Override
                public void handleRequest(java.io.InputStream in, java.io.OutputStream out,
                                          com.amazonaws.services.lambda.runtime.Context context) throws java.io.IOException {
                    out.write("{\\"from\\":\\"artifact\\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            """;

    @Test
    void handlerOutsideTheRunnersJar_isLoadedFromItsCodeUri(@TempDir Path temp) throws IOException {
        Path jar = compileIntoJar(temp);
        SamTemplate template = SamTemplate.parse("""
                Resources:
                  ArtifactFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: %s
                      Handler: ext.ArtifactHandler::handleRequest
                """.formatted(jar), "artifact-template.yaml");

        try (Serve serve = LocalRunner.serve(template, "--port", "0", "--no-seed", "--no-schedules",
                "--dynamodb-endpoint", "http://127.0.0.1:9")) {
            HttpResponse<String> response = LocalRunner.send(serve.port(), "POST",
                    "/2015-03-31/functions/ArtifactFunction/invocations", "{}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"from\":\"artifact\"}");
        }
    }

    private static Path compileIntoJar(Path temp) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("src/ext"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(sources.resolve("ArtifactHandler.java"), SOURCE);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), sources.resolve("ArtifactHandler.java").toString());
        assertThat(status).isZero();
        Path jar = temp.resolve("artifact.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("ext/ArtifactHandler.class"));
            try (OutputStream entry = new java.io.FilterOutputStream(out) {
                @Override
                public void close() {
                    // keep the jar stream open
                }
            }) {
                Files.copy(classes.resolve("ext/ArtifactHandler.class"), entry);
            }
            out.closeEntry();
        }
        return jar;
    }
}

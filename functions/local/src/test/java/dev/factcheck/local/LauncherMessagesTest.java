package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./factcheck} without what it needs: one short message saying what to install, exit code 1,
 * before any build. The launcher runs from a copy of the project's root files whose POM asks for a
 * JDK no machine has, which is how a machine without a JDK 25 looks to it.
 */
class LauncherMessagesTest {

    @Test
    void noJdkOfTheRequiredVersion_saysWhatToInstallPerSystem_andExits1(@TempDir Path temp) throws Exception {
        Path project = projectCopy(temp, "[99,)");

        Result result = launch(project, Newcomer.environment(), "serve");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .startsWith("factcheck needs a JDK 99 or newer and found none")
                .contains("sudo apt install openjdk-99-jdk", "sudo dnf install java-99-openjdk-devel",
                        "brew install openjdk@99", "sdk install java 99")
                .doesNotContain("building");
        assertThat(result.output().lines()).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void nodeOlderThan20_saysWhatToInstall_andExits1(@TempDir Path temp) throws Exception {
        Path project = projectCopy(temp, "[25,)");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path node = bin.resolve("node");
        Files.writeString(node, "#!/bin/sh\necho v18.19.1\n");
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = Newcomer.environment();
        environment.put("PATH", bin + ":" + environment.get("PATH"));

        Result result = launch(project, environment, "check", "--text", "14,000 jobs");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .startsWith("factcheck needs Node.js 20 or newer with npm")
                .contains("found Node.js 18", "sudo apt install nodejs npm", "brew install node", "--dynamodb-endpoint");
    }

    /** The launcher with the root files it reads (pom.xml with the given Java range, template.yaml). */
    private static Path projectCopy(Path temp, String javaRange) throws IOException {
        Path root = ProjectFiles.root();
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(root.resolve("factcheck"), project.resolve("factcheck"));
        Files.copy(root.resolve("template.yaml"), project.resolve("template.yaml"));
        String pom = Files.readString(root.resolve("pom.xml"));
        assertThat(pom).contains("<java.required>[25,)</java.required>");
        Files.writeString(project.resolve("pom.xml"),
                pom.replace("<java.required>[25,)</java.required>", "<java.required>" + javaRange + "</java.required>"));
        return project;
    }

    record Result(int exitCode, String output) {
    }

    private static Result launch(Path project, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(project.resolve("factcheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: the fact-check JSON of a text against a facts file, in a throwaway store. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void checkWithFactsFile_printsTheVerdictsAgainstThatFile(@TempDir Path temp) throws IOException {
        Path article = temp.resolve("article.txt");
        Files.writeString(article, "Amazon is laying off approximately 14,000 corporate employees, the company said.");

        LocalRunner.Result result = LocalRunner.run("check", "--file", article.toString(), "--published", "2025-10-28",
                "--facts", ProjectFiles.root().resolve("infra/seed/facts.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode check = JSON.readTree(result.out());
        JsonNode claim = check.path("claims").get(0);
        assertThat(claim.path("value").asLong()).isEqualTo(14_000);
        assertThat(claim.path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(claim.path("evidence").get(0).path("source").asText()).startsWith("https://");
    }
}

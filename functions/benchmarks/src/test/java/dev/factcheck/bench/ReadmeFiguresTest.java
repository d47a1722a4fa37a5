package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeFiguresTest {

    private static final String REGENERATE = "README.md does not show the latest results in functions/benchmarks/results/; "
            + "regenerate it: ./mvnw -q -pl functions/benchmarks compile exec:exec@readme-figures";

    @Test
    void readme_showsExactlyTheFiguresOfTheLatestResultsFiles() throws IOException {
        String readme = Files.readString(ProjectFiles.root().resolve("README.md"));
        Map<String, String> sections = ReadmeFigures.sections(BenchmarkResults.directory());

        sections.forEach((name, rendered) ->
                assertThat(ReadmeFigures.block(readme, name)).as(name + ": " + REGENERATE).isEqualTo(rendered));
        assertThat(ReadmeFigures.update(readme, sections)).as(REGENERATE).isEqualTo(readme);
    }

    @Test
    void aFigureThatChangesInTheResults_changesTheReadme(@TempDir Path results) throws IOException {
        for (String file : new String[] {BenchmarkResults.COLD_START, BenchmarkResults.WARM_LOAD, BenchmarkResults.JMH,
                BenchmarkResults.INGESTION}) {
            Files.copy(BenchmarkResults.directory().resolve(file), results.resolve(file));
        }
        String readme = Files.readString(ProjectFiles.root().resolve("README.md"));
        ObjectNode coldStart = (ObjectNode) BenchmarkResults.read(results, BenchmarkResults.COLD_START);
        ObjectNode first = (ObjectNode) coldStart.path("functions").get(0);
        first.put("coldStartMedianMs", first.path("coldStartMedianMs").asLong() + 1);
        Files.writeString(results.resolve(BenchmarkResults.COLD_START), coldStart.toString());

        assertThat(ReadmeFigures.update(readme, ReadmeFigures.sections(results))).isNotEqualTo(readme);
    }

    @Test
    void aReadmeWithoutTheMarkers_isRefusedWithTheirNames() {
        assertThatThrownBy(() -> ReadmeFigures.update("# README\n", Map.of("cold-start", "| table |\n")))
                .hasMessageContaining("<!-- figures:cold-start -->").hasMessageContaining("<!-- /figures:cold-start -->");
    }

    @Test
    void coldStartFunctionsAboveTheTarget_areNamed() throws IOException {
        ObjectNode results = (ObjectNode) BenchmarkResults.JSON.readTree("""
                {"runs": 3, "credentials": "container", "environment": {"jdk": "25", "cpus": 2, "loadAverageAtStart": 0.5,
                  "loadAverageAtEnd": 0.7, "measuredAt": "2026-12-02T04:00:00Z", "commit": "abc1234"},
                 "functions": [
                  {"function": "Fast", "artifact": "a.jar", "artifactBytes": 1048576, "coldStartMedianMs": 500,
                   "floorMedianMs": 500, "cpuMedianMs": 900, "floorCpuMedianMs": 850, "peakRssMedianKb": 102400,
                   "statuses": ["200"]},
                  {"function": "Slow", "artifact": "a.jar", "artifactBytes": 1048576, "coldStartMedianMs": 600,
                   "floorMedianMs": 500, "peakRssMedianKb": 102400, "statuses": ["200", "201"]}]}
                """);

        String rendered = ReadmeFigures.coldStart(results);

        assertThat(rendered)
                .contains("| Fast | 1.0 MiB | 500 ms | 500 ms | 1.00 | 900 ms (850 ms) | 100 MiB | 200 |")
                .contains("| Slow | 1.0 MiB | 600 ms | 500 ms | 1.20 | - | 100 MiB | 200,201 |")
                .contains("medians of 3 runs each, function and floor alternating, both with credentials from the container endpoint")
                .contains("load average 0.50 at the start and 0.70 at the end")
                .contains("Within 1.15× the floor: 1 of 2 functions; above it: Slow (1.20).");
    }
}

package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} on several files or a folder: a progress display on stderr, a report per file on
 * stdout (table, JSON or CSV), and the exit code a publishing pipeline can act on: 0 when no figure
 * is contradicted or outdated, 2 when one is, 1 when a file could not be checked or an option is wrong.
 */
class BatchCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SharedDynalite STORE = new SharedDynalite();

    @TempDir
    Path drafts;

    @BeforeEach
    void writeDrafts() throws IOException {
        Files.writeString(drafts.resolve("supported.txt"),
                "Amazon is laying off approximately 14,000 corporate employees, the company said on Tuesday.");
        Files.writeString(drafts.resolve("contradicted.md"), """
                ---
                title: "Amazon cuts deeper"
                date: 2025-10-28
                ---
                # Amazon cuts deeper

                Amazon is laying off **30,000** corporate employees, the company said.
                """);
        Files.writeString(drafts.resolve("outdated.json"), """
                {"title": "Amazon and Anthropic", "publishedAt": "2025-06-01",
                 "text": "Amazon has invested $4 billion in Anthropic so far, the company said."}
                """);
        Files.writeString(drafts.resolve("photo.png"), "not an article");
        Files.createDirectories(drafts.resolve(".drafts-cache"));
        Files.writeString(drafts.resolve(".drafts-cache/stale.txt"), "Amazon is laying off 99,000 employees.");
    }

    @Test
    void folder_checksEveryArticleFile_printsATablePerFile_andExits2WhenAFigureIsContradictedOrOutdated() {
        LocalRunner.Result result = check(drafts.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        List<String> lines = result.out().lines().toList();
        assertThat(lines.getFirst()).matches("file +claims +supported +contradicted +outdated +unverified");
        assertThat(row(lines, "contradicted.md")).containsExactly("1", "0", "1", "0", "0");
        assertThat(row(lines, "outdated.json")).containsExactly("1", "0", "0", "1", "0");
        assertThat(row(lines, "supported.txt")).containsExactly("1", "1", "0", "0", "0");
        assertThat(row(lines, "total: 3 files")).containsExactly("3", "1", "1", "1", "0");
        assertThat(result.out()).as("only article files, hidden folders left out").doesNotContain("photo.png", "stale.txt");
    }

    @Test
    void noFigureContradictedOrOutdated_exits0() {
        LocalRunner.Result result = check(drafts.resolve("supported.txt").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(row(result.out().lines().toList(), "total: 1 file")).containsExactly("1", "1", "0", "0", "0");
    }

    @Test
    void formatCsv_oneRowPerFile_withTheErrorColumnForAFileThatIsNoArticle() throws IOException {
        Files.writeString(drafts.resolve("broken.json"), "{\"title\": \"no text\"}");

        LocalRunner.Result result = check(drafts.resolve("supported.txt").toString(), drafts.resolve("broken.json").toString(),
                "--format", "csv");

        assertThat(result.exitCode()).as("a file that could not be checked is an error").isEqualTo(1);
        assertThat(result.out().split("\r\n")).containsExactly(
                "file,claims,supported,contradicted,outdated,unverified,error",
                drafts.resolve("supported.txt") + ",1,1,0,0,0,",
                drafts.resolve("broken.json") + ",,,,,,\"a JSON article needs a \"\"text\"\" string (like infra/seed/articles/*.json)\"");
    }

    @Test
    void formatJson_countsPerFile_theFunctionsAnswer_andTotals() throws IOException {
        LocalRunner.Result result = check(drafts.toString(), "--format", "json");

        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(result.out());
        JsonNode contradicted = report.path("files").get(0);
        assertThat(contradicted.path("file").asText()).endsWith("contradicted.md");
        assertThat(contradicted.path("contradicted").asInt()).isEqualTo(1);
        assertThat(contradicted.path("check").path("claims").get(0).path("expected").asLong())
                .as("the front matter's date picks the record of that day").isEqualTo(14_000);
        assertThat(report.path("totals").path("files").asInt()).isEqualTo(3);
        assertThat(report.path("totals").path("claims").asInt()).isEqualTo(3);
        assertThat(report.path("totals").path("notChecked").asInt()).isZero();
    }

    @Test
    void missingFileAndRefusedText_areReportedPerFile_theOthersAreStillChecked_andExit1() throws IOException {
        Files.writeString(drafts.resolve("empty.txt"), "   ");

        LocalRunner.Result result = check(drafts.resolve("no-such-draft.md").toString(), drafts.resolve("empty.txt").toString(),
                drafts.resolve("supported.txt").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("no-such-draft.md  error: no such file or folder")
                .containsPattern("empty.txt +error: 400 validation_failed")
                .contains("total: 3 files, 2 not checked");
        assertThat(row(result.out().lines().toList(), "supported.txt")).containsExactly("1", "1", "0", "0", "0");
    }

    @Test
    void emptyFolder_isAnError() throws IOException {
        Path empty = Files.createDirectories(drafts.resolve("empty"));

        LocalRunner.Result result = check(empty.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("error: a folder without article files");
    }

    @Test
    void notATerminal_progressIsOnePlainLinePerFile_onStderr() {
        LocalRunner.Result result = check(drafts.toString());

        assertThat(result.err()).doesNotContain("\r")
                .contains("[1/3] " + drafts.resolve("contradicted.md") + ": 1 claim, 1 contradicted, 0 outdated")
                .contains("[3/3] " + drafts.resolve("supported.txt") + ": 1 claim, 0 contradicted, 0 outdated");
        assertThat(result.out()).as("stdout is the report alone").doesNotContain("[1/3]").doesNotContain("\"level\"");
    }

    @Test
    void onATerminal_progressIsOneBarRedrawnInPlace_thenCleared() {
        LocalRunner.Result result = LocalRunner.runOnTerminal(withStore(drafts.toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("\rchecking [------------------------] 0/3 ")
                .contains("\rchecking [################--------] 2/3 ")
                .contains("\rchecking [########################] 3/3 ")
                .doesNotContain("[1/3]");
        assertThat(result.err().substring(result.err().lastIndexOf('\r'))).isBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format xml", "--bogus", "--format", "--published yesterday", "--text x", "--file y"})
    void badOption_exits1_withTheProblemAndUsage(String options) {
        List<String> args = new ArrayList<>(List.of("check", drafts.toString()));
        args.addAll(List.of(options.split(" ")));

        LocalRunner.Result result = LocalRunner.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("usage:").doesNotContain("Exception");
    }

    private static LocalRunner.Result check(String... args) {
        return LocalRunner.run(withStore(args));
    }

    private static String[] withStore(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--dynamodb-endpoint", STORE.endpoint(),
                "--published", "2025-10-28"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /** The numbers of the table row whose file ends with {@code name}. */
    private static List<String> row(List<String> lines, String name) {
        String line = lines.stream().filter(l -> l.split("  ")[0].trim().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in\n" + String.join("\n", lines)));
        List<String> cells = List.of(line.substring(line.indexOf(name) + name.length()).trim().split(" +"));
        return cells;
    }
}

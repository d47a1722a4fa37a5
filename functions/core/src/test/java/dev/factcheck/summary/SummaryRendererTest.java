package dev.factcheck.summary;

import static dev.factcheck.summary.SummaryFixtures.MIXED_STORY;
import static dev.factcheck.summary.SummaryFixtures.checked;
import static dev.factcheck.summary.SummaryFixtures.supported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Span;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryRendererTest {

    private static final Map<Verdict, Integer> NONE = Map.of();

    private static VerifiedSummary mixed() {
        List<CheckedClaim> claims = List.of(
                supported(MIXED_STORY, "c1", "2,500"),
                checked(MIXED_STORY, "c2", "12,000", Verdict.CONTRADICTED, "9000", Unit.PEOPLE, "2025-03-20"),
                checked(MIXED_STORY, "c3", "$4B", Verdict.OUTDATED, "8000000000", Unit.USD, "2024-11-22"));
        return new Summarizer().summarize(MIXED_STORY, claims, 4);
    }

    private static VerifiedSummary one(String sentence) {
        return new VerifiedSummary(List.of(new SummarySentence(0, sentence, List.of())), NONE);
    }

    @Test
    void markdown_marksEveryFigureAndStrikesWrongOnesWithRecordedValueAndDate() {
        String markdown = SummaryRenderer.markdown(mixed());

        assertThat(markdown).isEqualTo("""
                - Cobalt Logistics is laying off about **2,500** _(supported)_ drivers, the carrier said on Monday.
                - The carrier shed ~~12,000~~ _(contradicted: recorded 9,000 as of 2025-03-20)_ roles in March last year, according to a filing.
                - Its founder has put ~~$4B~~ _(outdated: recorded $8,000,000,000 as of 2024-11-22)_ into the robotics venture over the years.
                - Analysts expect further cuts at the carrier before the summer.

                **Verdicts:** 1 supported, 1 contradicted, 1 outdated, 0 unverified.
                """);
    }

    @Test
    void plainText_marksEveryFigureWithItsVerdictInBrackets() {
        String text = SummaryRenderer.plainText(mixed());

        assertThat(text).isEqualTo("""
                Cobalt Logistics is laying off about 2,500 [supported] drivers, the carrier said on Monday.
                The carrier shed 12,000 [contradicted: recorded 9,000 as of 2025-03-20] roles in March last year, according to a filing.
                Its founder has put $4B [outdated: recorded $8,000,000,000 as of 2024-11-22] into the robotics venture over the years.
                Analysts expect further cuts at the carrier before the summer.

                Verdicts: 1 supported, 1 contradicted, 1 outdated, 0 unverified.
                """);
    }

    @Test
    void markdown_escapesHtmlAndMarkdownInArticleText() {
        String hostile = "<script>alert(1)</script> *bold* _it_ [link](http://x.example) `code` # h | t ~~s~~ &amp; \\";

        String line = SummaryRenderer.markdown(one(hostile)).lines().findFirst().orElseThrow();

        assertThat(line).startsWith("- ").doesNotContain("<script>");
        String unescaped = line.substring(2).replaceAll("\\\\.", "");
        assertThat(unescaped.chars().filter(c -> "\\`*_[]<>#|~&".indexOf(c) >= 0)).isEmpty();
    }

    @Test
    void markdown_cannotBreakOutOfItsListItemWithLineBreaks() {
        String markdown = SummaryRenderer.markdown(one("Breaking\n# Not a heading\r\n- not a list\u2028> nor a quote"));

        assertThat(markdown.lines().findFirst().orElseThrow())
                .isEqualTo("- Breaking \\# Not a heading - not a list \\> nor a quote");
        assertThat(markdown.lines().filter(l -> !l.isBlank())).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1. First point here.; - 1\\. First point here.",
            "2) Second point.; - 2\\) Second point.",
            "- dash start; - \\- dash start",
            "+ plus start; - \\+ plus start",
            "=== rule; - \\=== rule",
            "14,000 jobs went.; - 14,000 jobs went."
    })
    void markdown_neutralisesBlockMarkersAtTheStartOfASentence(String sentence, String expected) {
        assertThat(SummaryRenderer.markdown(one(sentence)).lines().findFirst().orElseThrow()).isEqualTo(expected);
    }

    @Test
    void markdown_escapesMarkupInsideAFigure() {
        String sentence = "They paid *$5* today.";
        FigureAnnotation annotation = new FigureAnnotation("c1", "*$5*", new Span(10, 14), Verdict.UNVERIFIED, null,
                Unit.USD, null, "x");
        VerifiedSummary summary = new VerifiedSummary(List.of(new SummarySentence(0, sentence, List.of(annotation))), NONE);

        assertThat(SummaryRenderer.markdown(summary).lines().findFirst().orElseThrow())
                .isEqualTo("- They paid **\\*$5\\*** _(unverified)_ today.");
    }

    @Test
    void label_leavesValueOutWhenAWrongFigureHasNoRecordedValue() {
        FigureAnnotation annotation = new FigureAnnotation("c1", "5", new Span(0, 1), Verdict.CONTRADICTED, null,
                Unit.COUNT, null, "x");
        assertThat(SummaryRenderer.label(annotation)).isEqualTo("contradicted");
    }

    @Test
    void emptySummary_rendersOnlyTheCounts() {
        VerifiedSummary empty = new VerifiedSummary(List.of(), NONE);
        assertThat(SummaryRenderer.markdown(empty)).isEqualTo("**Verdicts:** 0 supported, 0 contradicted, 0 outdated, 0 unverified.\n");
        assertThat(SummaryRenderer.plainText(empty)).isEqualTo("Verdicts: 0 supported, 0 contradicted, 0 outdated, 0 unverified.\n");
    }
}

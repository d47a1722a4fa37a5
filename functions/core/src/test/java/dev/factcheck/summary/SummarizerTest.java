package dev.factcheck.summary;

import static dev.factcheck.summary.SummaryFixtures.MIXED_STORY;
import static dev.factcheck.summary.SummaryFixtures.SYMMETRIC_STORY;
import static dev.factcheck.summary.SummaryFixtures.WAREHOUSE_STORY;
import static dev.factcheck.summary.SummaryFixtures.checked;
import static dev.factcheck.summary.SummaryFixtures.supported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Span;
import dev.factcheck.text.SentenceSplitter;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    private static List<Integer> indexes(VerifiedSummary summary) {
        return summary.sentences().stream().map(SummarySentence::index).toList();
    }

    @Test
    void centrality_picksOnTopicSentencesOverBoilerplate() {
        VerifiedSummary summary = summarizer.summarize(WAREHOUSE_STORY, List.of(), 3);

        assertThat(indexes(summary)).hasSize(3).doesNotContain(1, 2, 6).isSubsetOf(0, 3, 4, 5);
    }

    @Test
    void centrality_picksOnTopicSentencesEvenWithoutLeadPrior() {
        Summarizer noLead = new Summarizer(new SummarySettings(0.85, 60, 1e-7, 0, 0.5, 2000));
        assertThat(indexes(noLead.summarize(WAREHOUSE_STORY, List.of(), 3))).isSubsetOf(0, 3, 4, 5);
    }

    @Test
    void leadPrior_prefersEarlierSentencesWhenCentralityTies() {
        assertThat(indexes(summarizer.summarize(SYMMETRIC_STORY, List.of(), 1))).containsExactly(0);
        assertThat(indexes(summarizer.summarize(SYMMETRIC_STORY, List.of(), 2))).containsExactly(0, 1);
    }

    @Test
    void claimSentences_arePreferredOverEquallyCentralOnesWithoutClaims() {
        CheckedClaim inThird = supported(SYMMETRIC_STORY, "c1", "120");

        assertThat(indexes(summarizer.summarize(SYMMETRIC_STORY, List.of(inThird), 1))).containsExactly(2);
    }

    @Test
    void sentences_comeBackInArticleOrderNotScoreOrder() {
        CheckedClaim inLast = supported(SYMMETRIC_STORY, "c1", "80");

        VerifiedSummary summary = summarizer.summarize(SYMMETRIC_STORY, List.of(inLast), 2);

        assertThat(indexes(summary)).containsExactly(0, 3);
        assertThat(summary.sentences().get(1).text()).isEqualTo("Harbor Bank cut 80 branch jobs in Exeter.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11, 100})
    void sentenceCount_outsideOneToTen_isRejected(int count) {
        assertThatThrownBy(() -> summarizer.summarize(WAREHOUSE_STORY, List.of(), count))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 10");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 10})
    void sentenceCount_withinOneToTen_isHonouredUpToTheArticleLength(int count) {
        VerifiedSummary summary = summarizer.summarize(WAREHOUSE_STORY, List.of(), count);
        assertThat(summary.sentences()).hasSize(Math.min(count, 7));
    }

    @Test
    void defaultSentenceCount_isThree() {
        assertThat(Summarizer.DEFAULT_SENTENCES).isEqualTo(3);
    }

    @Test
    void emptyText_givesNoSentencesAndZeroCounts() {
        VerifiedSummary summary = summarizer.summarize("", List.of(), 3);
        assertThat(summary.sentences()).isEmpty();
        assertThat(summary.counts()).containsOnlyKeys(Verdict.values()).allSatisfy((v, n) -> assertThat(n).isZero());
    }

    @Test
    void counts_coverEveryVerdictOfTheWholeArticleIncludingZero() {
        List<CheckedClaim> claims = List.of(
                supported(MIXED_STORY, "c1", "2,500"),
                checked(MIXED_STORY, "c2", "12,000", Verdict.CONTRADICTED, "9000", Unit.PEOPLE, "2025-03-20"),
                checked(MIXED_STORY, "c3", "$4B", Verdict.OUTDATED, "8000000000", Unit.USD, "2024-11-22"));

        VerifiedSummary summary = summarizer.summarize(MIXED_STORY, claims, 1);

        assertThat(summary.counts()).containsExactly(
                Map.entry(Verdict.SUPPORTED, 1), Map.entry(Verdict.CONTRADICTED, 1),
                Map.entry(Verdict.OUTDATED, 1), Map.entry(Verdict.UNVERIFIED, 0));
    }

    @Test
    void annotation_ofContradictedFigure_carriesRecordedValueAndDate() {
        CheckedClaim wrong = checked(MIXED_STORY, "c2", "12,000", Verdict.CONTRADICTED, "9000", Unit.PEOPLE,
                "2025-03-20");

        VerifiedSummary summary = summarizer.summarize(MIXED_STORY, List.of(wrong), 4);

        SummarySentence sentence = summary.sentences().get(1);
        assertThat(sentence.annotations()).singleElement().satisfies(a -> {
            assertThat(a.claimId()).isEqualTo("c2");
            assertThat(a.text()).isEqualTo("12,000");
            assertThat(sentence.text().substring(a.span().start(), a.span().end())).isEqualTo("12,000");
            assertThat(a.span()).isEqualTo(new Span(17, 23));
            assertThat(a.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(a.expected()).isEqualByComparingTo("9000");
            assertThat(a.recordedDate()).isEqualTo(LocalDate.parse("2025-03-20"));
            assertThat(a.explanation()).isEqualTo("Explanation of c2.");
        });
    }

    @Test
    void annotation_ofOutdatedFigure_carriesCurrentRecordedValueAndDate() {
        CheckedClaim stale = checked(MIXED_STORY, "c3", "$4B", Verdict.OUTDATED, "8000000000", Unit.USD, "2024-11-22");

        VerifiedSummary summary = summarizer.summarize(MIXED_STORY, List.of(stale), 4);

        FigureAnnotation annotation = summary.sentences().get(2).annotations().getFirst();
        assertThat(annotation.verdict()).isEqualTo(Verdict.OUTDATED);
        assertThat(annotation.expected()).isEqualByComparingTo("8000000000");
        assertThat(annotation.unit()).isEqualTo(Unit.USD);
        assertThat(annotation.recordedDate()).isEqualTo(LocalDate.parse("2024-11-22"));
    }

    @Test
    void everyFigureInAChosenSentence_isAnnotatedInTextOrder() {
        String text = "Cobalt cut 300 jobs in May and 450 jobs in June. Unrelated closing remark here.";
        List<CheckedClaim> claims = List.of(
                checked(text, "c2", "450", Verdict.CONTRADICTED, "400", Unit.PEOPLE, "2025-06-30"),
                supported(text, "c1", "300"));

        VerifiedSummary summary = summarizer.summarize(text, claims, 1);

        assertThat(summary.sentences()).singleElement()
                .satisfies(s -> assertThat(s.annotations()).extracting(FigureAnnotation::claimId).containsExactly("c1", "c2"));
    }

    @Test
    void largestAcceptedArticle_ranksOnlyItsLeadingMaxGraphSentences() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("Cobalt Logistics cut ").append(i).append(" jobs at terminal ").append(i % 97)
                    .append(" while the carrier expanded hub number ").append(i % 13).append(". ");
        }
        int bound = SummarySettings.DEFAULTS.maxGraphSentences();
        assertThat(SentenceSplitter.split(text.toString())).hasSizeGreaterThan(bound);

        VerifiedSummary summary = summarizer.summarize(text.toString(), List.of(), 10);

        assertThat(indexes(summary)).hasSize(10).allSatisfy(index -> assertThat(index).isLessThan(bound));
    }

    @Test
    void sentencesBeyondMaxGraphSentences_areNeverRanked_evenWithAClaim() {
        Summarizer firstTwoOnly = new Summarizer(new SummarySettings(0.85, 60, 1e-7, 0.5, 0.5, 2));
        CheckedClaim inThird = supported(SYMMETRIC_STORY, "c1", "120");

        assertThat(indexes(firstTwoOnly.summarize(SYMMETRIC_STORY, List.of(inThird), 3))).containsExactly(0, 1);
    }

    @Test
    void claimsWithSpansOutsideTheText_areCountedButNotAnnotated() {
        CheckedClaim stray = new CheckedClaim(dev.factcheck.verify.TestClaims.claim().span(5000, 5006).build(),
                Verdict.SUPPORTED, null, List.of(), "x");
        VerifiedSummary summary = summarizer.summarize(MIXED_STORY, List.of(stray), 4);
        assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.annotations()).isEmpty());
        assertThat(summary.counts()).containsEntry(Verdict.SUPPORTED, 1);
    }
}

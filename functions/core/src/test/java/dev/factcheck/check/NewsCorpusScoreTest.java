package dev.factcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.check.NewsCorpus.Article;
import dev.factcheck.check.NewsCorpus.Label;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerificationSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorer itself: labels that agree with the code score 1.0, and each kind of disagreement lowers
 * exactly the score it should. Labels here are built from the code's own output, so these tests do not
 * depend on what the rules decide.
 */
class NewsCorpusScoreTest {

    private static final NewsFacts FACTS = NewsFacts.load("/corpus/news/facts.json");
    private static final LocalDate PUBLISHED = LocalDate.parse("2025-10-28");
    private static final String TEXT = "Initech cut 2,400 jobs in March 2025. Globex employs 112,500 people. "
            + "Umbrella booked revenue of $21.7 billion in 2024.";

    private static List<Label> labelsAsTheCodeSeesThem() {
        FactCheck check = new FactChecker(FACTS, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS)
                .check(TEXT, PUBLISHED);
        List<Label> labels = new ArrayList<>();
        for (CheckedClaim checked : check.claims()) {
            Claim c = checked.claim();
            labels.add(new Label(labels.size() + 1, true, c.text(), c.span().start(), c.value(), c.unit().code(),
                    c.entity(), c.object(), c.metric(), c.period() == null ? null : c.period().toString(),
                    checked.verdict(), "", null));
        }
        return labels;
    }

    private static NewsCorpusScore score(List<Label> labels) {
        return NewsCorpusScore.of(List.of(new Article("t", 1, "wire", PUBLISHED, TEXT, labels)), FACTS);
    }

    @Test
    void labelsThatAgreeWithTheCode_scoreOneEverywhere() {
        List<Label> labels = labelsAsTheCodeSeesThem();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3);

        NewsCorpusScore score = score(labels);

        assertThat(score.precision().value()).isEqualTo(1.0);
        assertThat(score.recall().value()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
        assertThat(score.verdictAccuracy().value()).isEqualTo(1.0);
        assertThat(score.macroVerdictRecall()).isEqualTo(1.0);
        assertThat(score.entityMetricAccuracy().value()).isEqualTo(1.0);
        assertThat(score.fieldAccuracy("period").value()).isEqualTo(1.0);
    }

    @Test
    void aVerdictTheCodeDisagreesWith_lowersVerdictAccuracyAndMacroRecall_only() {
        List<Label> labels = new ArrayList<>(labelsAsTheCodeSeesThem());
        Label first = labels.getFirst();
        Verdict other = first.verdict() == Verdict.CONTRADICTED ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        labels.set(0, new Label(first.line(), true, first.anchor(), first.start(), first.value(), first.unit(),
                first.entity(), first.object(), first.metric(), first.period(), other, "", null));

        NewsCorpusScore score = score(labels);

        assertThat(score.verdictAccuracy()).isEqualTo(new NewsCorpusScore.Ratio(labels.size() - 1, labels.size()));
        assertThat(score.macroVerdictRecall()).isLessThan(1.0);
        assertThat(score.recall().value()).isEqualTo(1.0);
        assertThat(score.entityMetricAccuracy().value()).isEqualTo(1.0);
    }

    @Test
    void aClaimLabelledAsADistractor_countsAgainstPrecisionAndDistractorsLeftAlone() {
        List<Label> labels = new ArrayList<>(labelsAsTheCodeSeesThem());
        Label last = labels.getLast();
        labels.set(labels.size() - 1, new Label(last.line(), false, last.anchor(), last.start(), null, null, null,
                null, null, null, null, "", "test"));

        NewsCorpusScore score = score(labels);

        int claims = labels.size() - 1;
        assertThat(score.precision()).isEqualTo(new NewsCorpusScore.Ratio(claims, claims + 1));
        assertThat(score.nonClaimAccuracy()).isEqualTo(new NewsCorpusScore.Ratio(0, 1));
        assertThat(score.recall().value()).isEqualTo(1.0);
    }

    @Test
    void aDistractorInsideALabelledClaimsWords_isLeftAlone_butOneInsideAClaimNoLabelNames_isTaken() {
        List<Label> labels = new ArrayList<>(labelsAsTheCodeSeesThem());
        Label first = labels.getFirst();
        int year = TEXT.indexOf("2025");
        assertThat(year).as("the year is inside the first claim's words").isBetween(first.start(), first.end());
        labels.add(new Label(98, false, "2025", year, null, null, null, null, null, null, null, "", "year"));

        assertThat(score(labels).nonClaimAccuracy()).isEqualTo(new NewsCorpusScore.Ratio(1, 1));

        labels.remove(first); // the claim around the year is now no labelled claim: it took the year
        assertThat(score(labels).nonClaimAccuracy()).isEqualTo(new NewsCorpusScore.Ratio(0, 1));
    }

    @Test
    void aWrongEntity_lowersEntityMetricAccuracy_andAMissedFigureLowersRecall() {
        List<Label> labels = new ArrayList<>(labelsAsTheCodeSeesThem());
        Label first = labels.getFirst();
        labels.set(0, new Label(first.line(), true, first.anchor(), first.start(), first.value(), first.unit(),
                "Hooli", first.object(), first.metric(), first.period(), first.verdict(), "", null));
        int year = TEXT.indexOf("2024");
        labels.add(new Label(99, true, "2024", year, BigDecimal.valueOf(2024), "count", null, null, null,
                null, Verdict.UNVERIFIED, "", null));

        NewsCorpusScore score = score(labels);

        assertThat(score.entityMetricAccuracy()).isEqualTo(new NewsCorpusScore.Ratio(labels.size() - 2, labels.size()));
        assertThat(score.recall()).isEqualTo(new NewsCorpusScore.Ratio(labels.size() - 1, labels.size()));
    }
}

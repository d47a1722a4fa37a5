package dev.factcheck.summary;

import static dev.factcheck.summary.SummaryFixtures.checked;
import static dev.factcheck.summary.SummaryFixtures.supported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, class I: the default summary never hides a contested figure. */
class ContestedFiguresInSummaryTest {

    private final Summarizer summarizer = new Summarizer();

    /** A long story whose lead is central and whose disputed figures stand deep in the text. */
    private static String longStory(int filler) {
        StringBuilder text = new StringBuilder(
                "Harbor Bank will cut 900 branch jobs as the lender closes branches across the north. ");
        for (int i = 0; i < filler; i++) {
            text.append("Harbor Bank branch staff in town ").append(i).append(" were told of the branch closures. ");
        }
        text.append("The lender shed 4,100 roles last spring, a filing showed. ");
        for (int i = 0; i < filler; i++) {
            text.append("Weather in region ").append(i).append(" stayed mild. ");
        }
        text.append("Its workforce stood at 61,000 at the end of the year.");
        return text.toString();
    }

    private static List<Integer> indexes(VerifiedSummary summary) {
        return summary.sentences().stream().map(SummarySentence::index).toList();
    }

    @Test
    void defaultSummary_showsEverySentenceWithAContradictedOrOutdatedFigure_howeverLongTheArticle() {
        String story = longStory(2_500);
        List<CheckedClaim> claims = new ArrayList<>();
        claims.add(supported(story, "c1", "900"));
        claims.add(checked(story, "c2", "4,100", Verdict.CONTRADICTED, "3000", Unit.PEOPLE, "2024-04-01"));
        claims.add(checked(story, "c3", "61,000", Verdict.OUTDATED, "58000", Unit.PEOPLE, "2024-12-31"));

        VerifiedSummary summary = summarizer.summarize(story, claims);

        assertThat(indexes(summary)).startsWith(0).hasSize(Summarizer.DEFAULT_SENTENCES + 2);
        assertThat(summary.sentences()).filteredOn(s -> s.annotations().stream()
                        .anyMatch(a -> a.verdict() == Verdict.CONTRADICTED || a.verdict() == Verdict.OUTDATED))
                .extracting(SummarySentence::text)
                .containsExactly("The lender shed 4,100 roles last spring, a filing showed.",
                        "Its workforce stood at 61,000 at the end of the year.");
    }

    @Test
    void defaultSummary_withoutContestedFigures_hasTheDefaultLength() {
        String story = longStory(20);
        VerifiedSummary summary = summarizer.summarize(story, List.of(supported(story, "c1", "900")));

        assertThat(summary.sentences()).hasSize(Summarizer.DEFAULT_SENTENCES);
        assertThat(summary.sentences().getFirst().index()).as("the lead opens the default summary").isZero();
    }

    @Test
    void summaryOfAnExplicitLength_holdsExactlyThatManySentences() {
        String story = longStory(20);
        List<CheckedClaim> claims = List.of(
                checked(story, "c2", "4,100", Verdict.CONTRADICTED, "3000", Unit.PEOPLE, "2024-04-01"),
                checked(story, "c3", "61,000", Verdict.OUTDATED, "58000", Unit.PEOPLE, "2024-12-31"));

        assertThat(summarizer.summarize(story, claims, 1).sentences()).hasSize(1);
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, classes B, E, H and I: rules found by the tuning articles about shares written as fractions,
 * which hold for any wording: a figure set against another, a share that states its part, a period
 * that stays with its figure, "the first half hour", and the figure a quoted phrase is compared with.
 */
class ContrastsAndRestatementsTest {

    @Test
    void contrastedFigure_takesThePeriodOfTheFigureItIsSetAgainst() {
        String sentence = "Meta's own report put its headcount at 4,000 at the end of 2024, which makes the cut 25% "
                + "of the workforce, not 20%.";
        assertThat(Stages.claim(sentence, "20%").period()).isNull();
        String dated = "Meta cut 8% of its staff in March 2025, not the 12% one post claimed.";
        assertThat(Stages.claim(dated, "12%").period()).isEqualTo(Stages.claim(dated, "8%").period());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Meta shares dropped 4.1% in the first half hour of trading.",
            "Meta shares rose 2% in the first quarter hour after the bell."})
    void half_isNoPeriod_inTheFirstHalfHour(String sentence) {
        assertThat(Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED).getFirst().period()).isNull();
    }

    @Test
    void share_ofAStatedWhole_statesItsPart_soThatALaterSentenceRestatingItIsNotAnotherOrganisations() {
        String before = "Meta laid off 1,000 workers in August. Then there is Amazon, which said last month that it "
                + "would cut ";
        String after = ". The records show 1,000 job cuts on October 7.";
        assertThat(Stages.claim(before + "50% of its 2,000 employees" + after, "1,000 job cuts").entity())
                .isEqualTo("Amazon");
        assertThat(Stages.claim(before + "jobs" + after, "1,000 job cuts").entity())
                .as("a restated figure, no share").isEqualTo("Meta");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon had 3,300 employees at the end of June, so the 1,100 cuts come to a third.     | 1,100",
            "Meta had 76,000 staff at the end of 2024, and the 1,100 job cuts hit engineers most.  | 1,100",
            "Alphabet employed 9,300 people at the end of March, but its 700 cuts were deeper.      | 700"})
    void period_writtenRightAfterAFigure_isNotTakenByANewSubjectAfterACommaAndSoAndOrBut(String sentence,
            String anchor) {
        assertThat(Stages.draft(sentence, anchor).timing().period()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\"A third of the staff\" sounds more vivid than 33.3%, and \"one in five jobs\" travels further than 20%.",
            "\"Nearly half\" is punchier than 48%, copy editors say."})
    void example_isAFigureThatAQuotationDiscussedAsWordsIsSetAgainst(String sentence) {
        assertThat(Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED)).isEmpty();
        assertThat(Stages.EXTRACTOR.extract("\"A third of the staff\" sounds worse than the 33% Meta cut.",
                Stages.PUBLISHED)).as("an organisation's figure").isNotEmpty();
    }
}

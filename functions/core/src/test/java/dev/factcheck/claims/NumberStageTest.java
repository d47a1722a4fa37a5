package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStageTest {

    @Test
    void figures_areReadInTextOrder_skippingYearsTakenByPeriods() {
        SentenceContext c = Stages.context("Amazon cut 27,000 jobs in 2022 and another 9,000 in March 2023.");
        List<String> values = c.figures().stream().map(f -> f.value.toPlainString()).toList();
        assertThat(values).containsExactly("27000", "9000");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Here are 3 reasons to worry.                     | 3     | false",
            "Acme cut 3 jobs.                                 | 3     | true",
            "Acme let 4 people go.                            | 4     | true",
            "Acme cut 12 managers.                            | 12    | true",
            "Revenue rose 5%.                                 | 5     | true"})
    void checkable_refusesRatiosAndSmallBareCounts_keepsCuedOnes(String sentence, String anchor, boolean checkable) {
        SentenceContext c = Stages.context(sentence);
        assertThat(NumberStage.checkable(c, Stages.figure(c, anchor))).isEqualTo(checkable);
    }

    /** A ratio is read whole ({@link FractionWords}): a share of a cut, or nothing; never its two counts. */
    @Test
    void checkable_aRatioIsNeverTwoCounts_itIsOneShareOrNone() {
        List<Claim> share = Stages.EXTRACTOR.extract("One in ten workers lost their jobs.", Stages.PUBLISHED);
        assertThat(share).hasSize(1);
        assertThat(share.getFirst().unit()).isEqualTo(dev.factcheck.catalog.Unit.PERCENT);
        assertThat(share.getFirst().value()).isEqualByComparingTo("10");
        assertThat(Stages.EXTRACTOR.extract("1 in 5 people work remotely.", Stages.PUBLISHED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft's stock has returned -11% over the past year. | -11%  | -11",
            "Amazon's margin moved \u22122.5% in the quarter.       | \u22122.5% | -2.5",
            "Amazon cut jobs in 2022-2023 and 600 more in 2024.      | 600   | 600",
            "- 5% of Meta's staff left.                              | 5%    | 5"})
    void figure_withAMinusSignGluedToItsFront_isNegative(String sentence, String words, String value) {
        List<Claim> claims = Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED);
        assertThat(claims).filteredOn(c -> c.text().startsWith(words)).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualByComparingTo(value));
    }

    /** Distractors of wire copy: an age after a name, a phone number before a comma, a passcode. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Chief executive Bill Lumbergh, 58, wrote that Acme cut 1,500 jobs.",
            "Dial-in: +1 408-555-0199, passcode 4471."})
    void agesPhonesAndPasscodes_areNoFigures(String sentence) {
        List<String> values = Stages.context(sentence).figures().stream().map(f -> f.value.toPlainString()).toList();
        assertThat(values).doesNotContain("58", "199", "408", "4471");
    }
}

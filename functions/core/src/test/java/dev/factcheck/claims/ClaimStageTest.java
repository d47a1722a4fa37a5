package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStageTest {

    private static Claim claim(String sentence, String anchor) {
        return ClaimStage.build(Stages.draft(sentence, anchor), "c1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 27,000 job cuts in 2022–2023 overall.         | 27,000 | 27,000 job cuts in 2022–2023",
            "Amazon is laying off about 14,000 corporate employees.   | 14,000 | about 14,000 corporate employees",
            "Amazon has cut 9,000 jobs since 2022 in all.             | 9,000  | 9,000 jobs since 2022",
            "Amazon has cut 9,000 jobs since its founding in 1994.    | 9,000  | 9,000 jobs",
            "Amazon has invested $4B in Anthropic.                    | $4B    | $4B"})
    void span_coversTheHedge_theCountedWords_andAPeriodRightAfter_butNotAnEventsTime(String sentence, String anchor, String text) {
        Claim c = claim(sentence, anchor);
        assertThat(c.text()).isEqualTo(text);
        assertThat(sentence.substring(c.span().start(), c.span().end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 9,000–10,000 jobs.                        | 9,000  | INTERVAL",
            "Revenue rose 11% to $180 billion.                    | $180   | COMPARISON",
            "Amazon cut more than 14,000 jobs.                    | 14,000 | STATISTICAL",
            "Amazon will cut up to 14,000 jobs.                   | 14,000 | STATISTICAL",
            "Amazon has cut 9,000 jobs since 2022.                | 9,000  | TEMPORAL",
            "Amazon cut 14,000 jobs.                              | 14,000 | STATISTICAL"})
    void type_followsTheQuanTempTaxonomy(String sentence, String anchor, ClaimType type) {
        assertThat(claim(sentence, anchor).type()).isEqualTo(type);
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodStageTest {

    private static String period(String sentence, String anchor) {
        PeriodMention p = Stages.draft(sentence, anchor).timing().period();
        return p == null || p.period() == null ? null : p.period().toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 27,000 jobs in 2022–2023.                                   | 27,000 | 2022-01-01..2023-12-31",
            "In March 2023, Amazon cut 9,000 jobs.                                  | 9,000  | 2023-03-01..2023-03-31",
            "Amazon cut 18,000 jobs in January 2023 and 9,000 in March 2023.        | 18,000 | 2023-01-01..2023-01-31",
            "Amazon cut 18,000 jobs in January 2023 and 9,000 in March 2023.        | 9,000  | 2023-03-01..2023-03-31",
            "SEATTLE (Oct. 27, 2025) — Amazon cut 14,000 jobs.                      | 14,000 | -",
            "Amazon cut 14,000 jobs, it said on Monday.                             | 14,000 | -",
            "Amazon has 1.55 million employees, up from 1.5 million in 2024.        | 1.5    | -"})
    void period_isTheNearestInTheClause_notADatelineNorTheDateOfAStatement(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A wire dateline ("AUSTIN, Texas, Oct 21 (Newswire) -") dates the article, not a figure; a date
     * that opens a sentence without the place before it is an ordinary period.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "AUSTIN, Texas, Oct 21 (Newswire) - Initech cut 1,500 jobs.              | 1,500 | -",
            "PALO ALTO, Calif., Jan 23 (Newswire) – Hooli let go of 120 employees.  | 120   | -",
            "FRANKFURT, July 10 - Tyrell cut 2,700 jobs.                            | 2,700 | -",
            "On March 3 - its worst day - Initech cut 500 jobs.                     | 500   | 2025-03-03"})
    void dateline_ofPlaceAndAgency_datesNoFigure(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** One list of future cues: a clause that states a plan borrows no period from another clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 14,000 jobs last year, and the company would cut another 4,000 roles.  | 4,000  | -",
            "Meta cut 11,000 jobs in 2022; it expects to cut 5,000 more.                       | 5,000  | -",
            "Meta cut 11,000 jobs in 2022; it wants to cut 5,000 more.                         | 5,000  | -",
            "Meta cut 11,000 jobs in 2022; it cut 5,000 more.                                  | 5,000  | 2022-01-01..2022-12-31"})
    void futureCue_inTheFiguresClause_borrowsNoPeriodFromAnotherClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * After a future cue a month without its year is the next such month (issue 15's forward-looking
     * policy), except after "would" (reported speech).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon will cut 3,000 jobs in March.                                   | 3,000 | 2026-03-01..2026-03-31",
            "Amazon expects to cut 3,000 jobs in March.                             | 3,000 | 2026-03-01..2026-03-31",
            "Amazon cut 3,000 jobs in March.                                        | 3,000 | 2025-03-01..2025-03-31",
            "Microsoft said it would eliminate upwards of 6,000 jobs on Tuesday, May 13. | 6,000 | 2025-05-13"})
    void futureCue_makesAYearlessMonthTheNextSuchMonth_exceptWouldInReportedSpeech(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }
}

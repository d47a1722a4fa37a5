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
            "Amazon said on Monday it would cut 14,000 jobs, 4% of its staff.       | 4%     | 2025-10-27",
            "Amazon will cut 14,000 jobs, the retailer said on Monday, 4% of staff. | 4%     | 2025-10-27",
            "Amazon has 1.55 million employees, up from 1.5 million in 2024.        | 1.5    | -"})
    void period_isTheNearestInTheClause_notADateline_andAStatementDatesWhatItAnnounces(
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

    /**
     * "up from 15,800 at the end of 2024": the base of a comparison takes its own period, not the one
     * before it, and a change or level compared with it never takes the base's period.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Its workforce passed 17,000 this autumn, up from 15,800 at the end of 2024.   | 15,800 | 2024-01-01..2024-12-31",
            "Its workforce passed 17,000 this autumn, up from 15,800 at the end of 2024.   | 17,000 | 2025-09-01..2025-11-30",
            "Its workforce passed 17,000 this autumn, up from 15,800.                      | 15,800 | -",
            "In the third quarter revenue was $5.2 billion, up 4% from $5.0 billion a year earlier. | 4% | 2025-07-01..2025-09-30",
            "In the third quarter revenue was $3.1 billion, down 6% from a year earlier.   | 6%     | 2025-07-01..2025-09-30",
            "Initech cut 500 jobs, up from 300 in 2024.                                    | 500    | -"})
    void comparisonBase_takesItsOwnPeriod_notTheComparedFiguresPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A day after "said", "announced" dates the statement; what a report names right after its verb
     * ("reported third-quarter revenue") is the figure's own period.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Initech reported third-quarter revenue of $3.1 billion.                | $3.1 billion | 2025-07-01..2025-09-30",
            "Initech reported 2024 revenue of $12.4 billion.                        | $12.4 billion | 2024-01-01..2024-12-31",
            "Amazon cut 14,000 jobs, it announced Monday.                           | 14,000 | -",
            "Amazon cut 14,000 jobs, it said in a filing.                           | 14,000 | -"})
    void statementDate_isSkipped_butAReportedPeriodIsTheFigures(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "its second round since 2023", "the largest since 2022": a window of a rank, not the figure's period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Microsoft will cut 9,000 jobs in its second big round since 2023.      | 9,000 | -",
            "Umbrella cut 3,100 jobs, the largest cut since 2022.                   | 3,100 | -",
            "Umbrella has cut 3,100 jobs since 2022.                                | 3,100 | 2022-01-01..2025-10-28"})
    void sinceAfterARankOrSuperlative_isNotTheFiguresPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "since 2023, when it dismissed 450": the "when" clause is about the moment the window starts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay cut 600 jobs, its biggest cut since 2023, when it dismissed 450.   | 450 | 2023-01-01..2023-12-31",
            "Vandelay cut 600 jobs, its biggest cut since March 2024, when it cut 450.   | 450 | 2024-03-01..2024-03-31",
            "Vandelay cut 600 jobs, its biggest cut since 2023, when it dismissed 450.   | 600 | -"})
    void sinceWhen_datesTheWhenClauseWithTheMomentTheWindowStarts(String sentence, String anchor, String period) {
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

    /** Issue 15 class E: the right figure gets the period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 3,600 jobs this year, on top of last year's 2,400.                 | 2,400  | 2024-01-01..2024-12-31",
            "Amazon cut 3,600 jobs this year, on top of last year's 2,400.                 | 3,600  | 2025-01-01..2025-12-31",
            "Amazon employs 22,400 people, a figure from before this summer's restructuring.| 22,400 | -",
            "Amazon's staff surged past 17,000 this autumn, up from 15,800 at the end of 2024.| 15,800 | 2024-01-01..2024-12-31",
            "Amazon had 8,600 employees; it cut 450 jobs in 2023.                          | 8,600  | -",
            "Amazon cut 9,000 jobs in 2023; Meta dismissed 10,000.                         | 10,000 | 2023-01-01..2023-12-31",
            "As of June 2022, Amazon employed 46,300, down from 2021.                      | 46,300 | 2022-06-01..2022-06-30"})
    void theRightFigureGetsThePeriod_possessivePeriods_comparisonBases_semicolons(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.time.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time expressions of one sentence, published 2025-10-28 (a Tuesday); "ahead" is a period after publication. */
class PeriodFinderTest {

    private static List<String> periods(String sentence) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        return PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED).stream()
                .map(p -> p.period() == null ? "ahead" : p.period().toString()).toList();
    }

    /** The periods of a sentence that follows a text whose latest period was 2024. */
    private static List<String> periodsAfter2024(String sentence) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        return PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED, CalendarDates.years(2024, 2024)).stream()
                .map(p -> p.period().toString()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // CalendarDates
            "It was filed on 2025-10-01.                  | 2025-10-01",
            "It was filed on Tuesday, October 28, 2025.   | 2025-10-28",
            "It was filed on Wednesday.                   | 2025-10-22",
            "It was filed in March 2023.                  | 2023-03-01..2023-03-31",
            "It was filed on 4th of January.              | 2025-01-04",
            "It was filed in March.                       | 2025-03-01..2025-03-31",
            "It ran in 2022–2023.                         | 2022-01-01..2023-12-31",
            "It ran in FY24.                              | 2024-01-01..2024-12-31",
            // Quarters
            "It fell in Q3 2024.                          | 2024-07-01..2024-09-30",
            "It fell in the second half.                  | 2025-07-01..2025-12-31",
            "It fell in the second quarter of fiscal 2024.| ahead",
            // RelativePeriods
            "It fell last year.                           | 2024-01-01..2024-12-31",
            "It fell earlier this year.                   | 2025-01-01..2025-10-28",
            "It fell in the past 12 months.               | 2024-10-28..2025-10-28",
            "It fell over the past three years.           | 2022-10-28..2025-10-28",
            "It fell in the last 18 months.               | 2024-04-28..2025-10-28",
            "It will fall next year.                      | 2026-01-01..2026-12-31",
            // PeriodFinder's own rules
            "It has fallen since 2022.                    | 2022-01-01..2025-10-28",
            "It will fall by 2027.                        | ahead",
            "It fell between October 2022 and March 2023. | 2022-10-01..2023-03-31",
            "It fell in the quarter ended June 30.        | 2025-04-01..2025-06-30",
            "It will fall in February.                    | 2026-02-01..2026-02-28",
            "In 2023, it fell in March.                   | 2023-01-01..2023-12-31;2023-03-01..2023-03-31"})
    void timeExpressions_resolveAgainstThePublicationDate(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /** Issue 15 class D: periods as reporters write them (published 2025-10-28). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It fell between late 2023 and early 2024.    | 2023-09-01..2024-04-30",
            "It fell in early 2024.                       | 2024-01-01..2024-04-30",
            "It fell in mid-2024.                         | 2024-05-01..2024-08-31",
            "It fell in late 2024.                        | 2024-09-01..2024-12-31",
            "It fell over the past year.                  | 2024-10-28..2025-10-28",
            "It fell in less than a year.                 | 2024-10-28..2025-10-28",
            "It rose 6% on the previous year in 2024.     | 2024-01-01..2024-12-31",
            "It rose this summer.                         | 2025-06-01..2025-08-31",
            "It rose this autumn.                         | 2025-09-01..2025-11-30",
            "It has risen since March.                    | 2025-03-01..2025-10-28",
            "It fell in 2024; that year it rose.          | 2024-01-01..2024-12-31;2024-01-01..2024-12-31",
            "It fell in March 2023 and in the same period rose. | 2023-03-01..2023-03-31;2023-03-01..2023-03-31",
            "At the end of 2024 it had more; it fell in May. | 2024-01-01..2024-12-31;2025-05-01..2025-05-31"})
    void periodsAsReportersWriteThem_earlyLateYear_pastYear_seasons_thatYear_endOfAYearSetsNoYearForMonths(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    @Test
    void thatYear_reusesThePeriodTheTextNamedLast_inAnEarlierSentence() {
        Tokens t = Tokens.of("That year, it rose.", 0, 19);
        List<PeriodMention> found = PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED,
                new Period(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-04")));
        assertThat(found).extracting(p -> p.period().toString()).containsExactly("2024-01-01..2024-12-31");
        assertThat(PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED)).isEmpty();
    }

    /** "over the past year" and "in less than a year" are the twelve months up to publication. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It fell over the past year.                  | 2024-10-28..2025-10-28",
            "It fell in the last year.                    | 2024-10-28..2025-10-28",
            "It fell in less than a year.                 | 2024-10-28..2025-10-28"})
    void pastYear_isTheTwelveMonthsUpToPublication(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /**
     * Seasons: "this summer" is June to August of the year, "this autumn" September to November;
     * "last autumn" is the latest one over by publication, "next summer" the first still to begin.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It fell this summer.                         | 2025-06-01..2025-08-31",
            "It fell this autumn.                         | 2025-09-01..2025-11-30",
            "It fell last summer.                         | 2025-06-01..2025-08-31",
            "It fell last autumn.                         | 2024-09-01..2024-11-30",
            "It will fall next spring.                    | 2026-03-01..2026-05-31"})
    void season_thisLastOrNext_resolvesToItsThreeMonths(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /** "before this summer", "after March 2024": a boundary names no time the figure is about. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It is a figure from before this summer.      | ahead",
            "It fell after March 2024.                    | ahead",
            "It fell prior to 2024.                       | ahead"})
    void beforeOrAfter_aTime_isABoundaryWithoutAPeriod(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /**
     * "that year", "the same period", "a year earlier" point back at the latest period named, in the
     * sentence or (the antecedent given here, 2024) before it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "That year, it fell.                          | 2024-01-01..2024-12-31",
            "In the same period it fell.                  | 2024-01-01..2024-12-31",
            "A year earlier it rose.                      | 2023-01-01..2023-12-31",
            "It fell in March 2023; the same year it rose.| 2023-03-01..2023-03-31;2023-01-01..2023-12-31",
            "It fell in March 2023 and rose that month.   | 2023-03-01..2023-03-31;2023-03-01..2023-03-31",
            "It fell in Q2 2023, up from a year earlier.  | 2023-04-01..2023-06-30;2022-04-01..2022-06-30",
            "It rose again a year later.                  | 2025-01-01..2025-12-31",
            "It was 41,500 in 2023 and 39,800 a year later. | 2023-01-01..2023-12-31;2024-01-01..2024-12-31"})
    void thatYear_theSamePeriod_aYearEarlier_reuseTheLatestPeriodNamed(String sentence, String expected) {
        assertThat(periodsAfter2024(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * "twelve months before", "18 months earlier", "two years later": the latest period named (here
     * the antecedent 2024, or one of the sentence), moved by that many months or years.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The mill had 900 staff twelve months before.                    | 2023-01-01..2023-12-31",
            "It held 3,100 at the end of March 2025, up from 2,700 12 months earlier. | 2025-03-01..2025-03-31;2024-03-01..2024-03-31",
            "Two years earlier the fleet was half the size.                  | 2022-01-01..2022-12-31",
            "Sales hit $40 million in Q1 2023 and doubled 18 months later.   | 2023-01-01..2023-03-31;2024-07-01..2024-09-30"})
    void monthsOrYearsEarlierOrLater_moveTheLatestPeriodNamed(String sentence, String expected) {
        assertThat(periodsAfter2024(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * "the same quarter of 2024", "the same period in 2023": the latest span named (never a day between,
     * such as the "on Tuesday" a result was told), in the year named.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It booked $2 billion for the three months to June on Tuesday, up from $1.8 billion in the same quarter of 2024. | 2025-04-01..2025-06-30;2025-10-28;2024-04-01..2024-06-30",
            "Sales were $90 million in the first half of 2025, against $70 million in the same period of 2023. | 2025-01-01..2025-06-30;2023-01-01..2023-06-30",
            "Churn hit 4% in March 2025, up from 3% in the same month of 2024.                      | 2025-03-01..2025-03-31;2024-03-01..2024-03-31",
            "Orders fell in Q3 2025 on Friday's count, and rose in the same quarter in 2023.          | 2025-07-01..2025-09-30;2025-10-24;2023-07-01..2023-09-30"})
    void theSameSpanOfAYear_isTheLatestSpanNamed_inThatYear(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"That year, it fell.", "In the same period it fell.", "A year earlier it rose."})
    void thatYear_withoutAnEarlierPeriod_isNoPeriod(String sentence) {
        assertThat(periods(sentence)).isEmpty();
    }

    /**
     * A month without its year takes the year of a fronted "In 2023," or of an earlier month with its
     * year; a year told of another figure leaves it the latest such month.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2023, it fell in March.                                   | 2023-01-01..2023-12-31;2023-03-01..2023-03-31",
            "It cut 6,000 in May 2024 and 9,000 in July.                  | 2024-05-01..2024-05-31;2024-07-01..2024-07-31",
            "It fell below 40,000 in 2024 and stood at 37,400 in June.    | 2024-01-01..2024-12-31;2025-06-01..2025-06-30",
            "It will cut 600 in the first half of 2026 and 400 in the second half. | 2026-01-01..2026-06-30;2026-07-01..2026-12-31"})
    void yearlessMonth_takesTheYearOfAFrontedYearOrAnEarlierMonth_only(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /** "the 12 months to June", "so far this year": spans that end at a date or at publication. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It fell in the 12 months to June.            | 2024-07-01..2025-06-30",
            "It fell in the twelve months to June 2024.   | 2023-07-01..2024-06-30",
            "It fell in the 18 months ended March 2025.   | 2023-10-01..2025-03-31",
            "So far this year, it fell.                   | 2025-01-01..2025-10-28"})
    void monthsToADate_andSoFarThisYear_endWhereTheyAreTold(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /**
     * "a year ago", "two months ago": the day that long before publication; "the start of the year":
     * its first day; "annual revenue": the last calendar year, or after a future cue the current one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A year ago it employed 9,000.                      | 2024-10-28",
            "Two months ago it employed 9,000.                  | 2025-08-28",
            "It ran 400 shops, down from 450 at the start of the year. | 2025-01-01",
            "It ran 450 shops at the beginning of 2024.         | 2024-01-01",
            "It has annual revenue of $2 billion.               | 2024-01-01..2024-12-31",
            "It expects annual sales of $2 billion.             | 2025-01-01..2025-12-31"})
    void agoStartOfTheYearAndAnnualFlows_resolveAgainstThePublicationDate(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * Spans of a year as results are reported (published 2025-10-28): the first months of a year, the
     * half-year, months joined by a dash or "to", the full year (ahead after a future cue or before
     * "forecast", else the last one over), the middle of the year, the year so far.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It sold more in the first six months of 2024.          | 2024-01-01..2024-06-30",
            "It sold more in the first nine months of the year.     | 2025-01-01..2025-09-30",
            "It sold more in the first 10 months.                   | 2025-01-01..2025-10-31",
            "The half-year figure was higher.                       | 2025-01-01..2025-06-30",
            "It sold more in the April-to-June quarter.             | 2025-04-01..2025-06-30",
            "It sold more in the July-September period.             | 2025-07-01..2025-09-30",
            "It sold more in the November-to-February season.       | 2024-11-01..2025-02-28",
            "It sold more in the period from May to July 2024.      | 2024-05-01..2024-07-31",
            "It sold more in January and February.                  | 2025-01-01..2025-02-28",
            "It sold more in March and November.                    | 2024-03-01..2024-03-31;2024-11-01..2024-11-30",
            "It sold more in the past three months.                 | 2025-07-28..2025-10-28",
            "It expects to sell more for the full year.             | 2025-01-01..2025-12-31",
            "It raised its full-year forecast.                      | 2025-01-01..2025-12-31",
            "It reported full-year sales of $2 billion.             | 2024-01-01..2024-12-31",
            "It guided for full-year sales of $2 billion.           | 2025-01-01..2025-12-31",
            "It had fewer staff at mid-year.                        | 2025-05-01..2025-08-31",
            "It sold 40 units in the year so far.                   | 2025-01-01..2025-10-28",
            "It sold 40 units in the year to date.                  | 2025-01-01..2025-10-28"})
    void spansOfAYear_firstMonths_halfYear_monthToMonth_fullYear_midYear_yearSoFar(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * Times told against the publication date or an event (published 2025-10-28): "February of last year",
     * "in the summer" (the latest begun), "since the start of the year", "since its founding in 2019".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It shut a site in February of last year.               | 2024-02-01..2024-02-29",
            "It shut a site in May of this year.                    | 2025-05-01..2025-05-31",
            "It had more staff in the summer.                       | 2025-06-01..2025-08-31",
            "It had more staff in the spring of 2023.               | 2023-03-01..2023-05-31",
            "It has lost ground since the start of the year.        | 2025-01-01..2025-10-28",
            "It has raised $50 million since its founding in 2019.  | 2019-01-01..2025-10-28",
            "Funding since the company's founding in 2019 is $50 million. | 2019-01-01..2025-10-28"})
    void timesToldAgainstPublicationOrAnEvent_resolveToTheirDays(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * A boundary is no period, also with words before its time ("before the March cuts", "after its
     * latest top-up in August", "before the end of the year"), and neither is an open start ahead
     * ("beginning in fiscal 2026") nor a deadline whose period is under way after a future cue ("expects
     * to close 60 sites by the end of the fourth quarter", published in the fourth quarter).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It had 600 staff before the March cuts.                        | ahead",
            "It has put in $1 billion after its latest top-up in August.    | ahead",
            "It may cut 200 more before the end of the year.                | ahead",
            "It expects savings of $20 million beginning in fiscal 2026.    | ahead",
            "It expects to close 60 sites by the end of the fourth quarter. | ahead",
            "It closed 60 sites by the end of the third quarter.            | 2025-07-01..2025-09-30"})
    void boundariesOpenStartsAndDeadlinesUnderWay_areNoPeriod(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /** "for the nine months", "Nine-month highlights": the span of that length the text named last. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sales for the nine months rose.       | 2025-01-01..2025-09-30",
            "Nine-month highlights                 | 2025-01-01..2025-09-30"})
    void theNineMonths_reusesTheSpanOfThatLengthNamedLast(String sentence, String expected) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        Period nineMonths = new Period(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-09-30"));
        assertThat(PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED, nineMonths))
                .extracting(p -> p.period().toString()).containsExactly(expected);
        assertThat(PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED, CalendarDates.years(2024, 2024)))
                .as("an antecedent of another length").isEmpty();
    }

    /**
     * Months and days without a year in one clause are of one year, the latest in which all lie behind
     * publication (published 2025-10-28: a 4 November is last year's, and so is the March told with it).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It cut 1,100 jobs on 4 November, after 640 in March.   | 2024-11-04;2024-03-01..2024-03-31",
            "It cut 300 jobs in March and 200 in May.               | 2025-03-01..2025-03-31;2025-05-01..2025-05-31",
            "It cut 300 jobs in March; it had cut 200 in November.  | 2025-03-01..2025-03-31;2024-11-01..2024-11-30",
            "It cut 1,100 on 4 November, its second round of the year after 640 in March. | 2024-11-04;2024-03-01..2024-03-31"})
    void yearlessDatesOfOneClause_shareTheLatestYearBehindPublication(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * "last October" (published 2025-10-28) is the latest October before the month of publication, not
     * this one; "last March" is this year's, already behind.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The 500 who left last October worked at its Leeds plant.   | 2024-10-01..2024-10-31",
            "The brewer shed 700 roles last March.                      | 2025-03-01..2025-03-31",
            "Last November, the lender trimmed 200 jobs.                | 2024-11-01..2024-11-30",
            "Hiring picked up last December, with 90 new staff.         | 2024-12-01..2024-12-31"})
    void lastMonthName_isThatMonthBeforeThePublicationMonth(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /**
     * After "would" a month without its year is the nearer one, ahead or behind, unless a subject with a
     * past verb of its own stands between: "would follow the 260 it let go in April" is this April.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "That would follow the 260 it let go in April.                 | 2025-04-01..2025-04-30",
            "Such a round would add to the 1,200 they cut in March.        | 2025-03-01..2025-03-31",
            "The deal would hand raises to the 450 who joined in February. | 2025-02-01..2025-02-28",
            "The insurer said it would hire 300 people in March.           | 2026-03-01..2026-03-31"})
    void reportedFuture_stopsAtAClauseWithASubjectAndAPastVerbOfItsOwn(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected);
    }

    /**
     * Parts of a year told against the publication year or a named one (published 2025-10-28): "late
     * last year", "early next year", "the fourth quarter of last year", "the first quarter of next year",
     * "the final quarter of 2024".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It cut jobs late last year.                           | 2024-09-01..2024-12-31",
            "It will cut jobs early next year.                     | 2026-01-01..2026-04-30",
            "It cut jobs in the fourth quarter of last year.       | 2024-10-01..2024-12-31",
            "It will cut jobs in the first quarter of next year.   | 2026-01-01..2026-03-31",
            "It cut jobs in the final quarter of 2024.             | 2024-10-01..2024-12-31",
            "It cut jobs in the last quarter of 2024.              | 2024-10-01..2024-12-31",
            "It cut jobs last quarter.                             | 2025-07-01..2025-09-30"})
    void partsOfAYear_toldAgainstTheirYear(String sentence, String expected) {
        assertThat(periods(sentence)).containsExactly(expected.split(";"));
    }

    /**
     * After a quarter was named (here Q3 2025), "the year-earlier quarter" and "the same period last year"
     * are Q3 2024, "the quarter" and "the same period" Q3 2025.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sales were lower in the year-earlier quarter.          | 2024-07-01..2024-09-30",
            "Sales were lower in the year-ago period.               | 2024-07-01..2024-09-30",
            "Sales were lower in the same period last year.         | 2024-07-01..2024-09-30",
            "Sales were lower in the same quarter a year earlier.   | 2024-07-01..2024-09-30",
            "Sales were lower in the same period.                   | 2025-07-01..2025-09-30",
            "It remodeled 37 stores during the quarter.             | 2025-07-01..2025-09-30",
            "It remodeled 37 stores in the quarter ended June 30.   | 2025-04-01..2025-06-30"})
    void yearEarlierQuarter_andTheQuarter_pointBackAtTheQuarterNamed(String sentence, String expected) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        Period q3 = new Period(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30"));
        assertThat(PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED, q3))
                .extracting(p -> p.period().toString()).containsExactly(expected);
    }

    /** "brings its 2025 layoffs to 870": a year between an owner and the cuts it dates names a year, not a count. */
    @Test
    void year_betweenAnOwnerAndTheCutsItDates_isAYear_notACountOfThem() {
        assertThat(periods("Another round brings its 2025 layoffs to 870.")).containsExactly("2025-01-01..2025-12-31");
        assertThat(periods("Wayne Enterprises' 2024 cuts were smaller.")).containsExactly("2024-01-01..2024-12-31");
        assertThat(periods("The 2023 redundancies hit its depots.")).containsExactly("2023-01-01..2023-12-31");
        assertThat(periods("Acme Foods cut 2025 jobs in total.")).as("a count of jobs").isEmpty();
        assertThat(periods("It has 2025 layoffs planned.")).as("no owner before it").isEmpty();
        Claim total = Stages.claim("Stark Industries let 350 go in March, which brings its 2025 layoffs to 870.", "870");
        assertThat(total.period()).hasToString("2025-01-01..2025-12-31");
        assertThat(Stages.EXTRACTOR.extract("Stark Industries let 350 go in March, which brings its 2025 layoffs to 870.",
                Stages.PUBLISHED)).extracting(Claim::text).doesNotContain("2025 layoffs");
    }

    /**
     * "its third round in less than two years" is the stretch of time up to publication, like "in less than a
     * year"; "brings the year's total to 3,900" is the year under way, like "this year's".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "It is the third round in less than two years.          | 2023-10-28..2025-10-28",
            "It is the second cut in less than six months.          | 2025-04-28..2025-10-28",
            "It is the second cut in less than a year.              | 2024-10-28..2025-10-28",
            "The October round brings the year's total to 3,900.    | 2025-10-01..2025-10-31, 2025-01-01..2025-12-31",
            "It was the year's biggest round.                       | 2025-01-01..2025-12-31"})
    void lessThanAFewYearsOrMonths_endsAtPublication_andTheYears_isTheYearUnderWay(String sentence, String expected) {
        assertThat(String.join(", ", periods(sentence))).isEqualTo(expected);
    }

}

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
            "It fell in the past 12 months.               | 2024-10-29..2025-10-28",
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
}

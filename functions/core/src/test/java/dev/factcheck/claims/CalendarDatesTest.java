package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    /** Every weekday from every day of a fortnight that crosses a month and a year end. */
    @Test
    void weekdayArithmetic_answersWhatTheJdksAdjustersAnswer() {
        for (LocalDate day = LocalDate.of(2025, 12, 24); day.isBefore(LocalDate.of(2026, 1, 8)); day = day.plusDays(1)) {
            for (DayOfWeek weekday : DayOfWeek.values()) {
                assertThat(CalendarDates.onOrBefore(day, weekday)).as("%s on or before %s", weekday, day)
                        .isEqualTo(day.with(TemporalAdjusters.previousOrSame(weekday)));
                assertThat(CalendarDates.after(day, weekday)).as("%s after %s", weekday, day)
                        .isEqualTo(day.with(TemporalAdjusters.next(weekday)));
            }
        }
    }
}

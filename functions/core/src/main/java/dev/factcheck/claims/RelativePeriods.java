package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Expressions relative to the publication date: today, yesterday, "the past 12 months", "earlier
 * this year", this/last/next week, month, quarter or year. What lies ahead is marked
 * so ({@link PeriodMatch#future()}): a forward-looking claim is judged against the records of its period.
 */
final class RelativePeriods {

    private RelativePeriods() {
    }

    /** The relative expression at token {@code i}, or null. */
    static PeriodMatch at(Tokens t, int i, LocalDate pub) {
        String w = t.lower(i);
        if (w.equals("today")) {
            return PeriodMatch.relative(i + 1, Period.day(pub));
        }
        if (w.equals("yesterday")) {
            return PeriodMatch.relative(i + 1, Period.day(pub.minusDays(1)));
        }
        if (w.equals("tomorrow")) {
            return PeriodMatch.ahead(i + 1, Period.day(pub.plusDays(1)));
        }
        if ((w.equals("past") || w.equals("last")) && t.isNum(i + 1) && t.length(i + 1) <= 3 && t.intValue(i + 1) > 0) {
            // the past 12 months: the stretch of time up to publication
            int n = t.intValue(i + 1);
            String unit = t.lower(i + 2);
            LocalDate from = switch (unit) {
                case "days" -> pub.minusDays(n);
                case "weeks" -> pub.minusWeeks(n);
                case "months" -> pub.minusMonths(n);
                case "years" -> pub.minusYears(n);
                default -> null;
            };
            return from == null ? null : PeriodMatch.relative(i + 3, new Period(from.plusDays(1), pub));
        }
        if (w.equals("earlier") && t.is(i + 1, "this")) {
            Period unit = unit(t.lower(i + 2), pub, 0);
            return unit == null ? null : PeriodMatch.relative(i + 3, new Period(unit.from(), pub));
        }
        int shift;
        if (w.equals("this") || w.equals("current")) {
            shift = 0;
        } else if (w.equals("last") || w.equals("previous") || w.equals("past")) {
            shift = -1;
        } else if (w.equals("next") || w.equals("coming")) {
            shift = 1;
        } else {
            return null;
        }
        if (shift != 0 && t.is(i - 1, "the")) {
            return null; // "the last year", "in the next year": twelve months either side, not a calendar year
        }
        Period unit = unit(t.lower(i + 1), pub, shift);
        if (unit == null) {
            return null;
        }
        return shift > 0 ? PeriodMatch.ahead(i + 2, unit) : PeriodMatch.relative(i + 2, unit);
    }

    private static Period unit(String word, LocalDate pub, int shift) {
        switch (word) {
            case "week" -> {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                return new Period(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(pub).plusMonths(shift);
                return new Period(ym.atDay(1), ym.atEndOfMonth());
            }
            case "quarter" -> {
                LocalDate first = LocalDate.of(pub.getYear(), ((pub.getMonthValue() - 1) / 3) * 3 + 1, 1)
                        .plusMonths(3L * shift);
                return new Period(first, first.plusMonths(3).minusDays(1));
            }
            case "year" -> {
                int year = pub.getYear() + shift;
                return CalendarDates.years(year, year);
            }
            default -> {
                return null;
            }
        }
    }
}

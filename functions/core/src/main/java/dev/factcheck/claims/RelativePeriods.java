package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Expressions relative to the publication date: today, yesterday, "the past 12 months", "over the
 * past year" and "in less than a year" (the twelve months up to publication), "earlier this year",
 * this/last/next week, month, quarter or year, "this summer" or "this autumn". What lies ahead is marked
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
        // "in less than a year", "under a year": the year up to publication.
        if ((w.equals("less") && t.is(i + 1, "than") && t.is(i + 2, "a") && t.is(i + 3, "year"))
                || (w.equals("under") && t.is(i + 1, "a") && t.is(i + 2, "year"))) {
            return PeriodMatch.relative(w.equals("less") ? i + 4 : i + 3, new Period(pub.minusYears(1), pub));
        }
        Period season = (w.equals("this") || w.equals("last")) ? season(t.lower(i + 1), pub, w.equals("last")) : null;
        if (season != null) {
            return season.from().isAfter(pub) ? PeriodMatch.ahead(i + 2, season) : PeriodMatch.relative(i + 2, season);
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
        if ((w.equals("past") || w.equals("last")) && t.is(i - 1, "the") && t.is(i + 1, "year")) {
            // "over the past year", "in the last year": the twelve months up to publication
            return PeriodMatch.relative(i + 2, new Period(pub.minusYears(1), pub));
        }
        if (shift != 0 && t.is(i - 1, "the")) {
            return null; // "in the next year", "the last month": no calendar unit
        }
        Period unit = unit(t.lower(i + 1), pub, shift);
        if (unit == null) {
            return null;
        }
        return shift > 0 ? PeriodMatch.ahead(i + 2, unit) : PeriodMatch.relative(i + 2, unit);
    }

    /** "this summer" (June to August), "this autumn" or "fall" (September to November), "this spring"; "last" one year back. */
    private static Period season(String word, LocalDate pub, boolean last) {
        int month = switch (word) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 0;
        };
        if (month == 0) {
            return null;
        }
        LocalDate from = LocalDate.of(pub.getYear() - (last ? 1 : 0), month, 1);
        return new Period(from, from.plusMonths(3).minusDays(1));
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

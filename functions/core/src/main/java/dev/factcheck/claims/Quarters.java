package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.LocalDate;
import java.util.Set;

/**
 * Quarters, halves and the first months of a year: "Q3", "H1 2024", "the third quarter", "its fiscal
 * second quarter", "Q2 '24", "the half-year figure", "the first nine months of 2025". A fiscal quarter
 * gives no calendar dates (they depend on the company's fiscal year).
 */
final class Quarters {

    /** Units after "the first half" or "the third quarter" that make it a span of them, not of a year. */
    private static final Set<String> NOT_OF_A_YEAR = Set.of("hour", "hours", "century", "mile", "miles");

    private Quarters() {
    }

    /** The quarter, half or first months of a year at token {@code i}, or null. */
    static PeriodMatch at(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        PeriodMatch firstMonths = firstMonths(t, i, taken, pub);
        if (firstMonths != null) {
            return firstMonths;
        }
        if (t.is(i, "half") && t.isSym(i + 1, '-') && t.attached(i + 1) && t.is(i + 2, "year") && t.attached(i + 2)) {
            // "the half-year figure", "half-year results": a company's half year is its first half.
            return part(1, 6, -1, i + 3, pub, deadline);
        }
        int q = -1;
        int half = -1;
        int j;
        int start = t.is(i, "fiscal") ? i + 1 : i;
        if ((t.text(start).equals("Q") || t.text(start).equals("H")) && t.isNum(start + 1) && t.attached(start + 1)
                && t.length(start + 1) == 1) {
            int n = t.intValue(start + 1);
            if (t.text(start).equals("Q") && n >= 1 && n <= 4) {
                q = n;
            } else if (t.text(start).equals("H") && (n == 1 || n == 2)) {
                half = n;
            } else {
                return null;
            }
            j = start + 2;
        } else {
            int k = start;
            if (t.is(k, "the") || t.is(k, "its")) {
                k++;
            }
            if (t.is(k, "fiscal")) {
                k++;
            }
            Integer ord = Lexicon.ORDINAL_WORDS.get(t.lower(k));
            if (t.is(k, "final") || t.is(k, "last") && t.is(k - 1, "the") && t.is(k + 1, "quarter") && t.is(k + 2, "of")) {
                // "the final quarter", "the last quarter of 2024": the fourth ("last quarter" alone is the previous one)
                ord = 4;
            }
            if (ord == null || !t.isWord(k)) {
                return null;
            }
            k++;
            if (t.isSym(k, '-') && t.attached(k)) {
                k++;
            }
            if (t.isAny(k + 1, NOT_OF_A_YEAR)) {
                return null; // "in the first half hour of trading", "its first quarter century"
            }
            if (t.is(k, "quarter")) {
                q = ord;
            } else if (t.is(k, "half") && ord <= 2) {
                half = ord;
            } else {
                return null;
            }
            j = k + 1;
        }
        int k = j;
        if (t.is(k, "of") || t.isSym(k, ',')) {
            k++;
        }
        if (t.is(k, "fiscal") || t.text(k).equals("FY")) {
            // A fiscal quarter: its calendar dates depend on the company's fiscal year.
            int end = k + 1;
            if (t.isNum(end)) {
                end++;
            }
            return PeriodMatch.ahead(end);
        }
        int months = q > 0 ? 3 : 6;
        int index = q > 0 ? q : half;
        int year = CalendarDates.yearAt(t, k, taken);
        if (year > 0) {
            return part(index, months, year, k + 1, pub, deadline);
        }
        int shift = k > j ? CalendarDates.relativeYear(t, k) : CalendarDates.NO_RELATIVE_YEAR;
        if (shift != CalendarDates.NO_RELATIVE_YEAR) {
            // "the fourth quarter of last year", "the first quarter of next year"
            return part(index, months, pub.getYear() + shift, k + 2, pub, deadline);
        }
        if (t.isSym(j, '\'') && t.isNum(j + 1) && t.length(j + 1) == 2) {
            return part(index, months, 2000 + t.intValue(j + 1), j + 2, pub, deadline);
        }
        return part(index, months, -1, j, pub, deadline);
    }

    /**
     * Part {@code index} (from 1) of a year cut into parts of {@code months} months, in {@code year}; without
     * a year (-1), the latest such part begun by publication, or with a deadline the next one not yet over.
     */
    private static PeriodMatch part(int index, int months, int year, int end, LocalDate pub, boolean deadline) {
        boolean yearless = year < 0;
        int y = yearless ? pub.getYear() : year;
        LocalDate from = LocalDate.of(y, (index - 1) * months + 1, 1);
        if (yearless && deadline && from.plusMonths(months).minusDays(1).isBefore(pub)) {
            from = from.plusYears(1);
        } else if (yearless && !deadline && from.isAfter(pub)) {
            from = from.minusYears(1);
        }
        Period period = new Period(from, from.plusMonths(months).minusDays(1));
        return yearless ? PeriodMatch.yearless(end, period) : PeriodMatch.explicit(end, period);
    }

    /**
     * "the first nine months of 2025", "the first six months of the year", "the first 10 months": January
     * to the end of the last month counted, of the year named ("the year" and none: the latest begun).
     */
    private static PeriodMatch firstMonths(Tokens t, int i, boolean[] taken, LocalDate pub) {
        if (t.is(i, "final") || t.is(i, "last")) {
            return lastMonths(t, i, taken, pub);
        }
        if (!t.is(i, "first")) {
            return null;
        }
        int n = t.isNum(i + 1) && t.length(i + 1) <= 2 ? t.intValue(i + 1) : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i + 1), 0);
        if (n < 1 || n > 12 || !t.is(i + 2, "months")) {
            return null;
        }
        int end = i + 3;
        int year = -1;
        if (t.is(end, "of") && CalendarDates.yearAt(t, end + 1, taken) > 0) {
            year = CalendarDates.yearAt(t, end + 1, taken);
            end += 2;
        } else if (t.is(end, "of") && (t.is(end + 1, "the") || t.is(end + 1, "this")) && t.is(end + 2, "year")) {
            end += 3;
        }
        int y = year > 0 ? year : pub.getYear();
        if (year < 0 && LocalDate.of(y, 1, 1).plusMonths(n).minusDays(1).isAfter(pub)
                && LocalDate.of(y, n, 1).isAfter(pub)) {
            y--;
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        return PeriodMatch.explicit(end, new Period(from, from.plusMonths(n).minusDays(1)));
    }

    /**
     * "the final three months of 2024", "the last six months of last year": the months counted back from
     * December of the year named. Without a year it is no part of a year ("the last three months" runs
     * to publication, {@link RelativePeriods}).
     */
    private static PeriodMatch lastMonths(Tokens t, int i, boolean[] taken, LocalDate pub) {
        int n = t.isNum(i + 1) && t.length(i + 1) <= 2 ? t.intValue(i + 1) : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i + 1), 0);
        if (n < 1 || n > 12 || !t.is(i + 2, "months") || !t.is(i + 3, "of")) {
            return null;
        }
        int year = CalendarDates.yearAt(t, i + 4, taken);
        int end = i + 5;
        if (year < 0) {
            int shift = CalendarDates.relativeYear(t, i + 4);
            if (shift == CalendarDates.NO_RELATIVE_YEAR) {
                return null;
            }
            year = pub.getYear() + shift;
            end = i + 6;
        }
        LocalDate to = LocalDate.of(year, 12, 31);
        return PeriodMatch.explicit(end, new Period(to.plusDays(1).minusMonths(n), to));
    }
}

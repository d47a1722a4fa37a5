package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.LocalDate;

/**
 * Quarters and halves: "Q3", "H1 2024", "the third quarter", "its fiscal second quarter", "Q2 '24".
 * A fiscal quarter gives no calendar dates (they depend on the company's fiscal year).
 */
final class Quarters {

    private Quarters() {
    }

    /** The quarter or half at token {@code i}, or null. */
    static PeriodMatch at(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
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
            if (ord == null || !t.isWord(k)) {
                return null;
            }
            k++;
            if (t.isSym(k, '-') && t.attached(k)) {
                k++;
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
        int year = CalendarDates.yearAt(t, k, taken);
        int end;
        if (year > 0) {
            end = k + 1;
        } else if (t.isSym(j, '\'') && t.isNum(j + 1) && t.length(j + 1) == 2) {
            year = 2000 + t.intValue(j + 1);
            end = j + 2;
        } else {
            end = j;
            year = pub.getYear();
            int months = q > 0 ? 3 : 6;
            int index = q > 0 ? q : half;
            LocalDate from = LocalDate.of(year, (index - 1) * months + 1, 1);
            if (deadline) {
                if (from.plusMonths(months).minusDays(1).isBefore(pub)) {
                    year++;
                }
            } else if (from.isAfter(pub)) {
                year--;
            }
        }
        int months = q > 0 ? 3 : 6;
        int index = q > 0 ? q : half;
        LocalDate from = LocalDate.of(year, (index - 1) * months + 1, 1);
        return PeriodMatch.explicit(end, new Period(from, from.plusMonths(months).minusDays(1)));
    }
}

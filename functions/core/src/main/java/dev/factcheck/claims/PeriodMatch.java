package dev.factcheck.claims;

import dev.factcheck.time.Period;

/**
 * A time expression found at a token, before {@link PeriodFinder} applies the deadline rule.
 *
 * @param end      the token after the expression
 * @param period   the days it names; null for a deadline ("by 2027") or a time ahead whose days are
 *                 unknown (a fiscal quarter)
 * @param source   how it was named
 * @param future   a deadline or a time ahead of publication ("next year", "by 2027")
 * @param yearless a month, day or quarter written without its year
 */
record PeriodMatch(int end, Period period, PeriodSource source, boolean future, boolean yearless) {
    PeriodMatch(int end, Period period, PeriodSource source, boolean future) {
        this(end, period, source, future, false);
    }

    static PeriodMatch explicit(int end, Period p) {
        return new PeriodMatch(end, p, PeriodSource.EXPLICIT, false);
    }

    /** A month, day or quarter written without its year. */
    static PeriodMatch yearless(int end, Period p) {
        return new PeriodMatch(end, p, PeriodSource.EXPLICIT, false, true);
    }

    static PeriodMatch relative(int end, Period p) {
        return new PeriodMatch(end, p, PeriodSource.RELATIVE, false);
    }

    static PeriodMatch ahead(int end) {
        return new PeriodMatch(end, null, PeriodSource.NONE, true);
    }

    /** A time ahead of publication whose days are known: "next week", "next March". */
    static PeriodMatch ahead(int end, Period p) {
        return new PeriodMatch(end, p, PeriodSource.RELATIVE, true);
    }
}

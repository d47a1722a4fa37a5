package dev.factcheck.claims;

import dev.factcheck.time.Period;

/**
 * A time expression in a sentence, resolved against the publication date. {@code period} is null
 * for a deadline ("by 2027") and for a time ahead whose days are unknown.
 *
 * @param ahead  the period ends after publication ("this year", "next week"): a figure about it in
 *               words about the future is a prediction
 * @param future the period starts after publication ("next week", "in 2027"): a figure about it is a
 *               prediction whatever its words
 * @param deadline the time a deadline ahead names ("by the end of September"): no period of a flow, but
 *               the time a level is to be reached; null otherwise
 */
record PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since, boolean yearless,
                     boolean ahead, boolean future, Period deadline) {

    PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since, boolean yearless,
                  boolean ahead, boolean future) {
        this(startTok, endTok, period, source, since, yearless, ahead, future, null);
    }

    PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since, boolean yearless) {
        this(startTok, endTok, period, source, since, yearless, false, false);
    }

    PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since) {
        this(startTok, endTok, period, source, since, false, false, false);
    }

    /** A deadline ahead ("by 2027"): no period, the time it names kept for a level. */
    static PeriodMention deadline(int startTok, int endTok, Period by) {
        return new PeriodMention(startTok, endTok, null, PeriodSource.NONE, false, false, false, false, by);
    }

    /** The mention of {@code period}, its place relative to publication day {@code pub} worked out. */
    static PeriodMention of(int startTok, int endTok, Period period, PeriodSource source, boolean yearless,
                            java.time.LocalDate pub) {
        return new PeriodMention(startTok, endTok, period, source, false, yearless, period.to().isAfter(pub),
                period.from().isAfter(pub));
    }
}

package dev.factcheck.claims;

import dev.factcheck.time.Period;

/**
 * A time expression in a sentence, resolved against the publication date. {@code period} is null
 * when the expression lies in the future of the article (a plan's deadline).
 */
record PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since, boolean yearless) {

    PeriodMention(int startTok, int endTok, Period period, PeriodSource source, boolean since) {
        this(startTok, endTok, period, source, since, false);
    }
}

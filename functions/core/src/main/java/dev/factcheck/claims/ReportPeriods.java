package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The periods a text carries to the figures of later sentences that name none: a list header's
 * ("Third-quarter highlights:") to every figure of the bullets under it, and a results release's
 * ("reported third-quarter revenue of $3.1 billion", "announced financial results for its third
 * quarter") to the revenue and profit it goes on to report ("Net profit was $240 million").
 */
final class ReportPeriods {

    private static final String BULLETS = "\u2013\u2014-\u2022*\u00b7";
    private static final Set<String> REPORTING_VERBS = Set.of(
            "reported", "reports", "announced", "announces", "posted", "posts", "published");

    private ReportPeriods() {
    }

    /** What the sentences before give the figures of the sentence {@code t} that name no period; or null. */
    static SentenceContext.Carried carried(Discourse discourse, Tokens t) {
        if (t.isSymAny(0, BULLETS) && discourse.listPeriod != null) {
            return new SentenceContext.Carried(discourse.listPeriod, true);
        }
        return discourse.reportPeriod == null ? null : new SentenceContext.Carried(discourse.reportPeriod, false);
    }

    /** Leaves a sentence: a header ending with a colon opens a list about its period, a results report its own. */
    static void leave(Discourse discourse, Tokens t, List<PeriodMention> periods) {
        if (!t.isSymAny(0, BULLETS)) {
            discourse.listPeriod = t.isSym(t.size - 1, ':') ? firstSpan(periods, -1) : null;
        }
        for (int k = 0; k < t.size; k++) {
            if (t.isAny(k, REPORTING_VERBS)) {
                Period reported = firstSpan(periods, k);
                if (reported != null) {
                    discourse.reportPeriod = reported;
                }
                return;
            }
        }
    }

    /** The first period after token {@code after} that spans a quarter or more and is not ahead: results are reported for such spans. */
    private static Period firstSpan(List<PeriodMention> periods, int after) {
        for (PeriodMention p : periods) {
            Period period = p.period();
            if (p.startTok() > after && period != null && !p.future() && !p.since()
                    && !period.to().isBefore(period.from().plusMonths(3).minusDays(1))) {
                return period;
            }
        }
        return null;
    }
}

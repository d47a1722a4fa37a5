package dev.factcheck.claims;

import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Unit;
import dev.factcheck.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The periods a text carries to the figures of later sentences that name none: a list header's
 * ("Third-quarter highlights:", or a heading line "Second-quarter operating highlights") to every figure
 * of the bullets under it, and a results release's
 * ("reported third-quarter revenue of $3.1 billion", "announced financial results for its third
 * quarter") to the revenue and profit it goes on to report ("Net profit was $240 million").
 */
final class ReportPeriods {

    private static final String BULLETS = "\u2013\u2014-\u2022*\u00b7";
    private static final Set<String> REPORTING_VERBS = Set.of(
            "reported", "reports", "announced", "announces", "posted", "posts", "published");
    private static final Set<String> PRESENT_WORDS = Set.of("now", "currently", "today");
    /** The longest heading line ("Third-quarter 2025 operating highlights") that opens a list. */
    private static final int HEADING_TOKENS = 8;

    private ReportPeriods() {
    }

    /**
     * The drafts of a sentence with the period the text carries to them, then the sentence read for
     * what it carries to the next ones. Only a clause of prose that names no period, in a sentence that
     * speaks neither of the future nor of now, inherits one: every figure of a bullet takes its header's
     * period, a revenue or profit the period of the results the release reports.
     */
    static List<ClaimDraft> carry(List<ClaimDraft> drafts, SentenceContext context, Discourse discourse) {
        if (context.row() != null) {
            return drafts;
        }
        Tokens t = context.tokens();
        boolean bullet = t.isSymAny(0, BULLETS);
        Period list = bullet ? discourse.listPeriod : null;
        Period report = discourse.reportPeriod;
        leave(discourse, t, context.periods(), bullet);
        if (list == null && report == null || speaksOfFutureOrNow(t)) {
            return drafts;
        }
        List<ClaimDraft> carried = new ArrayList<>(drafts.size());
        ClaimDraft before = null;
        for (ClaimDraft draft : drafts) {
            Period period = list != null ? list : reportedFlow(draft) || changesACarried(t, draft, before) ? report : null;
            ClaimDraft result = draft.timing() == null || draft.timing().period() != null || period == null
                    || namesAPeriod(context, draft.figureClause()) ? draft
                    : draft.with(new ClaimDraft.Timing(new PeriodMention(-1, -1, period, PeriodSource.EXPLICIT, false)));
            carried.add(result);
            before = result == draft ? null : result;
        }
        return carried;
    }

    /**
     * The clause names a time of its own: "Net profit was $240 million, the company said, and it left its
     * full-year outlook unchanged" still carries the release's period to the profit, whose clause names none.
     */
    private static boolean namesAPeriod(SentenceContext context, int clause) {
        for (PeriodMention p : context.periods()) {
            if (context.clauses().at(p.startTok()) == clause && !datesABase(context, p)) {
                return true;
            }
        }
        return false;
    }

    /** The most words between the base of a comparison and the period written for it: "from $4.5 billion in". */
    private static final int BASE_PERIOD_WORDS = 2;

    /**
     * "- Revenue of $4.9 billion, up 9% from $4.5 billion in the second quarter of 2024": a period written
     * right after the base of a comparison is the base's, so the clause still names none for the figure
     * reported (which takes the list's or the release's period).
     */
    private static boolean datesABase(SentenceContext context, PeriodMention p) {
        Tokens t = context.tokens();
        for (Figure g : context.figures()) {
            if (g.endTok <= p.startTok() && p.startTok() - g.endTok <= BASE_PERIOD_WORDS
                    && PeriodStage.isComparisonBase(t, g.startTok) && onlyWordsBetween(t, g.endTok, p.startTok())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyWordsBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "- Revenue of $5.5 billion, up 15% from $4.8 billion in 2023": a change right after a figure that took
     * the release's period is that figure's change and takes it too.
     */
    private static boolean changesACarried(Tokens t, ClaimDraft draft, ClaimDraft carried) {
        Figure f = draft.figure();
        if (carried == null || f.unit != Unit.PERCENT || f.startTok - carried.figure().endTok > CHANGE_REACH
                || !(t.is(f.startTok - 1, "up") || t.is(f.startTok - 1, "down"))) {
            return false;
        }
        for (int k = carried.figure().endTok; k < f.startTok; k++) {
            if (t.isSym(k, ';')) {
                return false;
            }
        }
        return true;
    }

    /** The most tokens between a figure and the change told right after it: "$5.5 billion, up 15%". */
    private static final int CHANGE_REACH = 4;

    private static boolean reportedFlow(ClaimDraft draft) {
        String metric = draft.measure().metric();
        return draft.measure().unit().dimension() == Dimension.CURRENCY
                && ("revenue".equals(metric) || "profit".equals(metric));
    }

    private static boolean speaksOfFutureOrNow(Tokens t) {
        for (int i = 0; i < t.size; i++) {
            if (Lexicon.futureAt(t, i) || t.isAny(i, PRESENT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Leaves a sentence: a header ending with a colon opens a list about its period, a results report its own. */
    private static void leave(Discourse discourse, Tokens t, List<PeriodMention> periods, boolean bullet) {
        if (!bullet) {
            discourse.listPeriod = t.isSym(t.size - 1, ':') || isHeading(t) ? firstSpan(periods, -1) : null;
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

    /**
     * A heading line without a final stop ("Second-quarter operating highlights", "Nine-month highlights"):
     * like a header ending with a colon, it opens the list under it.
     */
    private static boolean isHeading(Tokens t) {
        return t.size <= HEADING_TOKENS && t.isWord(t.size - 1) && t.capitalised(0);
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

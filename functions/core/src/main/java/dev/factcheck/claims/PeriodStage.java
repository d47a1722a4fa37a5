package dev.factcheck.claims;

import java.util.Set;

/**
 * The period stage: the time expression the figure applies to. The nearest in its clause with no
 * figure of the same kind between them, ties going to the one after the figure; else the nearest in
 * the sentence, unless the clause states a plan or the present ("will", "now"). A date after "said",
 * "announced", "dated" dates the statement, a dateline dates the article, and the base of a
 * comparison ("up from 221,000") borrows no period from the figure it is compared with.
 */
final class PeriodStage implements Stage {

    private static final Set<String> DATING_WORDS = Set.of(
            "said", "says", "told", "wrote", "writes", "added", "explained", "noted", "announced", "reported",
            "dated", "confirmed", "disclosed", "stated");
    private static final String DASHES = "-\u2013\u2014";
    private static final Set<String> PRESENT_WORDS = Set.of("now", "still", "currently", "today");

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft previous = draft.previous();
        PeriodMention period = nearestPeriod(draft);
        if (period != null && period.startTok() < f.startTok && t.is(f.startTok - 1, "from") && previous != null
                && previous.measure().unit() == draft.measure().unit()) {
            period = null;
        }
        return draft.with(new ClaimDraft.Timing(period));
    }

    private static PeriodMention nearestPeriod(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        PeriodMention inClause = null;
        int inClauseDistance = Integer.MAX_VALUE;
        PeriodMention inSentence = null;
        int inSentenceDistance = Integer.MAX_VALUE;
        for (PeriodMention p : draft.sentence().periods()) {
            if (isDateline(t, p)) {
                continue;
            }
            int before = p.startTok() - (t.is(p.startTok() - 1, "on") || t.is(p.startTok() - 1, "in") ? 2 : 1);
            if (t.isAny(before, DATING_WORDS) || t.isAny(p.startTok() - 1, DATING_WORDS)) {
                continue;
            }
            boolean after = p.startTok() >= f.endTok;
            int lo = after ? f.endTok : p.endTok();
            int hi = after ? p.startTok() : f.startTok;
            if (hi - lo > 40) {
                continue;
            }
            boolean blocked = false;
            for (int k = lo; k < hi && !blocked; k++) {
                blocked = after && t.isAny(k, DATING_WORDS);
            }
            // A later period belongs to a figure of the same kind standing closer to it.
            for (Figure other : draft.sentence().figures()) {
                if (after && other != f && other.startTok >= lo && other.endTok <= hi && other.unit == f.unit) {
                    blocked = true;
                }
            }
            int distance = 2 * (hi - lo) + (after ? 0 : 1);
            if (clauses.at(p.startTok()) == figureClause) {
                if (!blocked && distance < inClauseDistance) {
                    inClause = p;
                    inClauseDistance = distance;
                }
            } else if (distance < inSentenceDistance && !(after && blocked)) {
                inSentence = p;
                inSentenceDistance = distance;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        for (int i = 0; i < t.size; i++) {
            if (clauses.at(i) == figureClause && (Lexicon.futureAt(t, i) || t.isAny(i, PRESENT_WORDS))) {
                return null;
            }
        }
        // A period of a relative clause stays there, and a relative clause borrows none.
        if (inSentence == null || clauses.relative(f.startTok) || clauses.relative(inSentence.startTok())) {
            return null;
        }
        return inSentence;
    }

    /**
     * A dateline dates the article, not a figure: "SEATTLE (Oct. 28, 2025) —", "AUSTIN, Texas, Oct 21
     * (Newswire) -", "FRANKFURT, July 10 -". The date stands among the capitalised place names that open
     * the sentence and is followed by a dash, after an optional agency in brackets.
     */
    private static boolean isDateline(Tokens t, PeriodMention p) {
        if (t.isSym(p.startTok() - 1, '(') && t.isSym(p.endTok(), ')') && t.isSymAny(p.endTok() + 1, DASHES)) {
            return true;
        }
        if (p.startTok() > 8 || !t.isSym(p.startTok() - 1, ',')) {
            return false;
        }
        for (int k = 0; k < p.startTok(); k++) {
            if (!t.capitalised(k) && !t.isSymAny(k, ",.")) {
                return false;
            }
        }
        int j = p.endTok();
        if (t.isSym(j, '(')) {
            int close = j + 1;
            while (close < j + 6 && close < t.size && !t.isSym(close, ')')) {
                close++;
            }
            j = close + 1;
        }
        return t.isSymAny(j, DASHES);
    }
}

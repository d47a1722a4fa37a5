package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The relation stage: how the figure relates to other figures of its entity ({@link Relation}), and
 * whether it is a prediction. Runs after the period stage and reads only what the sentence says
 * around the figure:
 * <ul>
 *   <li>a new round: "another 2,400", "2,400 more", "a further 9,000";</li>
 *   <li>a derived total: "to" before the figure after a verb that adds up and a word for the total
 *       ("bringing total funding to $310 million", "taking its tally to 3,900"), "a total of 3,900",
 *       "3,900 in total", "3,900 all told";</li>
 *   <li>a share ({@link Shares}): "about 6% of its 40,000 staff", "its 850 eliminations were 4.4% of its
 *       people", "the cut is about 5.7%" after a base of people; a percentage without a whole right after a
 *       share ("closer to 5%") is a share of the same whole;</li>
 *   <li>an extreme: a superlative after the figure with "ever", "history", "on record" or "since ..."
 *       after it ("its deepest round of job cuts ever", "its smallest since 2024"), or a table column
 *       whose header is one ("Biggest round");</li>
 *   <li>a multiple: "double", "twice", "triple", "half" after the figure, then a period ("double the
 *       size of its 2023 round").</li>
 * </ul>
 * A figure is a prediction when its period starts after publication, or ends after it and the
 * figure's clause speaks of the future ({@link Lexicon#futureAt}: "will", "plans", a headline's "X to cut").
 */
final class RelationStage implements Stage {

    /** How far after the figure a superlative or a multiple may stand and still describe it. */
    private static final int WINDOW = 14;

    private static final Set<String> EXTREME_ANCHORS = Set.of("ever", "history", "record");
    private static final Map<String, BigDecimal> MULTIPLES = Map.of(
            "double", BigDecimal.valueOf(2), "twice", BigDecimal.valueOf(2), "triple", BigDecimal.valueOf(3),
            "half", new BigDecimal("0.5"));
    private static final Set<String> NEW_ROUND_BEFORE = Set.of("another", "further", "additional");
    /** Verbs that add a round to a total: "bringing total funding to ...". */
    private static final Set<String> ADDING_UP = Set.of("bring", "brings", "bringing", "brought", "take", "takes",
            "taking", "took", "lift", "lifts", "lifting", "lifted", "push", "pushes", "pushing", "pushed", "raise",
            "raises", "raising", "raised");
    private static final Set<String> TOTAL_WORDS = Set.of("total", "tally", "cumulative");
    /** How far before "to" the verb and the word for the total may stand. */
    private static final int TOTAL_WINDOW = 6;

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        Relation relation = relation(draft);
        PeriodMention period = draft.timing().period();
        if (relation instanceof Relation.Extreme extreme && extreme.since() != null && period != null && period.since()
                && period.period() != null && period.period().from().equals(extreme.since())) {
            // "its biggest cut since 2023": the "since" bounds the comparison, it does not date the figure.
            draft = draft.with(new ClaimDraft.Timing(null));
        }
        if (relation instanceof Relation.Share share) {
            draft = Shares.place(draft, share);
        }
        return draft.with(new ClaimDraft.Relating(relation, prediction(draft)));
    }

    private static Relation relation(ClaimDraft draft) {
        Relation column = tableColumnRelation(draft);
        if (column != null) {
            return column;
        }
        if (newRound(draft)) {
            return new Relation.NewRound();
        }
        if (derivedTotal(draft)) {
            return new Relation.Total();
        }
        Relation share = Shares.of(draft);
        if (share != null) {
            return share;
        }
        Relation around = extremeOrMultiple(draft);
        return around != null ? around : Relation.NONE;
    }

    /**
     * A figure under a "Biggest round" header claims to be its row's largest; a percentage under a
     * "Share of workforce" header is a share of the row's organisation.
     */
    private static Relation tableColumnRelation(ClaimDraft draft) {
        TableRow row = draft.sentence().row();
        TableReader.Cell cell = row == null ? null : row.cellAt(draft.tokens(), draft.figure().startTok);
        TableLayout.Column column = cell == null ? null : row.layout().column(cell.column());
        Relation relation = column == null ? null : column.relation();
        return relation instanceof Relation.Share && draft.measure().unit() != Unit.PERCENT ? null : relation;
    }

    /** "another 2,400", "a further 9,000", "2,400 more" (not "2,400 or more", not "more than 2,400"). */
    private static boolean newRound(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        boolean before = t.isAny(start - 1, NEW_ROUND_BEFORE);
        boolean after = t.is(draft.figure().endTok, "more") && !t.is(draft.figure().endTok + 1, "than");
        return before || after;
    }

    /**
     * "bringing total funding to $310 million", "taking its tally to 3,900" (a verb that adds up, a
     * word for the total, then "to" right before the figure, all in its clause), "a total of 3,900",
     * "3,900 jobs in total", "3,900 all told". "bringing the workforce down to 31,000" names no total.
     */
    private static boolean derivedTotal(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        int end = draft.qualifying().spanEnd();
        if (t.is(start - 1, "of") && t.is(start - 2, "total") && t.is(start - 3, "a")) {
            return true;
        }
        // "1,350 jobs in total": the figure's noun may stand between.
        for (int k = end; k <= end + 2 && t.isWord(k); k++) {
            if (t.is(k, "in") && t.is(k + 1, "total") || t.is(k, "all") && t.is(k + 1, "told")) {
                return true;
            }
        }
        if (!t.is(start - 1, "to")) {
            return false;
        }
        int clause = draft.clauses().at(start - 1);
        boolean total = false;
        for (int k = start - 2; k >= Math.max(0, start - 2 - TOTAL_WINDOW) && draft.clauses().at(k) == clause; k--) {
            if (t.isNum(k)) {
                return false;
            }
            total |= t.isAny(k, TOTAL_WORDS);
            if (total && t.isAny(k, ADDING_UP)) {
                return true;
            }
        }
        return false;
    }

    /** A superlative or a multiple written after the figure, before the sentence's next figure. */
    private static Relation extremeOrMultiple(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        int end = Math.min(t.size, f.endTok + WINDOW);
        for (Figure other : draft.sentence().figures()) {
            if (other.startTok >= f.endTok && other.startTok < end) {
                end = other.startTok;
            }
        }
        for (int k = f.endTok; k < end; k++) {
            if (t.isSym(k, ';')) {
                return null;
            }
            boolean largest = t.isAny(k, Lexicon.LARGEST);
            if ((largest || t.isAny(k, Lexicon.SMALLEST)) && !(t.is(k, "most") && t.is(k + 1, "of"))) {
                return extreme(draft, k, largest);
            }
            BigDecimal factor = t.is(k, "three") && t.is(k + 1, "times") ? BigDecimal.valueOf(3)
                    : t.isWord(k) ? MULTIPLES.get(t.lower(k)) : null;
            if (factor != null) {
                return multiple(draft, k, factor);
            }
        }
        return null;
    }

    /** "its largest round ever", "the biggest in its history", "its smallest since 2024", "a record". */
    private static Relation extreme(ClaimDraft draft, int at, boolean largest) {
        Tokens t = draft.tokens();
        for (int k = at + 1; k < Math.min(t.size, at + 8); k++) {
            if (t.isAny(k, EXTREME_ANCHORS)) {
                return new Relation.Extreme(largest, null);
            }
            for (PeriodMention p : draft.sentence().periods()) {
                if (p.startTok() == k && p.since() && p.period() != null) {
                    return new Relation.Extreme(largest, p.period().from());
                }
            }
        }
        return null;
    }

    /** "double the size of its 2023 round", "twice last year's": the first period after the word. */
    private static Relation multiple(ClaimDraft draft, int at, BigDecimal factor) {
        for (PeriodMention p : draft.sentence().periods()) {
            if (p.startTok() > at && p.startTok() <= at + 8 && p.period() != null && !p.since()) {
                return new Relation.Multiple(factor, p.period());
            }
        }
        return null;
    }

    private static boolean prediction(ClaimDraft draft) {
        PeriodMention period = draft.timing().period();
        if (period == null || period.period() == null || !period.ahead()) {
            return false;
        }
        if (period.future()) {
            return true;
        }
        Tokens t = draft.tokens();
        int clause = draft.figureClause();
        for (int i = 0; i < t.size; i++) {
            if (draft.clauses().at(i) == clause && Lexicon.futureAt(t, i)) {
                return true;
            }
        }
        return false;
    }
}

package dev.factcheck.claims;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The period stage: the time expression the figure applies to. The nearest in its clause with no
 * figure of the same kind between them, ties going to the one after the figure, unless the period was
 * written right after another figure and belongs to it; else the date of the statement that governs
 * the figure ({@link StatementDates}: "said on Monday it would cut 1,500, about 4% of its staff"); else
 * the nearest in the sentence, unless the clause states a plan, the present or a present state ("will",
 * "now", "operates"). A dateline dates no figure, and the base of a comparison ("up from 221,000")
 * borrows no period from the figure it is compared with.
 */
final class PeriodStage implements Stage {

    private static final Set<String> RANKING_WORDS = Set.of(
            "biggest", "largest", "deepest", "highest", "lowest", "smallest", "steepest", "sharpest", "worst",
            "best", "most", "fewest", "least", "strongest", "weakest");
    private static final String DASHES = "-\u2013\u2014";
    private static final Set<String> RESULT_VERBS = Set.of(
            "bringing", "taking", "lifting", "leaving", "pushing", "raising", "reducing", "lowering", "trimming", "cutting",
            "shrinking", "slashing", "paring", "thinning");
    private static final Set<String> COMPARED_WITH = Set.of(
            "from", "on", "year", "compared", "versus", "vs", "against", "over");
    private static final Set<String> PRESENT_WORDS = Set.of("now", "still", "currently", "today");
    /** How many words may stand between a figure and the period written for it: "33,500 on its payroll at the end of 2024". */
    private static final int OWNED_PERIOD_WINDOW = 7;
    /** Words that open an aside about a name's past rather than the figure: "Aviato, founded in 2018, employs 230". */
    private static final Set<String> ASIDE_OPENERS = Set.of(
            "founded", "established", "ranked", "listed", "created", "formed", "incorporated", "launched", "born",
            "set", "built", "started", "a", "an");
    /** Words that open the reason for a move: "after raising its outlook", "following a warning". */
    private static final Set<String> REASON_OPENERS = Set.of("after", "following");
    /** Pronouns that open a clause of reason after "after": "after it raised its forecast". */
    private static final Set<String> REASON_SUBJECTS = Set.of("it", "they", "he", "she", "we");
    /** Participles that open a sentence with its subject's past: "Founded in 2014, Pied Piper is valued at ...". */
    private static final Set<String> FRONTED_ASIDE_OPENERS = Set.of(
            "founded", "established", "incorporated", "listed", "formed", "launched", "born", "built", "started");
    /**
     * Words that open a new subject after a comma: pronouns and determiners. A subordinator keeps the time
     * of the clause it contrasts with ("cut 1,000 roles since January, while Meta has cut about 3,000").
     */
    private static final Set<String> SUBJECT_STARTERS = Set.of(
            "it", "they", "we", "he", "she", "the", "its", "their", "this", "that", "these", "those");
    /** Words that join a clause with a subject of its own to the one before: ", so the cuts come to". */
    private static final Set<String> COORDINATORS = Set.of("so", "and", "but", "yet");
    private static final Set<String> HEDGES = Set.of(
            "about", "around", "roughly", "approximately", "nearly", "almost", "some", "just", "over", "under");
    /** Verbs by which a "which" clause restates a figure: "which is roughly 4% of", "which amounts to 4% of". */
    private static final Set<String> EQUALLING = Set.of(
            "is", "was", "are", "were", "represents", "represented", "equals", "equalled", "equaled", "amounts",
            "amounted", "comes", "came");
    private static final Set<String> RATE_MARKERS = Set.of("annually", "yearly", "monthly", "weekly", "quarterly");
    private static final Set<String> RATE_UNITS = Set.of("year", "month", "week", "quarter", "day");
    /** "a year earlier", "a year ago": a time, not a rate. */
    private static final Set<String> NOT_A_RATE = Set.of("earlier", "ago", "later", "before", "after", "on", "from");
    private static final Set<String> DETERMINERS = Set.of("its", "the", "their", "his", "her", "a", "an", "this", "that");
    /**
     * Verbs of a state told in the present: a clause with one ("and operates 340 showrooms", "its market
     * value is back above $10 billion", not "is cutting") borrows no period from another clause.
     */
    private static final Set<String> VERBS_OF_A_PRESENT_STATE = Set.of(
            "is", "are", "employs", "operates", "runs", "owns", "holds", "counts", "lists", "remains", "stands");
    /** The most tokens between "when" and the period of its clause: "when it raised its first $45 million in 2023". */
    private static final int WHEN_CLAUSE = 12;
    /** Verbs that tell a level the company holds already: "a plant that employs about 350 people". */
    private static final Set<String> VERBS_OF_A_HELD_LEVEL = Set.of(
            "employs", "employed", "has", "had", "is", "was", "are", "were", "numbers", "numbered", "counts", "operates");

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft previous = draft.previous();
        // "up from 15,800 at the end of 2024", "compared with $31.5 billion for fiscal 2024": the base of a
        // comparison takes its own period, never the one written before it for the figure it is compared with.
        boolean comparisonBase = isComparisonBase(t, f.startTok) && !t.is(f.startTok - 1, "than") && previous != null
                && previous.measure().unit() == draft.measure().unit();
        PeriodMention when = isComparisonBase(t, draft.qualifying().spanStart()) || comparisonBase
                ? periodOfItsWhenClause(draft) : null;
        if (when != null) {
            return draft.with(new ClaimDraft.Timing(when)); // "up from around 90 when it raised $45 million in 2023"
        }
        if (isARate(t, f)) {
            // "has cut about 2,000 jobs a year since 2022": a rate; the window is no period it sums over.
            return draft.with(new ClaimDraft.Timing(null));
        }
        if (changesThePrevious(t, f, previous) || restatesThePrevious(t, f, previous)) {
            return draft.with(new ClaimDraft.Timing(previous.timing().period()));
        }
        return draft.with(new ClaimDraft.Timing(levelAtADeadline(draft, nearestPeriod(draft, comparisonBase))));
    }

    /**
     * "will have more than 17,000 employees by the end of September": the deadline of a level (people or
     * things counted at a time: headcount, stores) is the time the level is reached; a flow's deadline
     * ("cut 15,000 jobs by 2027"), a change of a level ("close 60 sites by the end of the third quarter") and
     * a pledge of money ("invest $600bn by 2028") stay no period.
     */
    private static PeriodMention levelAtADeadline(ClaimDraft draft, PeriodMention found) {
        if (found == null || found.deadline() == null || draft.measure().cue() == null || draft.measure().metric() == null
                || draft.measure().cue().metric().aggregation() != Aggregation.LATEST
                || draft.measure().cue().metric().dimension() == Dimension.CURRENCY || levelHeldNow(draft)) {
            return found;
        }
        return new PeriodMention(found.startTok(), found.endTok(), found.deadline(), PeriodSource.EXPLICIT, false,
                false, true, true);
    }

    /**
     * "plans to double its headcount of 280 by the end of the year", "would close a plant that employs
     * about 350 people by March": a level the company has now (its own, or told with a verb of the present
     * or past after the future cue) is not the level the deadline is about.
     */
    private static boolean levelHeldNow(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int f = draft.figure().startTok;
        int cue = -1;
        for (int k = 0; k < f; k++) {
            cue = Lexicon.futureAt(t, k) ? k : cue;
        }
        for (int k = cue + 1; k < f; k++) {
            if (t.isAny(k, VERBS_OF_A_HELD_LEVEL) && !goalBetween(t, k, f)) {
                return true;
            }
        }
        int of = t.isSymAny(f - 1, "$\u20ac\u00a3") ? f - 2 : f - 1;
        return t.is(of, "of") && (t.is(of - 2, "its") || t.is(of - 2, "their"));
    }

    /** Nouns of a level aimed at: "had a goal of 2,000 staff by 2027", "has a target of 500 stores by 2026". */
    private static final Set<String> GOAL_NOUNS = Set.of("goal", "target", "ambition", "aim", "objective");

    /** A noun of a level aimed at lies in {@code (from, to)}: the verb before it holds no level. */
    private static boolean goalBetween(Tokens t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isAny(k, GOAL_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cut 1,300 jobs in June, bringing its headcount to about 21,100": the level a flow brings about is
     * the level now; the flow's period before it stays the flow's.
     */
    private static boolean resultOfAFlow(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        boolean flowBefore = draft.sentence().figures().stream()
                .anyMatch(other -> other.endTok <= p.startTok() && p.startTok() - other.endTok <= 4);
        for (int k = p.endTok(); k < f.startTok && flowBefore; k++) {
            if (t.isAny(k, RESULT_VERBS) && f.startTok - k <= 6) {
                for (int j = k + 1; j < f.startTok; j++) {
                    if (t.is(j, "to")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "revenue of $3.1 billion on Tuesday, down 6% from a year earlier": a change stated right after a
     * figure is that figure's change and takes its period.
     */
    private static boolean changesThePrevious(Tokens t, Figure f, ClaimDraft previous) {
        if (previous == null || previous.timing() == null || previous.timing().period() == null
                || f.unit != dev.factcheck.catalog.Unit.PERCENT || !(t.is(f.startTok - 1, "up") || t.is(f.startTok - 1, "down"))
                || !t.isAny(f.endTok, COMPARED_WITH) || f.startTok - previous.figure().endTok > 8) {
            return false;
        }
        for (int k = previous.figure().endTok; k < f.startTok; k++) {
            if (t.isSym(k, ';')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The period of a "when" clause right after the base of a comparison, which tells when the base held:
     * "260 employees at the end of June, up from around 90 when it raised its first $45 million in 2023" →
     * 2023. Null when no such clause names one.
     */
    private static PeriodMention periodOfItsWhenClause(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int k = draft.figure().endTok;
        while (k < draft.figure().endTok + 2 && t.isWord(k) && !t.is(k, "when")) {
            k++; // "90 people when"
        }
        if (!t.is(k, "when")) {
            return null;
        }
        for (PeriodMention p : draft.sentence().periods()) {
            if (p.startTok() > k && p.startTok() <= k + WHEN_CLAUSE && p.period() != null) {
                for (int b = k; b < p.startTok(); b++) {
                    if (t.isSymAny(b, ";,")) {
                        return null;
                    }
                }
                return p;
            }
        }
        return null;
    }

    /** "2,000 jobs a year", "$5 million per month", "300 roles annually": a figure per unit of time. */
    private static boolean isARate(Tokens t, Figure f) {
        int k = f.endTok;
        if (t.isWord(k) && !t.isAny(k, RATE_MARKERS) && !t.is(k, "a") && !t.is(k, "per") && !t.is(k, "each")) {
            k++;
        }
        return t.isAny(k, RATE_MARKERS)
                || (t.is(k, "a") || t.is(k, "per") || t.is(k, "each")) && t.isAny(k + 1, RATE_UNITS)
                && !t.isAny(k + 2, NOT_A_RATE);
    }

    /**
     * "In March it cut 640 jobs, most of them at one plant, which is roughly 4% of that workforce": a share
     * told in a "which is" clause after a figure restates that figure and takes its period.
     */
    private static boolean restatesThePrevious(Tokens t, Figure f, ClaimDraft previous) {
        if (previous == null || previous.timing() == null || previous.timing().period() == null
                || f.unit != dev.factcheck.catalog.Unit.PERCENT || !t.is(f.endTok, "of")) {
            return false;
        }
        int k = f.startTok - 1;
        while (k > 0 && t.isAny(k, HEDGES)) {
            k--;
        }
        if (t.is(k, "to") && t.isAny(k - 1, EQUALLING)) {
            k--;
        }
        return t.isAny(k, EQUALLING) && t.is(k - 1, "which") && t.isSym(k - 2, ',') && previous.figure().endTok <= k - 2;
    }

    /**
     * "5,000 more", "another 5,000", "; Meta dismissed 10,000." (nothing counted after it: an ellipsis
     * of the figure before): a figure that continues the one before it, never one of another metric ("raised
     * $600 million in June; the trading house's total investment stands at $450 million").
     */
    private static boolean continues(ClaimDraft draft, ClaimDraft previous) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        return t.is(f.endTok, "more") || t.is(f.startTok - 1, "another") || t.is(f.startTok - 1, "further")
                || (previous != null && !t.isWord(f.endTok) && previous.figure().unit == f.unit
                && sameMetric(draft, previous));
    }

    /**
     * "A profile that ran this autumn still said Oscorp "employs about 27,800 people"": a period inside a
     * relative clause of the subject ("that" or "which" after a lower-case noun) dates that clause, not the
     * figure that the subject's verb of saying reports after it.
     */
    private static boolean inARelativeClauseOfTheSubject(Tokens t, PeriodMention p, Figure f) {
        int relative = -1;
        for (int k = p.startTok() - 1; k >= 0 && k >= p.startTok() - 3; k--) {
            if ((t.is(k, "that") || t.is(k, "which")) && t.isWord(k - 1) && !t.capitalised(k - 1)) {
                relative = k;
            }
        }
        if (relative < 0 || relative + 1 >= p.startTok()) {
            return false;
        }
        for (int k = p.endTok(); k < f.startTok; k++) {
            if (t.isAny(k, StatementDates.DATING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** The most an unscaled sum may be to be a share's price after a move: "fell 22% this year to about $48". */
    private static final BigDecimal SHARE_PRICE_LIMIT = BigDecimal.valueOf(1000);

    /**
     * A share's price: after a verb of trading ("trades near $9", "closed at $61.08") or the level a move of
     * a percentage reached ("Shares have fallen 22% this year to about $48"). It is a price now, or at the
     * time written right after it ("closed 0.7% higher at $61.08 on Tuesday"), never of a period told of the
     * move or of another clause.
     */
    private static boolean isASharePrice(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY) {
            return false;
        }
        if (MetricStage.sharePrice(t, f)) {
            return true;
        }
        int k = f.startTok - 1;
        while (k > 0 && t.isAny(k, HEDGES)) {
            k--;
        }
        if (f.scaled || f.value.compareTo(SHARE_PRICE_LIMIT) >= 0 || !t.is(k, "to")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - OWNED_PERIOD_WINDOW && !breaks(t, j); j--) {
            if (t.isSym(j, '%')) {
                return true;
            }
        }
        return false;
    }

    /** Words before a span a level closes: "ended 2023 with", "and 2024 with". */
    private static final Set<String> SPAN_CLOSERS = Set.of(
            "ended", "finished", "closed", "exited", "began", "started", "entered", "and");

    /** The most tokens between "with" and the figure a period introduces: "2024 with about 25,100". */
    private static final int INTRODUCED_REACH = 3;

    /**
     * "Tidewell ended 2023 with 24,300 employees and 2024 with 25,100": a period right before "with" and a
     * figure is that figure's, never one of the figure before it (a figure after it may share it: "ended that
     * year with 118,000 employees, and Umbrella with 61,000"); null when no figure follows so.
     */
    private static Figure introducedWith(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        if (!t.is(p.endTok(), "with") || !t.isAny(p.startTok() - 1, SPAN_CLOSERS)) {
            return null; // "cut 300 jobs in March with 200 more to follow": March is the 300's
        }
        for (Figure g : draft.sentence().figures()) {
            if (g.startTok > p.endTok() && g.startTok <= p.endTok() + INTRODUCED_REACH && noBreak(t, p.endTok(), g.startTok)) {
                return g;
            }
        }
        return null;
    }

    /**
     * "When the group dismissed 1,100 of its 52,000 workers in February, the cut amounted to about 2% of
     * staff": a fronted "when" clause tells the time of the main clause after its comma, whose new subject
     * then borrows its period.
     */
    private static boolean inAFrontedWhen(Tokens t, PeriodMention p, Figure f) {
        if (!t.is(0, "when")) {
            return false;
        }
        int close = 1;
        while (close < t.size && !(t.isSym(close, ',') && breaks(t, close))) {
            close++;
        }
        return p.endTok() <= close && f.startTok > close;
    }

    /** Verbs by which a source that is not current "still" states a figure: "still says", "still lists". */
    private static final Set<String> STALE_SOURCE_VERBS = Set.of(
            "says", "said", "calls", "called", "describes", "described", "lists", "listed", "boasts", "boasted", "claims",
            "claimed", "shows", "showed", "puts", "put", "quotes", "quoted", "gives", "gave", "cites", "cited", "counts",
            "counted", "credits", "credited", "names", "named", "mentions", "mentioned");

    /**
     * "its own investor deck, last updated in the spring, still describes it as 8,450 strong", "a 2026 profile
     * that still says $4 billion", "the brochure, printed in the spring, still calls it "a family of 25,100"":
     * a period told of a source before "still" and its verb of saying dates the source, not the figure the
     * source goes on repeating. A period that opens the sentence dates the saying ("In March the company still
     * said it had 3,000 stores").
     */
    private static boolean describesAStaleSource(Tokens t, PeriodMention p, Figure f) {
        if (p.startTok() == 0 || p.startTok() == 1 && !t.isAny(0, DETERMINERS)) {
            return false;
        }
        for (int k = p.endTok(); k < f.startTok - 1; k++) {
            if (t.isSym(k, ';')) {
                return false;
            }
            if (t.is(k, "still") && t.isAny(k + 1, STALE_SOURCE_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A profile that still describes Hooli as "valued at $4 billion" is quoting the June 2024 round": a
     * figure a source "still" says keeps no period told after it, unless it is written right after it.
     */
    private static boolean repeatedByAStaleSource(Tokens t, Figure f) {
        for (int k = f.startTok - 2; k >= 0 && !t.isSym(k, ';'); k--) {
            if (t.is(k, "still") && t.isAny(k + 1, STALE_SOURCE_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open the base of a comparison after a figure: "47 fewer than at mid-year", "up from". */
    private static final Set<String> COMPARING_WORDS = Set.of("than", "from", "compared", "versus", "against");

    /** Whether a word of comparison lies in {@code [from, to)}: the period after it dates the base, not the figure. */
    private static boolean comparedBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isAny(k, COMPARING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Words that stand for a quantity of their own without a figure: "with more in January". */
    private static final Set<String> QUANTITY_WORDS = Set.of("more", "others", "another");

    /**
     * "would follow its 14,000 corporate cuts with more in January": a period after a word that stands for
     * another quantity ("more", "others", "another") dates that quantity, not the figure before it ("1,500
     * more in October", with "more" right after the figure, keeps it).
     */
    private static boolean ofAnotherQuantity(Tokens t, Figure f, PeriodMention p) {
        for (int k = f.endTok + 1; k < p.startTok(); k++) {
            if (t.isAny(k, QUANTITY_WORDS) && !t.isAny(k - 1, QUANTITY_WORDS) && (t.is(k - 1, "with") || t.is(k - 1, "and")
                    || t.is(k - 1, "by"))) {
                return true;
            }
        }
        return false;
    }

    private static PeriodMention nearestPeriod(ClaimDraft draft, boolean comparisonBase) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft previous = draft.previous();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        PeriodMention moment = sinceWhen(t, f, draft.sentence().periods());
        if (moment != null) {
            return moment;
        }
        PeriodMention inClause = null;
        int inClauseDistance = Integer.MAX_VALUE;
        PeriodMention inSentence = null;
        int inSentenceDistance = Integer.MAX_VALUE;
        PeriodMention statement = null;
        int statementDistance = Integer.MAX_VALUE;
        int[] aside = aside(draft);
        boolean sharePrice = isASharePrice(t, f);
        boolean stale = repeatedByAStaleSource(t, f);
        for (PeriodMention p : draft.sentence().periods()) {
            if (isDateline(t, p) || StatementDates.presentToday(t, p)) {
                continue;
            }
            boolean after = p.startTok() >= f.endTok;
            if (sharePrice && p.startTok() > 1 && !(after && owner(draft, p) == f)) {
                continue; // "Its stock has lost 38% over the past 12 months and trades near $9": a price is now
            }
            Figure introduced = introducedWith(draft, p);
            if (introduced != null && introduced != f && f.endTok <= p.startTok()) {
                continue; // "ended 2023 with 24,300 employees and 2024 with 25,100": 2024 is the 25,100's
            }
            if (after ? stale && owner(draft, p) != f : describesAStaleSource(t, p, f)) {
                continue; // "its investor deck, last updated in the spring, still describes it as 8,450 strong"
            }
            if (!after && StatementDates.trailingAttribution(draft, p)) {
                // "has let go of 150 employees, the company confirmed on Wednesday, less than five months
                // after a round that valued it at $5.1 billion": an attribution dates what it follows.
                continue;
            }
            boolean statementDate = after
                    ? StatementDates.trailingStatement(draft, p) || StatementDates.reportDay(draft, p) || StatementDates.saysOn(t, p)
                            || StatementDates.dateOfAReport(t, p)
                    : StatementDates.datesAStatement(t, p);
            if (statementDate) {
                int d = p.startTok() >= f.endTok ? p.startTok() - f.endTok : f.startTok - p.endTok();
                if (d < statementDistance && !crossesSemicolon(t, f, p)) {
                    statement = p;
                    statementDistance = d;
                }
                continue;
            }
            if (after && ofAnotherQuantity(t, f, p) || !after && inARelativeClauseOfTheSubject(t, p, f)) {
                continue;
            }
            if (windowOfARank(draft, p) || (aside != null && (p.startTok() < aside[0] || p.startTok() > aside[1]))
                    || inAnAsideWithout(draft, p) || datesTheBase(t, p)) {
                continue;
            }
            // "from about 1,150 at the end of 2024 to roughly 1,480", "with 112,500 people at the end of 2024,
            // the conglomerate can lose 4,200": a period written right after a figure is that figure's, not
            // one of another clause or the other end of a change.
            Figure owner = owner(draft, p);
            if (owner != null && owner != f && (after ? commaBetween(t, f.endTok, owner.startTok)
                    : toTheOtherEnd(t, owner, p, f) || newSubjectBetween(t, p.endTok(), f.startTok) && !inAFrontedWhen(t, p, f))) {
                continue;
            }
            if (after && reasonBetween(t, f.endTok, p.startTok())) {
                continue; // "rose 6.2% to €48.15 after raising its full-year outlook": the outlook's year
            }
            // "annual revenue of $12.4 billion", "$12.4 billion in annual revenue": the year of its own noun only.
            if (t.is(p.startTok(), "annual") && !(after ? p.startTok() - f.endTok <= 1 && t.is(f.endTok, "in")
                    : f.startTok - p.endTok() <= 4)) {
                continue;
            }
            if (comparisonBase && !after || !after && resultOfAFlow(draft, p)) {
                continue;
            }
            int lo = after ? f.endTok : p.endTok();
            int hi = after ? p.startTok() : f.startTok;
            if (hi - lo > 40) {
                continue;
            }
            boolean blocked = false;
            for (int k = lo; k < hi && !blocked; k++) {
                blocked = after && t.isAny(k, StatementDates.DATING_WORDS) && !StatementDates.announcedWith(t, f, k, p);
            }
            // A later period belongs to a figure of the same kind standing closer to it, and the base of a
            // comparison keeps its own: "up 4% from $5.0 billion a year earlier", "down 6% from a year earlier".
            for (Figure other : draft.sentence().figures()) {
                if (after && other != f && other.startTok >= lo && other.endTok <= hi
                        && (other.unit == f.unit || isComparisonBase(t, other.startTok) || isWholeOfShare(t, f, other))
                        && !isOutOf(t, f, other) && !coordinated(t, f, other) && NumberStage.checkable(draft.sentence(), other)) {
                    blocked = true;
                }
            }
            blocked |= after && isComparisonBase(t, p.startTok());
            // "had 8,600 employees; it cut 450 jobs in 2023": no period crosses a semicolon, except to
            // a figure that continues the one before it ("; it cut 5,000 more").
            boolean semicolon = false;
            for (int k = lo; k < hi && !semicolon; k++) {
                semicolon = t.isSym(k, ';');
            }
            if (semicolon && !continues(draft, previous)) {
                continue;
            }
            // "this summer's restructuring", "last year's 2,400": a possessive period dates only what follows it.
            boolean possessive = t.isSymAny(p.endTok(), "'\u2019") && t.is(p.endTok() + 1, "s");
            if (possessive && !(f.startTok > p.endTok() && f.startTok <= p.endTok() + 5 && noBreak(t, p.endTok(), f.startTok))) {
                continue;
            }
            // "cut 900 jobs in February and 1,600 jobs in September": a period written right after the
            // figure is its own, nearer than one written right after the figure before it.
            int distance = after && owner == f && !comparedBetween(t, f.endTok, p.startTok()) || introduced == f ? 0
                    : 2 * (hi - lo) + (after ? 0 : 1);
            if (clauses.at(p.startTok()) == figureClause) {
                if (!blocked && distance < inClauseDistance) {
                    inClause = p;
                    inClauseDistance = distance;
                }
            } else if (distance < inSentenceDistance && !(after && blocked) && !p.future() && !aheadInAFutureClause(draft, p)) {
                inSentence = p;
                inSentenceDistance = distance;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        boolean present = false;
        boolean future = false;
        boolean state = false;
        for (int i = 0; i < t.size; i++) {
            boolean inStatement = statement != null && i >= statement.startTok() && i < statement.endTok();
            if (clauses.at(i) == figureClause && !inStatement) {
                present |= t.isAny(i, PRESENT_WORDS);
                future |= Lexicon.futureAt(t, i);
                state |= t.isAny(i, VERBS_OF_A_PRESENT_STATE) && !(t.isWord(i + 1) && t.lower(i + 1).endsWith("ing"));
            }
        }
        // "said on Monday it would cut 1,500, about 4% of its 37,400 staff", "will cut 3,100 jobs, the
        // drugmaker said on Tuesday": the date of a statement dates every figure of the clause it
        // governs that has no period of its own; "now" dates none.
        if (statement != null && !present && !clauses.relative(f.startTok)) {
            return statement;
        }
        if (present || future || state) {
            return null;
        }
        // A period of a relative clause stays there, and a relative clause borrows none.
        if (inSentence == null || clauses.relative(f.startTok) || clauses.relative(inSentence.startTok())) {
            return null;
        }
        return inSentence;
    }

    /**
     * "its second round since 2023", "the largest since 2022", "its second round of layoffs this year":
     * a window a rank or a superlative is measured over, not the period of a figure (a round is one of
     * several in it).
     */
    private static boolean windowOfARank(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        int reach = t.isAny(p.startTok() - 1, WINDOW_PREPOSITIONS) ? 5 : 4; // "its second round of layoffs in 2025"
        for (int k = p.startTok() - 1; k >= 0 && k >= p.startTok() - reach && !breaks(t, k); k--) {
            String w = t.isWord(k) ? t.lower(k) : "";
            if ((Lexicon.ORDINAL_WORDS.containsKey(w) || RANKING_WORDS.contains(w)) && noFigureBetween(draft, k, p.startTok())) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions before the window of a rank: "its second round of layoffs in 2025". */
    private static final Set<String> WINDOW_PREPOSITIONS = Set.of("in", "during", "over");

    static boolean noFigureBetween(ClaimDraft draft, int from, int to) {
        for (Figure other : draft.sentence().figures()) {
            if (other.startTok >= from && other.startTok < to) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Initech, a company with 37,400 employees and annual revenue of $12.4 billion, expects ...": the
     * aside set off by commas after a name that holds the figure (its first and last token), or null.
     */
    private static int[] aside(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        int open = f.startTok - 1;
        while (open > 0 && open > f.startTok - 12 && !breaks(t, open) && !t.isSym(open, ':')) {
            open--;
        }
        if (open <= 0 || !t.isSym(open, ',') || !breaks(t, open) || !(t.is(open + 1, "a") || t.is(open + 1, "an") || t.is(open + 1, "the"))) {
            return null;
        }
        int name = open;
        if (draft.sentence().mentions().stream().noneMatch(m -> m.kind == Mention.Kind.CATALOG && m.end == name)) {
            return null;
        }
        int close = f.endTok;
        while (close < t.size && close < f.endTok + 16 && !breaks(t, close) && !t.isSym(close, ':')
                && !(t.isSym(close, '.') && !(t.isNum(close - 1) && t.isNum(close + 1) && t.attached(close + 1)))) {
            close++;
        }
        return close < t.size && t.isSym(close, ',') && breaks(t, close) ? new int[] {open + 1, close - 1} : null;
    }

    private static boolean noBreak(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (breaks(t, k)) {
                return false;
            }
        }
        return true;
    }

    /** A comma or semicolon between words, not the separator inside "37,400". */
    static boolean breaks(Tokens t, int k) {
        return t.isSymAny(k, ",;") && !(t.isNum(k - 1) && t.isNum(k + 1) && t.attached(k + 1));
    }

    private static boolean crossesSemicolon(Tokens t, Figure f, PeriodMention p) {
        int lo = Math.min(f.endTok, p.endTok());
        int hi = Math.max(f.startTok, p.startTok());
        for (int k = lo; k < hi; k++) {
            if (t.isSym(k, ';')) {
                return true;
            }
        }
        return false;
    }

    /** "about 6% of the 22,400 employees it had at the end of 2024": the period after the whole is the whole's. */
    private static boolean isWholeOfShare(Tokens t, Figure f, Figure other) {
        if (f.unit != dev.factcheck.catalog.Unit.PERCENT || !t.is(f.endTok, "of") || other.startTok <= f.endTok) {
            return false;
        }
        return other.startTok - f.endTok <= 6 && noBreak(t, f.endTok, other.startTok);
    }

    /** "dismissed 45 out of roughly 600 workers at its plant last year": the part and its whole share the period. */
    private static boolean isOutOf(Tokens t, Figure f, Figure other) {
        int k = f.endTok;
        // "dismissed 1,100 of its roughly 52,000 workers in February" is counted out of its whole as well
        return t.is(k, "out") && t.is(k + 1, "of") && other.startTok <= k + 4
                || f.unit != dev.factcheck.catalog.Unit.PERCENT && t.is(k, "of") && t.isAny(k + 1, WHOLE_OWNERS)
                && other.startTok <= k + 4;
    }

    /** Determiners of the whole a figure is counted out of: "1,100 of its 52,000 workers". */
    private static final Set<String> WHOLE_OWNERS = Set.of("its", "their", "the");

    /**
     * "its biggest cut since 2023, when it dismissed 450": the "when" clause is about the moment the
     * window starts (the year, month or day written after "since"), not the window.
     */
    private static PeriodMention sinceWhen(Tokens t, Figure f, List<PeriodMention> periods) {
        for (PeriodMention p : periods) {
            int when = p.endTok() + 1;
            if (!p.since() || p.period() == null || !t.isSym(p.endTok(), ',') || !t.is(when, "when")
                    || f.startTok <= when || f.startTok - when > 12) {
                continue;
            }
            for (int k = when + 1; k < f.startTok; k++) {
                if (t.isSymAny(k, ",;")) {
                    return null;
                }
            }
            LocalDate from = p.period().from();
            boolean year = p.endTok() == p.startTok() + 2 && CalendarDates.yearAt(t, p.startTok() + 1, new boolean[t.size]) > 0;
            Period moment = year ? CalendarDates.years(from.getYear(), from.getYear())
                    : from.getDayOfMonth() == 1 ? new Period(from, YearMonth.from(from).atEndOfMonth()) : Period.day(from);
            return new PeriodMention(p.startTok(), p.endTok(), moment, p.source(), false);
        }
        return null;
    }

    /**
     * The figure a period is written right after, with only words between ("1,150 at the end of 2024",
     * "the 19,400 it employed at the end of 2024", "$24.1 billion for the nine months"), claim or not
     * ("a county where unemployment rose to 5.8% in July"), or null.
     */
    private static Figure owner(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        Figure owner = null;
        for (Figure g : draft.sentence().figures()) {
            if (g.endTok <= p.startTok() && p.startTok() - g.endTok <= OWNED_PERIOD_WINDOW
                    && (owner == null || g.endTok > owner.endTok)) {
                owner = g;
            }
        }
        if (owner == null) {
            return null; // a figure that is no claim owns its period too: "unemployment rose to 5.8% in July"
        }
        for (int k = owner.endTok; k < p.startTok(); k++) {
            if (!t.isWord(k) && !(t.isSymAny(k, "-'\u2019") && t.attached(k))) {
                return null;
            }
        }
        return owner;
    }

    /**
     * "revenue of €7.4 billion and a profit of €410 million last year": figures joined by "and" share the
     * period written after the last of them.
     */
    private static boolean coordinated(Tokens t, Figure f, Figure other) {
        if (other.startTok < f.endTok || other.startTok - f.endTok > 5) {
            return false;
        }
        boolean and = false;
        for (int k = f.endTok; k < other.startTok; k++) {
            if (!t.isWord(k) && !t.isSymAny(k, "$\u20ac\u00a3")) {
                return false;
            }
            and |= t.is(k, "and");
        }
        return and;
    }

    /** A comma between words lies in {@code [from, to)}. */
    private static boolean commaBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isSym(k, ',') && breaks(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** "rose from $2.2 billion in April 2024 to $5.1 billion": the figure after "to" is the other end of a change. */
    private static boolean toTheOtherEnd(Tokens t, Figure owner, PeriodMention p, Figure f) {
        boolean from = t.is(owner.startTok - 1, "from") || t.is(owner.startTok - 2, "from") || t.is(owner.startTok - 3, "from");
        for (int k = p.endTok(); k < f.startTok && from; k++) {
            if (t.is(k, "to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rose 6.2% after raising its full-year outlook", "fell 3% after it cut its 2026 forecast": a reason
     * after the figure, opened by "after" or "following" and a verb or a pronoun, keeps its periods.
     */
    private static boolean reasonBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isAny(k, REASON_OPENERS) && ((t.isWord(k + 1) && t.lower(k + 1).endsWith("ing") && t.length(k + 1) > 4)
                    || t.isAny(k + 1, REASON_SUBJECTS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", the conglomerate can lose 4,200": after a comma a new subject opens a clause of its own, unlike an
     * apposition (", about 6% of its staff"), a verb (", valued it at") or a subordinator (", while ...");
     * so does one after a coordinating word (", so the 1,100 cuts come to a third").
     */
    private static boolean newSubjectBetween(Tokens t, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (t.isSym(k, ',') && breaks(t, k)) {
                int next = t.isAny(k + 1, COORDINATORS) ? k + 2 : k + 1;
                if (t.isAny(next, SUBJECT_STARTERS) || t.capitalised(next) && t.isWord(next)) {
                    return true; // also past an aside: "at the end of 2024, down from 11,900, so the cuts come to"
                }
            }
        }
        return false;
    }

    /**
     * "down 8% from its January high", "down from 2021", "higher than last year's": a period inside the
     * base of a comparison dates the base, not a figure.
     */
    private static boolean datesTheBase(Tokens t, PeriodMention p) {
        int before = t.isAny(p.startTok() - 1, DETERMINERS) ? p.startTok() - 2 : p.startTok() - 1;
        return t.is(before, "from") || t.is(before, "than") || ofAMultiplesBase(t, p);
    }

    /** Words of a multiple whose base follows them: "more than double its valuation in February". */
    private static final Set<String> MULTIPLES = Set.of("double", "triple", "quadruple", "twice", "thrice");

    /**
     * "values it at $12 billion, more than double its valuation in February", "triple its 2023 revenue": a
     * period in the noun phrase a multiple is taken of dates that base.
     */
    private static boolean ofAMultiplesBase(Tokens t, PeriodMention p) {
        int k = p.startTok() - 1;
        if (t.is(k, "in") || t.is(k, "of") || t.is(k, "at")) {
            k--; // "its valuation in February"
        }
        if (t.isWord(k) && !t.isAny(k, DETERMINERS) && !t.isAny(k, MULTIPLES)) {
            k--; // the noun: "valuation"
        }
        return t.isAny(k, DETERMINERS) && t.isAny(k - 1, MULTIPLES);
    }

    /**
     * "Aviato, founded in 2018, employs 230 people", "Shares of the company, a member of the S&P 500 since
     * 1997, fell 0.8%", "Founded in 2014, Pied Piper is valued at $1.2 billion": a period inside an aside
     * about a name's past, set off by commas (or opening the sentence) and holding no figure, dates no
     * figure outside it.
     */
    private static boolean inAnAsideWithout(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        int open = p.startTok() - 1;
        while (open > 0 && open > p.startTok() - 9 && !t.isSym(open, ',') && !t.isSymAny(open, ";:.")) {
            open--;
        }
        boolean fronted = open <= 0 && !t.isSym(0, ',') && t.isAny(0, FRONTED_ASIDE_OPENERS);
        if (fronted) {
            open = -1; // "Founded in 2014, Pied Piper is valued at $1.2 billion"
        } else if (open <= 0 || !t.isSym(open, ',') || !breaks(t, open) || !t.isWord(open - 1)
                || !t.isAny(open + 1, ASIDE_OPENERS)) {
            return false;
        }
        int close = p.endTok();
        while (close < t.size && close < p.endTok() + 6 && !t.isSymAny(close, ",;:.")) {
            close++;
        }
        return close < t.size && t.isSym(close, ',') && (f.endTok <= open || f.startTok > close)
                && noClaimBetween(draft, open, close);
    }

    /** No checkable figure stands in {@code [from, to)}: "a $300 million Series B in April 2024" is no aside about the past. */
    private static boolean noClaimBetween(ClaimDraft draft, int from, int to) {
        for (Figure other : draft.sentence().figures()) {
            if (other.startTok >= from && other.startTok < to && NumberStage.checkable(draft.sentence(), other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "... and says it will open none this year": a period ahead of publication, in a clause that speaks
     * of the future, lends itself to no figure of another clause.
     */
    private static boolean aheadInAFutureClause(ClaimDraft draft, PeriodMention p) {
        if (!p.ahead()) {
            return false;
        }
        Tokens t = draft.tokens();
        int clause = draft.clauses().at(p.startTok());
        for (int k = 0; k < t.size; k++) {
            if (draft.clauses().at(k) == clause && Lexicon.futureAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMetric(ClaimDraft draft, ClaimDraft previous) {
        String metric = draft.measure() == null ? null : draft.measure().metric();
        String before = previous.measure() == null ? null : previous.measure().metric();
        return metric == null || before == null || metric.equals(before);
    }

    /**
     * The words before token {@code i} make what starts there the base of a comparison: "up from 15,800",
     * "more than", "compared with $31.5 billion" (not "against", which sets two metrics of one time side by side).
     */
    static boolean isComparisonBase(Tokens t, int i) {
        int before = t.isSymAny(i - 1, "$\u20ac\u00a3") ? i - 2 : i - 1;
        return t.is(before, "from") || t.is(before, "than")
                || (t.is(before, "with") || t.is(before, "to")) && t.is(before - 1, "compared");
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

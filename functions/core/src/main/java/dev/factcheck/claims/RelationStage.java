package dev.factcheck.claims;

import dev.factcheck.catalog.BuiltInMetrics;
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
 *   <li>a derived total: "to" before the figure after a verb that adds up or reaches and a word for the
 *       total ("bringing total funding to $310 million", "taking its tally to 3,900", "total capital
 *       raised reaches $900 million"), "a total of 3,900", "3,900 in total", "3,900 all told", "3,900 in
 *       all"; with the number of rounds it sums when the words count them ("over two rounds", "its two
 *       rounds add up to 5,000"), and a "Total" row of a table;</li>
 *   <li>a share ({@link Shares}): "about 6% of its 40,000 staff", "its 850 eliminations were 4.4% of its
 *       people", "the cut is about 5.7%" after a base of people; a percentage without a whole right after a
 *       share ("closer to 5%") is a share of the same whole;</li>
 *   <li>an extreme: a superlative after the figure with "ever", "history", "on record" or "since ..."
 *       after it ("its deepest round of job cuts ever", "its smallest since 2024", "since at least
 *       2020"), an owned superlative of what it counts before it ("In its largest-ever round, ...", "a
 *       record 27,000 jobs"), or a table column whose header is one ("Biggest round");</li>
 *   <li>a figure set against the previous one by "not" states its relation ("$310 million, not the
 *       $400 million");</li>
 *   <li>a multiple: "double", "twice", "triple", "half" after the figure, then a period ("double the
 *       size of its 2023 round").</li>
 * </ul>
 * A figure is a prediction when its period starts after publication, or ends after it and the
 * figure's clause speaks of the future ({@link Lexicon#futureAt}: "will", "plans", a headline's "X to cut") or
 * names an outlook ({@link Lexicon#outlookAt}: "narrowed its full-year forecast to $10.3 billion").
 */
final class RelationStage implements Stage {

    private static final String INVESTMENT = BuiltInMetrics.INVESTMENT.name();

    /** How far after the figure a superlative or a multiple may stand and still describe it. */
    private static final int WINDOW = 14;

    /** How far before the figure a superlative may stand and describe it: "In its largest-ever round, Initech cut". */
    private static final int BEFORE_WINDOW = 12;
    /** How far after a superlative the noun of what it ranks may stand: "its largest-ever round". */
    private static final int NOUN_AFTER_SUPERLATIVE = 4;
    /** Nouns for a round of a flow: "its biggest round ever", "its deepest cut". */
    private static final Set<String> ROUND_WORDS = Set.of("round", "cut", "cuts", "layoff", "layoffs", "reduction",
            "retrenchment", "raise", "tranche");
    /** Owners of a superlative that may describe the figure from far after it: "its biggest since 2020". */
    private static final Set<String> OWNERS = Set.of("its", "their");
    private static final Set<String> EXTREME_ANCHORS = Set.of("ever", "history", "record");
    private static final Map<String, BigDecimal> MULTIPLES = Map.of(
            "double", BigDecimal.valueOf(2), "twice", BigDecimal.valueOf(2), "triple", BigDecimal.valueOf(3),
            "half", new BigDecimal("0.5"));
    private static final Set<String> NEW_ROUND_BEFORE = Set.of("another", "further", "additional");
    /** Words after rounds that make them one sum: "the two rounds together", "both rounds combined". */
    private static final Set<String> TOGETHER = Set.of("together", "combined");
    /** Words after a figure, before the jobs it counts, that make it a new round: "200 further positions". */
    private static final Set<String> NEW_ROUND_AFTER = Set.of("further", "additional");
    /** Verbs that add a round to a total: "bringing total funding to ...". */
    private static final Set<String> ADDING_UP = Set.of("bring", "brings", "bringing", "brought", "take", "takes",
            "taking", "took", "lift", "lifts", "lifting", "lifted", "push", "pushes", "pushing", "pushed", "raise",
            "raises", "raising", "raised");
    /** Words for a total: "bringing total funding to", "its tally", "the number of job cuts this year". */
    private static final Set<String> TOTAL_WORDS = Set.of("total", "tally", "cumulative", "number");
    /** Verbs by which a total reaches its figure: "total capital raised reaches $900 million", "rose to". */
    private static final Set<String> REACHING = Set.of("reach", "reaches", "reached", "reaching", "hit", "hits",
            "tops", "topped", "rose", "rises", "climbed", "climbs", "grew", "grows", "stands", "stood", "came",
            "comes");
    /** Prepositions before a number of rounds that a total sums: "over two rounds", "counting both rounds". */
    private static final Set<String> ROUND_PREPOSITIONS = Set.of("across", "over", "in", "counting", "from",
            "combining", "between");
    /** Verbs by which rounds sum to the figure after them: "add up to", "total", "come to". */
    private static final Set<String> SUMMING_VERBS = Set.of("add", "adds", "added", "total", "totals", "totalled",
            "totaled", "come", "comes", "came", "amount", "amounts", "amounted");
    private static final Set<String> ROUND_DETERMINERS = Set.of("the", "its", "their", "these", "those", "all");
    private static final Set<String> ROUND_NOUNS = Set.of("rounds", "tranches", "instalments", "installments");
    /** How many words after a figure may stand before the rounds it sums: "4,400 people across the two rounds". */
    private static final int ROUNDS_AFTER = 4;
    /** How far before "to" the verb and the word for the total may stand. */
    private static final int TOTAL_WINDOW = 10;

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
        if (relation != Relation.NONE && contrasted(draft) == relation) {
            // "which makes the cut a quarter of the workforce, not a fifth": the same figure in other words,
            // of the same period, never of a period an earlier figure of another kind took
            draft = draft.with(draft.previous().timing());
        }
        return draft.with(new ClaimDraft.Relating(relation, prediction(draft)));
    }

    private static Relation relation(ClaimDraft draft) {
        Relation column = tableColumnRelation(draft);
        if (column != null) {
            return column;
        }
        Relation contrasted = contrasted(draft);
        if (contrasted != null) {
            return contrasted;
        }
        if (newRound(draft) || stepOfTheTotalItBrings(draft)) {
            return new Relation.NewRound();
        }
        Relation.Total total = derivedTotal(draft);
        if (total != null) {
            return total;
        }
        Relation share = Shares.of(draft);
        if (share != null) {
            return share;
        }
        Relation around = extremeOrMultiple(draft);
        if (around == null) {
            around = extremeBefore(draft);
        }
        return around != null ? around : Relation.NONE;
    }

    /**
     * A superlative written before the figure: "a record 2,400 jobs", or a superlative of the figure's
     * owner naming what the figure counts, with "ever", "on record", "in its history" or "since ..."
     * after it, and no checkable figure before it in the sentence ("In its largest-ever round, Initech
     * cut 2,400", "Initech's biggest layoff on record, 2,400 jobs in March"). "Its biggest customer
     * ever, Globex, cut 2,400" names no round of the figure's count, and "laid off 600, its biggest cut
     * since 2023, when it dismissed 450" ranks the 600.
     */
    private static Relation.Extreme extremeBefore(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        if (t.is(start - 1, "record") && t.is(start - 2, "a")) {
            return new Relation.Extreme(true, null);
        }
        for (Figure other : draft.sentence().figures()) {
            if (other.endTok <= start && NumberStage.checkable(draft.sentence(), other)) {
                return null; // "laid off 600, its biggest cut since 2023, when it dismissed 450": the 600's
            }
        }
        int from = Math.max(0, start - BEFORE_WINDOW);
        for (int k = from; k < start; k++) {
            if (t.isSym(k, ';')) {
                from = k + 1;
            }
        }
        for (int k = from; k < start; k++) {
            boolean largest = t.isAny(k, Lexicon.LARGEST);
            boolean owned = t.isAny(k - 1, OWNERS) || t.is(k - 1, "s") && t.isSymAny(k - 2, "'\u2019");
            if ((largest || t.isAny(k, Lexicon.SMALLEST)) && owned && namesTheCount(draft, k)) {
                Relation.Extreme extreme = extreme(draft, k, largest);
                if (extreme != null) {
                    return extreme;
                }
            }
        }
        return null;
    }

    /** A word naming what the figure counts stands within a few words after the superlative: "biggest layoff". */
    private static boolean namesTheCount(ClaimDraft draft, int superlative) {
        for (MetricCues.Cue cue : draft.sentence().cues()) {
            if (cue.start() > superlative && cue.start() <= superlative + NOUN_AFTER_SUPERLATIVE
                    && cue.metric().name().equals(draft.measure().metric())) {
                return true;
            }
        }
        Tokens t = draft.tokens();
        for (int k = superlative + 1; k <= superlative + NOUN_AFTER_SUPERLATIVE; k++) {
            if (t.isAny(k, ROUND_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure under a "Biggest round" header claims to be its row's largest; a percentage under a
     * "Share of workforce" header is a share of the row's organisation; a figure in a "Total" row is a
     * total of the rounds above.
     */
    private static Relation tableColumnRelation(ClaimDraft draft) {
        TableRow row = draft.sentence().row();
        TableReader.Cell cell = row == null ? null : row.cellAt(draft.tokens(), draft.figure().startTok);
        TableLayout.Column column = cell == null ? null : row.layout().column(cell.column());
        Relation relation = column == null ? null : column.relation();
        if (relation instanceof Relation.Share && draft.measure().unit() != Unit.PERCENT) {
            relation = null;
        }
        return relation == null && row != null && row.total() && column != null && !column.change()
                ? new Relation.Total() : relation;
    }

    /**
     * "has raised $310 million, not the "$400 million" in several profiles": a figure set against the
     * previous one of its sentence by "not" states the same relation in other words (a rival total,
     * share or extreme), so it is judged the same way.
     */
    private static Relation contrasted(ClaimDraft draft) {
        Tokens t = draft.tokens();
        ClaimDraft previous = draft.previous();
        int k = draft.qualifying().spanStart() - 1;
        while (t.isSymAny(k, "\"\u201c'\u2018") || t.is(k, "the")) {
            k--;
        }
        if (previous == null || !t.is(k, "not") || previous.measure().unit() != draft.measure().unit()
                || previous.relating().relation() instanceof Relation.Standalone) {
            return null;
        }
        return previous.relating().relation();
    }

    /**
     * "another 2,400", "a further 9,000", "2,400 more", "200 further positions", "1,000 additional jobs"
     * (not "2,400 or more", not "more than 2,400").
     */
    private static boolean newRound(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        int end = draft.figure().endTok;
        boolean before = t.isAny(start - 1, NEW_ROUND_BEFORE);
        boolean after = (t.is(end, "more") && !t.is(end + 1, "than"))
                || (t.isAny(end, NEW_ROUND_AFTER) && t.isWord(end + 1) && t.isAny(end + 1, Lexicon.JOB_NOUNS));
        return before || after;
    }

    /** Nouns of a running total of money put in: "lifting its total investment to", "bringing its stake to". */
    private static final Set<String> INVESTED_TOTALS = Set.of("investment", "investments", "stake", "holding");
    /** How far after the verb that brings a total its noun may stand: "lifting its total investment to". */
    private static final int INVESTED_TOTAL_WINDOW = 4;

    /**
     * "put $250 million into the round, lifting its total investment to $350 million": money put in, with
     * the total of what was invested it brings about named after it in its sentence, is a step of that
     * running total, judged against the step between its records (a further round), not against the
     * total, however long after the round the text was written.
     */
    private static boolean stepOfTheTotalItBrings(ClaimDraft draft) {
        if (!INVESTMENT.equals(draft.measure().metric())) {
            return false;
        }
        Tokens t = draft.tokens();
        for (int k = draft.qualifying().spanEnd(); k < t.size && !t.isNum(k) && !t.isSym(k, ';'); k++) {
            if (t.isAny(k, ADDING_UP)) {
                for (int j = k + 1; j <= k + INVESTED_TOTAL_WINDOW && j < t.size && t.isWord(j); j++) {
                    if (t.isAny(j, INVESTED_TOTALS)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "bringing total funding to $310 million", "taking its tally to 3,900", "total capital raised
     * reaches $900 million" (a word for the total and a verb that adds up or reaches, then "to", "at"
     * or the reaching verb right before the figure, all in its clause), "a total of 3,900", "3,900 jobs
     * in total", "3,900 all told", "3,900 in all", "3,900 altogether", and a figure of rounds it counts
     * ({@link #roundsCounted}).
     * "bringing the workforce down to 31,000" names no total.
     */
    private static Relation.Total derivedTotal(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        int end = draft.qualifying().spanEnd();
        int rounds = roundsCounted(draft);
        if (rounds > 0) {
            return new Relation.Total(rounds);
        }
        if (t.is(start - 1, "of") && t.is(start - 2, "total") && t.is(start - 3, "a")) {
            return new Relation.Total();
        }
        // "1,350 jobs in total", "3,900 in all", "10,700 altogether": the figure's noun may stand between.
        for (int k = end; k <= end + 2 && t.isWord(k); k++) {
            if (t.is(k, "in") && (t.is(k + 1, "total") || t.is(k + 1, "all") && !t.isWord(k + 2))
                    || t.is(k, "all") && t.is(k + 1, "told") || t.is(k, "altogether")) {
                return new Relation.Total();
            }
        }
        boolean reached = t.isAny(start - 1, REACHING);
        if (!t.is(start - 1, "to") && !t.is(start - 1, "at") && !reached) {
            return null;
        }
        int clause = draft.clauses().at(start - 1);
        boolean total = false;
        boolean verb = reached;
        for (int k = start - 2; k >= Math.max(0, start - 2 - TOTAL_WINDOW) && draft.clauses().at(k) == clause; k--) {
            if (t.isNum(k) && CalendarDates.yearAt(t, k, new boolean[t.size]) < 0) {
                return null; // a figure the total is brought from, not a year ("its tally for 2025")
            }
            total |= t.isAny(k, TOTAL_WORDS);
            verb |= t.isAny(k, ADDING_UP) || t.isAny(k, REACHING);
            if (total && verb) {
                // "The cuts, about 2.5% of its 35,700 staff, bring the year's total to 2,100": the figures
                // before the verb are the subject's, not a level the total is brought from.
                return new Relation.Total();
            }
        }
        return null;
    }

    /**
     * How many rounds the figure sums by its words, or 0: right after it or fronted before it with no
     * figure between, a preposition, then a number of rounds ("has raised $900 million over two
     * rounds", "Across the two rounds, the group has let go of 4,400 people", "Counting both rounds,
     * the company has raised $310 million").
     */
    private static int roundsCounted(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int after = draft.qualifying().spanEnd();
        for (int k = after; k < Math.min(t.size, after + ROUNDS_AFTER); k++) {
            int rounds = countedRounds(t, k);
            if (rounds > 0) {
                return rounds;
            }
        }
        for (int k = draft.qualifying().spanStart() - 1; k >= 0 && !t.isNum(k) && !t.isSymAny(k, ";:"); k--) {
            int rounds = countedRounds(t, k);
            if (rounds == 0 && t.isAny(k, ROUND_NOUNS) && t.isAny(k + 1, TOGETHER)) {
                rounds = roundCount(t, k - 1); // "the two rounds together have taken just shy of 1,800 roles"
            }
            if (rounds > 0) {
                return rounds;
            }
        }
        return roundsThatSumTo(t, draft.qualifying().spanStart());
    }

    /**
     * "its two rounds add up to 5,000", "the three tranches total $95 million": rounds that a verb of
     * summing right before the figure makes its subject; 0 when there are none.
     */
    private static int roundsThatSumTo(Tokens t, int figureStart) {
        int verb = figureStart - 1;
        if (t.is(verb, "to") && t.is(verb - 1, "up")) {
            verb -= 2;
        } else if (t.is(verb, "to")) {
            verb--;
        }
        if (!t.isAny(verb, SUMMING_VERBS)) {
            return 0;
        }
        return t.isAny(verb - 1, ROUND_NOUNS) ? roundCount(t, verb - 2) : 0;
    }

    /** The number of rounds "over two rounds", "across the two rounds", "counting both rounds" at {@code k} names, or 0. */
    private static int countedRounds(Tokens t, int k) {
        if (!t.isAny(k, ROUND_PREPOSITIONS)) {
            return 0;
        }
        int n = k + 1;
        while (t.isAny(n, ROUND_DETERMINERS)) {
            n++;
        }
        return t.isAny(n + 1, ROUND_NOUNS) ? roundCount(t, n) : 0;
    }

    /** The number of rounds the word at {@code n} counts: "both", "two", "3"; 0 for none. */
    private static int roundCount(Tokens t, int n) {
        if (t.is(n, "both")) {
            return 2;
        }
        Integer word = t.isWord(n) ? Lexicon.NUMBER_WORDS.get(t.lower(n)) : null;
        int count = word != null ? word : t.isNum(n) ? t.intValue(n) : 0;
        return Math.max(count, 0);
    }

    /**
     * A superlative or a multiple written after the figure, before the sentence's next checkable
     * figure: within a few words, or for a superlative of the figure's owner anywhere later in the
     * sentence ("will cut about 1,900 jobs, the group announced on Tuesday, its second reduction in 17
     * months and its biggest since at least 2020").
     */
    private static Relation extremeOrMultiple(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        int end = t.size;
        for (Figure other : draft.sentence().figures()) {
            if (other.startTok >= f.endTok && other.startTok < end && NumberStage.checkable(draft.sentence(), other)) {
                end = other.startTok;
            }
        }
        int near = Math.min(end, f.endTok + WINDOW);
        for (int k = f.endTok; k < end; k++) {
            if (t.isSym(k, ';')) {
                return null;
            }
            boolean largest = t.isAny(k, Lexicon.LARGEST);
            boolean owned = t.isAny(k - 1, OWNERS) || t.is(k - 1, "s") && t.isSymAny(k - 2, "'\u2019");
            if ((largest || t.isAny(k, Lexicon.SMALLEST)) && ofTheRanked(t, k)) {
                return extremeOfTheRanked(draft, k, largest);
            }
            if ((largest || t.isAny(k, Lexicon.SMALLEST)) && !(t.is(k, "most") && t.is(k + 1, "of")) && (k < near || owned)) {
                return extreme(draft, k, largest);
            }
            BigDecimal factor = t.is(k, "three") && t.is(k + 1, "times") ? BigDecimal.valueOf(3)
                    : t.isWord(k) ? MULTIPLES.get(t.lower(k)) : null;
            if (factor != null && k < near) {
                return multiple(draft, k, factor);
            }
        }
        return null;
    }

    /**
     * "its largest round ever", "the biggest in its history", "its smallest since 2024", "its biggest
     * since at least 2020", "a record".
     */
    private static Relation.Extreme extreme(ClaimDraft draft, int at, boolean largest) {
        Tokens t = draft.tokens();
        for (int k = at + 1; k < Math.min(t.size, at + 8); k++) {
            if (t.isAny(k, EXTREME_ANCHORS)) {
                return new Relation.Extreme(largest, null);
            }
            // "since at least 2020": the hedge leaves the period's words without their "since".
            boolean sinceAtLeast = t.is(k - 3, "since") && t.is(k - 2, "at") && t.is(k - 1, "least");
            for (PeriodMention p : draft.sentence().periods()) {
                if (p.startTok() == k && (p.since() || sinceAtLeast) && p.period() != null) {
                    return new Relation.Extreme(largest, p.period().from());
                }
            }
        }
        return null;
    }

    /** Words after "of" that name the rounds a superlative ranks among: "the largest of the three", "of them". */
    private static final Set<String> RANKED = Set.of("them", "those", "these");

    /** "the largest of the three", "the biggest of them", "the smallest of its three rounds". */
    private static boolean ofTheRanked(Tokens t, int superlative) {
        if (!t.is(superlative + 1, "of")) {
            return false;
        }
        int n = superlative + 2;
        if (t.isAny(n, RANKED)) {
            return true;
        }
        while (t.isAny(n, ROUND_DETERMINERS)) {
            n++;
        }
        return roundCount(t, n) > 1 && (!t.isWord(n + 1) || t.isAny(n + 1, ROUND_WORDS) || t.isAny(n + 1, ROUND_NOUNS));
    }

    /**
     * "its third round of layoffs in less than two years and the largest of the three": a superlative
     * among the rounds a rank counted ranks the figure among the rounds of the window the sentence names
     * before it, since that window's start; without a window it ranks nothing this reader can check.
     */
    private static Relation.Extreme extremeOfTheRanked(ClaimDraft draft, int superlative, boolean largest) {
        PeriodMention window = null;
        for (PeriodMention p : draft.sentence().periods()) {
            if (p.endTok() <= superlative && p.period() != null) {
                window = p;
            }
        }
        return window == null ? null : new Relation.Extreme(largest, window.period().from());
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
            if (draft.clauses().at(i) == clause && (Lexicon.futureAt(t, i) || Lexicon.outlookAt(t, i))) {
                return true;
            }
        }
        return false;
    }
}

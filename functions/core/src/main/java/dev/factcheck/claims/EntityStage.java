package dev.factcheck.claims;

import java.util.List;
import java.util.Set;

/**
 * The entity stage: whose figure it is. The subject of the figure's clause before it, else a name
 * after a preposition there, else the first name after the figure in the clause, else the latest
 * name of an earlier clause, else the organisation the article named last. A possessive right before
 * the figure ("Walmart's 2.1m") wins; places and counterparties never are the entity, and a figure
 * "across the sector" or of several organisations together ("Amazon and Meta cut 24,000") has none. Also finds the
 * counterparty nearest the figure in its clause, for the metric stage to use or not.
 */
final class EntityStage implements Stage {

    /** Nouns that name a part of an organisation after "its", "our", "their" or a possessive. */
    static final Set<String> PART_NOUNS = Set.of(
            "division", "divisions", "unit", "units", "plant", "plants", "factory", "factories", "warehouse",
            "warehouses", "arm", "subsidiary", "subsidiaries", "segment", "campus", "branch", "branches", "site",
            "sites", "studio", "studios", "mill", "mills", "mine", "mines", "hub", "hubs", "depot", "depots", "facility",
            "facilities", "centre", "center", "office", "smelter", "refinery", "yard", "shipyard");
    /** Determiners that name a part without an owner: "the Sirius Home division", "a pilot plant". */
    private static final Set<String> PART_DETERMINERS = Set.of("the", "a", "an", "one", "that", "this");
    /** Words that open a clause about the part right before them: "a plant that employs 350", "the hub, where it employed". */
    private static final Set<String> ABOUT_THE_PART = Set.of("which", "that", "where", "whose");
    /** How many tokens a place may take between a part noun and its clause: "a plant in Lima, Ohio, that employs". */
    private static final int PLACE_AFTER_PART = 6;
    /** Nouns of a cut that a figure before "of the" counts a part of: "250 of the new redundancies". */
    private static final Set<String> CUT_NOUNS = Set.of("cuts", "redundancies", "layoffs", "lay-offs", "jobs", "roles",
            "positions", "reductions", "eliminations", "job");
    /** How many words may describe a cut between "of the" and its noun: "of the coming job cuts". */
    private static final int CUT_MODIFIERS = 2;
    private static final Set<String> OWNERS = Set.of("its", "our", "their");
    private static final Set<String> PLACE_WORDS = Set.of("at", "in", "on", "across");
    /** Determiners of a round that name no owner: "the previous round", "that round". */
    private static final Set<String> ROUND_DETERMINERS = Set.of("the", "that", "this");
    /** Words before a verb of holding that name no holder: "and still holds". */
    private static final Set<String> ELIDED_HOLDER_WORDS = Set.of("and", "but", "still", "also", "now", "which", "that");
    /** Verbs that put a value on the organisation after them: "values the company at $12 billion". */
    private static final Set<String> VALUING_VERBS = Set.of("values", "valued", "valuing", "value");
    /** How many words of a hedge may stand between "at" and a valuation: "at roughly $7.5 billion". */
    private static final int VALUE_HEDGE_WORDS = 2;
    /** Nouns of a round of funding. */
    private static final Set<String> ROUND_NOUNS = Set.of("round", "financing");
    /** How many words may name a round after its figure: "$600 million Series C round". */
    private static final int ROUND_WORDS = 4;
    /** Prepositions before the organisation a round is for: "a round for the start-up", "a round in Hooli". */
    private static final Set<String> ROUND_OWNER_PREPOSITIONS = Set.of("for", "in", "at");
    /** How far after the figure "across the sector" may stand: "another 50,000 jobs across the sector". */
    private static final int MARKET_WINDOW = 5;

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        return draft.with(new ClaimDraft.Subject(entityFor(draft), counterpartyFor(draft), partFor(draft)));
    }

    /**
     * The part of the organisation the figure is about: "its Skyline Labs division alone employs
     * 2,300" (the part leads the figure's clause), "its vaccines unit, which numbered roughly 4,000"
     * (the figure's relative clause hangs on it), "600 workers at its Raccoon Falls plant" (the figure
     * is counted at it), and so is a figure counted out of it ("dismissed 45 out of roughly 600 workers
     * at its Raccoon Falls plant": the 45 were the plant's too). Null when the figure is about the
     * whole organisation.
     */
    private static String partFor(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        int clause = draft.figureClause();
        int clauseStart = f.startTok;
        while (clauseStart > 0 && clauses.at(clauseStart - 1) == clause) {
            clauseStart--;
        }
        int from = clauses.relative(f.startTok) ? Math.max(0, clauseStart - 6) : clauseStart;
        Figure whole = countedOutOf(draft);
        int reach = whole == null ? f.endTok : whole.endTok;
        for (int k = from; k < Math.min(t.size, reach + 8); k++) {
            if (!t.isAny(k, PART_NOUNS) || (k >= f.endTok && clauses.at(k) != clause)) {
                continue;
            }
            int owner = ownerBefore(t, k);
            boolean after = owner >= f.endTok;
            // ", mainly in its trading division", ", most of them at its plant": an aside says where a cut fell
            int place = t.is(owner - 1, "the") ? owner - 2 : owner - 1; // "at the company's Daventry hub"
            if (owner >= 0 && (!after || (t.isAny(place, PLACE_WORDS) && !commaBetween(t, f.endTok, owner)))) {
                return t.text.substring(t.start[owner], t.end[k]);
            }
        }
        int named = partNamedBefore(draft);
        if (named >= 0) {
            return t.text.substring(t.start[named], t.end[partNounAfter(t, named)]);
        }
        String calledByName = partCalledByItsName(draft);
        if (calledByName != null) {
            return calledByName;
        }
        String people = partOfAnOwnersPeople(draft);
        return people != null ? people : partOfACut(t, f);
    }

    /**
     * The organisation whose people the figure counts a number of: "about 9,000 of Stark's hourly workers"
     * (a possessive right after "of", a people noun at most two words after it), or null.
     */
    private static Mention ownerOfThePeopleCounted(Tokens t, List<Mention> mentions, Figure f) {
        if (!t.is(f.endTok, "of")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start == f.endTok + 1 && !m.part && t.isSymAny(m.end, "'\u2019") && t.is(m.end + 1, "s")) {
                for (int k = m.end + 2; k <= m.end + 2 + CUT_MODIFIERS && t.isWord(k); k++) {
                    if (t.isAny(k, Lexicon.PEOPLE_HEADS)) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "represents about 9,000 of Stark's hourly workers": a figure counted out of an organisation's people,
     * named with its possessive, is a part of them that no record holds. Not when the figure's clause cuts
     * them ("laid off 500 of Stark's workers" is Stark's cut).
     */
    private static String partOfAnOwnersPeople(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Mention owner = ownerOfThePeopleCounted(t, draft.sentence().mentions(), f);
        if (owner == null || cutBefore(draft)) {
            return null;
        }
        int noun = owner.end + 2;
        while (!t.isAny(noun, Lexicon.PEOPLE_HEADS)) {
            noun++;
        }
        return "part of " + t.text.substring(t.start[owner.start], t.end[noun]);
    }

    /** A word that cuts people stands in the figure's clause before it. */
    private static boolean cutBefore(ClaimDraft draft) {
        for (int k = draft.figure().startTok - 1; k >= 0 && draft.clauses().at(k) == draft.figureClause(); k--) {
            if (Shares.cutAt(draft.tokens(), k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isSym(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of a part named with a determiner that the figure is about, or -1: a clause about the
     * part holds the figure ("the Sirius Home division, which employs about 2,100 people", "a pilot plant
     * in Lima, Ohio, that employs about 350 people"), or the part opens the sentence and no organisation
     * stands between it and the figure ("The Kuiper Systems division, which makes satellites, had 2,300
     * staff").
     */
    private static int partNamedBefore(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        for (int k = f.startTok - 1; k >= 0; k--) {
            if (!t.isAny(k, PART_NOUNS) || !t.isWord(k)) {
                continue;
            }
            int det = determinerBefore(t, k);
            if (det < 0 || !PeriodStage.noFigureBetween(draft, k + 1, f.startTok)) {
                return -1;
            }
            if (clauseAboutThePart(t, k, f.startTok)) {
                return det;
            }
            boolean opensTheSentence = det == 0 || (det == 1 && !t.isWord(0));
            return opensTheSentence && clauses.at(det) == draft.figureClause() && !organisationBetween(draft, k, f.startTok)
                    ? det : -1;
        }
        return -1;
    }

    /** The determiner at most four words before the part noun at {@code k}, names and modifiers between; -1 when none. */
    private static int determinerBefore(Tokens t, int k) {
        for (int i = k - 1; i >= Math.max(0, k - 5); i--) {
            if (t.isAny(i, PART_DETERMINERS)) {
                return i;
            }
            if (!t.isWord(i) && !t.isSym(i, '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** The part noun the determiner at {@code det} opens. */
    private static int partNounAfter(Tokens t, int det) {
        int k = det + 1;
        while (!t.isAny(k, PART_NOUNS)) {
            k++;
        }
        return k;
    }

    /** "which", "that", "where" or "whose" opens a clause after the part noun at {@code k}, a place between, before the figure. */
    private static boolean clauseAboutThePart(Tokens t, int k, int figureStart) {
        for (int i = k + 1; i < Math.min(figureStart, k + 2 + PLACE_AFTER_PART); i++) {
            if (t.isAny(i, ABOUT_THE_PART)) {
                return true;
            }
            if (!t.isWord(i) && !t.isSym(i, ',')) {
                return false;
            }
        }
        return false;
    }

    private static boolean organisationBetween(ClaimDraft draft, int from, int to) {
        for (Mention m : draft.sentence().mentions()) {
            if (m.start > from && m.end <= to && m.kind != Mention.Kind.COREF) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Around 250 of the new redundancies will fall in Germany", "at least 1,500 of the coming cuts":
     * a figure counted out of a cut (no figure of its own between) is a part of it, which no record holds.
     */
    private static String partOfACut(Tokens t, Figure f) {
        int k = t.isSymAny(f.endTok, "\"\u201d") ? f.endTok + 1 : f.endTok; // "at least 1,500" of the cuts
        if (!t.is(k, "of") || !(t.is(k + 1, "the") || t.isAny(k + 1, OWNERS) || t.is(k + 1, "these") || t.is(k + 1, "those"))) {
            return null;
        }
        for (int i = k + 2; i <= k + 2 + CUT_MODIFIERS && t.isWord(i); i++) {
            if (t.isAny(i, CUT_NOUNS)) {
                int last = t.isWord(i + 1) && t.isAny(i + 1, CUT_NOUNS) ? i + 1 : i; // "of its job cuts"
                return "part of " + t.text.substring(t.start[k + 1], t.end[last]);
            }
        }
        return null;
    }

    /**
     * The part the figure's sentence names last before it, when no other organisation is named between
     * ("Offworld's revenue was €1.4 billion" after "its Offworld Robotics subsidiary ("Offworld")"), or null.
     */
    private static String partCalledByItsName(ClaimDraft draft) {
        String part = null;
        for (Mention m : draft.sentence().mentions()) {
            if (m.end > draft.figure().startTok) {
                break;
            }
            if (!m.objectRole && !m.attribution && !(m.kind == Mention.Kind.UNKNOWN && m.placeLike)) {
                part = m.part && m.partName ? m.surface : null;
            }
        }
        return part;
    }

    /** The figure right after "out of" or "of" that this one is counted out of ("45 out of roughly 600"), or null. */
    private static Figure countedOutOf(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int at = draft.figure().endTok;
        int after = t.is(at, "out") && t.is(at + 1, "of") ? at + 2 : t.is(at, "of") ? at + 1 : -1;
        if (after < 0) {
            return null;
        }
        for (Figure other : draft.sentence().figures()) {
            if (other.startTok >= after && other.startTok <= after + 2) {
                return other;
            }
        }
        return null;
    }

    /** The "its" (or "X's") that owns the part noun at {@code k}, at most four words before it; -1 when none. */
    private static int ownerBefore(Tokens t, int k) {
        for (int i = k - 1; i >= Math.max(0, k - 5); i--) {
            if (t.isAny(i, OWNERS)) {
                return i;
            }
            if (t.is(i, "s") && t.isSymAny(i - 1, "'\u2019")) {
                return t.isWord(i - 2) ? i - 2 : i - 1; // "the company's Daventry hub": the part of the company
            }
            if (!t.isWord(i) && !t.isSym(i, '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static String entityFor(ClaimDraft draft) {
        Figure f = draft.figure();
        if (acrossAWholeMarket(draft.tokens(), f.endTok)) {
            return null;
        }
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        List<Mention> mentions = draft.sentence().mentions();
        Mention subject = null;
        Mention prepositional = null;
        Mention after = null;
        Mention earlierSubject = null;
        Mention earlierPrepositional = null;
        for (Mention m : mentions) {
            if (m.objectRole || m.attribution || m.bought || (m.kind == Mention.Kind.UNKNOWN && m.placeLike)) {
                continue;
            }
            boolean sameClause = clauses.at(m.start) == figureClause;
            if (m.end <= f.startTok) {
                if (sameClause) {
                    if (m.prepositional) {
                        prepositional = m;
                    } else {
                        subject = m;
                    }
                } else if (m.prepositional) {
                    earlierPrepositional = m;
                } else {
                    earlierSubject = m;
                }
            } else if (m.start >= f.endTok && sameClause && after == null) {
                after = m;
            }
        }
        Tokens t = draft.tokens();
        for (Mention m : mentions) {
            // Walmart's 2.1m: a possessive right before the figure names whose it is.
            if (m.end == f.startTok - 2 && !m.objectRole && f.possessiveBefore) {
                return m.entity;
            }
        }
        Mention owner = subject == null && prepositional == null ? ownerOfThePeopleCounted(t, mentions, f) : null;
        if (owner != null) {
            return owner.entity; // "which represents about 9,000 of Stark's hourly workers": Stark's people
        }
        Mention valued = valuedBefore(t, mentions, f.startTok);
        if (valued != null) {
            return valued.entity; // "whose latest round valued it at $7.5 billion": the company valued
        }
        if (prepositional != null && (subject == null || prepositional.start > subject.start)
                && doerOfAnAbsolute(draft.tokens(), prepositional)) {
            return prepositional.entity; // "..., with Globex chipping in $500 million of that"
        }
        if (subject != null && coordinated(draft.tokens(), mentions, subject)) {
            return null; // "Globex, Initech and Umbrella together cut 8,800 jobs": no one company's figure
        }
        int holding = Coreferences.holdingVerbBefore(t, f.startTok);
        if (holding >= 0 && subject == null && prepositional == null && ownerNamesNoOrganisation(t, clauses, holding)) {
            return null; // "the state still owns 62% of the shares": held by no organisation
        }
        Mention roundOwner = roundOwnerAfter(draft.tokens(), mentions, f.endTok);
        if (roundOwner != null) {
            return roundOwner.entity; // "joining a $1.1 billion funding round for the start-up": the start-up's round
        }
        if (subject == null && prepositional == null) {
            // "led by Nakatomi, which has invested $450 million": the name the relative clause hangs on, a backer too
            Mention relative = Coreferences.relativeAntecedent(draft.tokens(), mentions, clauses, f.startTok);
            if (relative != null && !relative.objectRole) {
                return relative.entity;
            }
        }
        if (subject == null && prepositional == null && ownerlessRoundBefore(draft)
                && draft.sentence().ownership().raiserEntity() != null) {
            return draft.sentence().ownership().raiserEntity(); // "The previous round brought in $650 million"
        }
        Mention chosen = subject != null ? subject : prepositional != null ? prepositional
                : after != null ? after : earlierSubject != null ? earlierSubject : earlierPrepositional;
        if (chosen != null) {
            return chosen.entity;
        }
        return draft.sentence().priorEntity();
    }

    /**
     * The organisation a round the figure measures is for, named right after the round ("a $1.1 billion
     * funding round for the start-up", "a $120 million Series B round in Kelvin Labs", "the $600 million
     * round at Hooli"), or null.
     */
    private static Mention roundOwnerAfter(Tokens t, List<Mention> mentions, int after) {
        int k = after;
        while (k < after + ROUND_WORDS && t.isWord(k) && !t.isAny(k, ROUND_NOUNS) && !t.isAny(k, Lexicon.PREPOSITIONS)
                && !t.isAny(k, PART_DETERMINERS)) {
            k++;
        }
        if (!t.isAny(k, ROUND_NOUNS) || !t.isAny(k + 1, ROUND_OWNER_PREPOSITIONS)) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start == k + 2 && !m.attribution && !(m.kind == Mention.Kind.UNKNOWN && m.placeLike)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the clause of the verb of holding at {@code verb} names its holder in words, not as an
     * organisation: "and the state still owns", "its founders hold" (an elided holder, "and holds", is
     * the earlier subject's).
     */
    private static boolean ownerNamesNoOrganisation(Tokens t, Clauses clauses, int verb) {
        for (int k = verb - 1; k >= 0 && clauses.at(k) == clauses.at(verb); k--) {
            if (t.isWord(k) && !t.isAny(k, ELIDED_HOLDER_WORDS) && !t.lower(k).endsWith("ly")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation a valuing verb values at the figure ("values the company at $12 billion", "valued it
     * at roughly $7.5 billion"), or null.
     */
    private static Mention valuedBefore(Tokens t, List<Mention> mentions, int figureStart) {
        int at = figureStart - 1;
        while (at > figureStart - 1 - VALUE_HEDGE_WORDS && t.isWord(at) && !t.is(at, "at")) {
            at--; // "at roughly $7.5 billion"
        }
        if (!t.is(at, "at")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end == at && t.isAny(m.start - 1, VALUING_VERBS) && !m.part) {
                return m;
            }
        }
        return null;
    }

    /** "with Globex chipping in": the name after "with" does what the word in -ing after it says. */
    private static boolean doerOfAnAbsolute(Tokens t, Mention m) {
        return t.is(m.start - 1, "with") && t.isWord(m.end) && t.lower(m.end).endsWith("ing") && t.length(m.end) > 4;
    }

    /**
     * A round that names no owner stands before the figure in its clause: "The previous round, in June
     * 2024, brought in $650 million", "That round raised $60 million". It is the round of the company that
     * last raised money, not of the investor named last.
     */
    private static boolean ownerlessRoundBefore(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int clause = draft.figureClause();
        for (int k = draft.figure().startTok - 1; k >= 0 && draft.clauses().at(k) == clause; k--) {
            if (t.is(k, "round") || t.is(k, "financing")) {
                for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
                    if (t.isAny(d, ROUND_DETERMINERS)) {
                        return true;
                    }
                    if (!t.isWord(d)) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The subject is the last of several organisations joined by "and" or "&" ("Amazon and Meta cut ..."). */
    private static boolean coordinated(Tokens t, List<Mention> mentions, Mention subject) {
        int at = subject.start - 1;
        if (!t.is(at, "and") && !t.isSym(at, '&')) {
            return false;
        }
        for (Mention m : mentions) {
            if (m != subject && m.end == at && !m.attribution) {
                return true;
            }
        }
        return false;
    }

    /** "another 50,000 across the sector", "8,000 jobs across the industry": a figure of a whole market. */
    private static boolean acrossAWholeMarket(Tokens t, int after) {
        for (int k = after; k < Math.min(t.size, after + MARKET_WINDOW); k++) {
            if (t.is(k, "across") && t.is(k + 1, "the") && t.isAny(k + 2, Lexicon.WHOLE_MARKETS)) {
                return true;
            }
            if (!t.isWord(k) && !t.isSymAny(k, "\"\u201d")) {
                return false;
            }
        }
        return false;
    }

    /** The counterparty ("in Anthropic") nearest the figure in its clause, or null. */
    private static String counterpartyFor(ClaimDraft draft) {
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : draft.sentence().mentions()) {
            if (!m.objectRole || m.part || clauses.at(m.start) != figureClause) {
                continue;
            }
            int distance = m.start >= f.endTok ? m.start - f.endTok : f.startTok - m.end + 1;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        // An unknown name counts by its words; "the company" that resolved to nothing names no one.
        return best.entity != null ? best.entity : best.kind == Mention.Kind.COREF ? null : best.surface;
    }
}

package dev.factcheck.claims;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.BuiltInMetrics;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The metric stage: the metric cue nearest the figure in its clause names its metric; a figure
 * with no cue that continues the previous one ("a further 9,000") repeats its measure; a bare figure
 * counts people when its cue or the words after it say so. A metric reported per counterparty
 * (investments) takes the entity stage's counterparty.
 */
final class MetricStage implements Stage {

    static final Set<String> HIRING_WORDS = Set.of(
            "hire", "hires", "hired", "hiring", "add", "adds", "added", "adding", "recruit", "recruits", "recruited",
            "recruiting", "signed", "sign", "create", "creates", "created", "creating");
    /**
     * Verbs that move or train people the company already has: "retrain 1,200 warehouse workers" counts
     * people acted on, like hiring, never the level of the workforce.
     */
    private static final Set<String> RETRAINING = Set.of("retrain", "retrains", "retrained", "retraining", "reskill",
            "reskills", "reskilled", "reskilling", "upskill", "upskills", "upskilled", "upskilling", "redeploy",
            "redeploys", "redeployed", "redeploying", "relocate", "relocates", "relocated", "relocating", "transfer",
            "transfers", "transferred", "transferring", "train", "trains", "trained");
    /** Words for jobs no one holds: "300 vacancies", "400 open positions", "1,200 job openings". */
    private static final Set<String> UNHELD_JOBS = Set.of("vacancies", "vacancy", "openings");
    /** Adjectives that make the jobs after them unheld: "400 open positions" ("1,355 restaurants open" are places). */
    private static final Set<String> UNHELD = Set.of("open", "vacant", "unfilled");
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her");
    private static final Set<String> HEDGES_AFTER_OWNER = Set.of("about", "some", "roughly", "nearly", "around",
            "approximately");
    /** Sums of money that no metric describes: a figure they name right before or after it is none of the clause's metric. */
    static final Set<String> MONEY_WITHOUT_METRIC = Set.of(
            "gain", "gains", "charge", "charges", "saving", "savings", "cost", "costs", "price", "proceeds",
            "write-down", "writedown", "impairment", "fine", "penalty", "settlement", "severance", "buyback",
            "dividend", "dividends", "capex", "budget", "spending", "expenditure", "expenditures", "backlog", "orders");
    private static final Set<String> AGAIN_WORDS = Set.of("another", "further", "additional");
    /** A company's loss, which is its profit below zero: "posted a loss of £38 million". */
    private static final Set<String> LOSSES = Set.of("loss", "losses");
    /** Words that may stand between a sum of money and its loss: "a £38 million pre-tax loss". */
    private static final Set<String> LOSS_KINDS = Set.of("net", "operating", "pre", "tax", "pretax", "quarterly", "annual",
            "attributable");
    /** Words between a loss and its size: "losses widened to", "the loss was", "its loss came to". */
    private static final Set<String> LOSS_LINKS = Set.of("to", "at", "was", "were", "is", "came", "widened", "narrowed",
            "grew", "rose", "fell", "shrank", "deepened", "reached", "totalled", "totaled", "stood", "of");
    /** The most tokens of kinds between a sum and its loss: "pre", "-", "tax". */
    private static final int LOSS_KIND_TOKENS = 4;
    /** Losses that are no company's result: "an impairment loss of $200 million", "a currency loss of". */
    private static final Set<String> NOT_THE_COMPANYS_LOSS = Set.of("impairment", "currency", "exchange", "hedging",
            "trading", "investment", "credit", "accounting", "paper");
    /** Verbs of spending or paying: the money is a price or an outlay, which no metric describes. */
    private static final Set<String> SPENDING = Set.of("spent", "spend", "spends", "spending", "paid", "pay", "pays",
            "paying");
    /** Verbs of buying and selling: the money "for" which something changed hands is its price. */
    private static final Set<String> BUYING = Set.of("bought", "buy", "buys", "buying", "acquired", "acquire",
            "acquires", "acquiring", "sold", "sell", "sells", "selling", "purchased", "purchase", "purchases");
    /** Verbs of selling: a stake sold "for" a sum was priced, not invested in. */
    private static final Set<String> SELLING = Set.of("sold", "sell", "sells", "selling", "offload", "offloaded",
            "divest", "divested", "divests");
    /** How far after "in" or "of" "cash" may name the money: "$400 million in free cash flow". */
    private static final int CASH_WORDS = 3;
    /** Words of an amount per unit: "$1.20 a share", "42 cents per share". */
    private static final Set<String> PER_UNIT = Set.of("a", "per", "each");
    /** Words that open a phrase of time after a figure: "doubled to $4 billion since its last round". */
    private static final Set<String> TIME_OPENERS = Set.of("since", "after", "before", "until", "following");
    /** Words for a share of a company that one owner holds: its value is of that company. */
    /** What money moves a market value by: "adding €1.1bn to", "wiped $40 billion off". */
    private static final Set<String> MARKET_VALUE_MOVES = Set.of("to", "off", "from");

    static final Set<String> STAKES = Set.of("stake", "stakes", "holding", "holdings");
    /** Determiners of the shares a percentage is held of: "owns 62% of the shares", "holds 9% of its stock". */
    private static final Set<String> SHARE_OWNERS = Set.of("the", "its");
    /** What a percentage is held of when no company is named: "62% of the shares". */
    private static final Set<String> SHARES_HELD = Set.of("shares", "stock", "equity", "company");
    /** Words of a difference after a figure: "47 fewer than in June". */
    private static final Set<String> DIFFERENCE_WORDS = Set.of("fewer", "more", "less", "higher", "lower");
    /** Words that open the base of a change after its size: "down 2,400 from", "up 6% on a year earlier". */
    private static final Set<String> CHANGE_BASES = Set.of("from", "on", "versus", "vs", "compared", "against", "since");
    /** Nouns for the change of a level: "the net loss is 55", "a drop of 900". */
    private static final Set<String> CHANGE_NOUNS = Set.of("loss", "gain", "drop", "decline", "fall", "rise",
            "increase", "decrease", "change", "shortfall", "swing");
    /** What links a change noun to its size: "loss is 55", "drop of 900", "gain was 12". */
    private static final Set<String> CHANGE_LINKS = Set.of("of", "is", "was", "were", "stood", "came", "totalled",
            "totaled");
    /** Words that open a span of a calendar after "for": "for the full year", "for this quarter". */
    private static final Set<String> PERIOD_DETERMINERS = Set.of("the", "this", "that", "its", "each", "every");
    private static final Set<String> PERIOD_WORDS = Set.of("full", "year", "full-year", "quarter", "half", "month",
            "fiscal", "period", "first", "second", "third", "fourth", "nine", "six", "twelve", "whole", "entire");
    /** Words that make a metric a measure of the company's own: "adjusted operating profit", "underlying revenue". */
    private static final Set<String> ADJUSTED = Set.of("adjusted", "underlying", "core", "non-gaap", "normalised",
            "normalized");
    private static final Set<String> LEVEL_CHANGE_VERBS = Set.of(
            "close", "closes", "closed", "closing", "shut", "shuts", "shutting", "open", "opens", "opened", "opening",
            "cut", "cuts", "cutting", "add", "adds", "added", "adding");
    /** Past forms of opening and closing after the things counted: "14 new stores opened" ("stores open today" is a level). */
    private static final Set<String> CHANGED_AFTER = Set.of("opened", "closed", "shut", "shuttered", "added");
    private static final Set<String> BARE_FOLLOWERS = Set.of("in", "at", "on", "by", "since", "after", "before", "across",
            "during");
    /** Hedges between "by" and the size of a change: "shrank by more than 1,000", "fell by almost 900". */
    private static final Set<String> BY_HEDGES = Set.of("more", "less", "fewer", "than", "almost", "just", "over", "under");
    /**
     * Words of taking people on, or of opening or closing places: "expects to hire 1,500 more" adds no more
     * of the cuts before it, and "plans to open 45 to 50 more" no more of the stores it has (a change).
     */
    private static final Set<String> TAKING_ON = Set.of("hire", "hires", "hired", "hiring", "recruit", "recruits",
            "recruited", "recruiting", "employ", "onboard", "open", "opens", "opening", "close", "closes", "closing");
    /** The most words a label before a colon may have ("Headcount at Initech:"). */
    private static final int MAX_LABEL = 5;
    /** How many words "in the ... round" may take after the figure: "in its Series A round". */
    private static final int ROUND_WORDS = 4;
    /** How much nearer a weak cue must stand to outrank a strong one. */
    private static final int NEARER = 3;

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft.Measure restated = restatedOfItsOwner(draft);
        MetricCues.Cue cue = restated == null || !f.possessiveBefore ? nearestCue(draft.sentence(), f) : null;
        if (restated != null && cue != null && !cue.weak()) {
            restated = null; // "the 1,600 is the size of the cut": a cue of its own says what "the 1,600" counts
        } else if (restated != null) {
            cue = null;
        }
        if (cue != null && cue.start() >= f.endTok && baseOfAMeasuredFigure(t, draft)) {
            cue = null; // "$1.1 billion, up from $310 million at the time of its Series B": what the figure compared counts
        }
        ClaimDraft.Measure before = restated != null ? restated : cue == null ? continued(draft) : null;
        boolean again = before != null;
        Unit unit = f.unit == null && again ? before.unit() : f.unit;
        if (unit == null) {
            if (cue != null && cue.metric().dimension() == Dimension.PEOPLE) {
                unit = Unit.PEOPLE;
            } else if (cue == null && Lexicon.peopleNounWithin(t, f.endTok, 3) && !Lexicon.customersWithin(t, f.endTok, 2)) {
                unit = Unit.PEOPLE;
            } else if (followsUp(t, f.endTok) && earlierPeople(f, draft.sentence().figures(), t)) {
                unit = Unit.PEOPLE; // "... will lose 1,900 of them", "and 500 more", "33,500 colleagues, 2,300 fewer than"
            } else {
                unit = Unit.COUNT;
            }
        }
        String object = null;
        if (!again && cue != null && cue.hasObject()) {
            object = counterparty(draft, cue);
            if (object == null && investment(cue) && !intoTheRound(t, f.endTok)) {
                // "The round brings total funding to $310 million": money with no company it went
                // into is what the company raised, when the clause names that too.
                MetricCues.Cue raised = moneyCueWithoutCounterparty(draft);
                cue = raised != null ? raised : cue;
            }
        }
        String metric = again ? before.metric() : cue == null ? null : cue.metric().name();
        MetricCues.Cue source = again ? before.cue() : cue;
        if (source != null && changesALevel(t, draft, source)) {
            metric = null; // "will close 55 stores", "will shut as many as 90", "close another 40": a change of a level
        }
        if (metric != null && sizeOfAChange(t, draft)) {
            metric = null; // "fell to 37,400 in June, down 2,400 from the end of last year": the change, not the level
        }
        if (source != null && aLevel(source.metric()) && (changeNamedBefore(t, draft) || differenceAfter(t, f))) {
            metric = null; // "it had 1,240, so the net loss is 55", "2,198 locations, 47 fewer than in June": changes
        }
        if (!again && cue != null && adjusted(t, cue)) {
            metric = null; // "its 'adjusted' operating profit ... was £265m": a measure of the company's own, no record's
        }
        if (unit.dimension() == Dimension.CURRENCY && (namesMoneyWithoutMetric(t, draft) || spent(t, draft))) {
            metric = null; // "its profit included a one-off gain of about $300 million": the gain's, not the profit's
            object = null;
        }
        if (unit.dimension() == Dimension.CURRENCY && (sharePrice(t, f) || priceInAClauseOfShares(t, draft)
                || marketValueMoved(t, f))) {
            metric = null; // "trades near $31", "adding some €1.1bn to its market value": no record holds either
            object = null;
        }
        if (again && metric != null) {
            object = before.object();
        }
        boolean levelOfPeople = metric != null && source != null && aLevel(source.metric())
                && source.metric().dimension() == Dimension.PEOPLE;
        if (levelOfPeople && notEmployed(t, f)) {
            metric = null; // "some 6,000 contract drivers": people it does not employ
        }
        String wholeItIsPartOf = levelOfPeople && draft.subject().part() == null ? partOfAWorkforce(t, f) : null;
        if (wholeItIsPartOf != null) {
            // "represents about 9,000 of Initech's hourly workers": a part of the workforce, which no record describes
            draft = draft.with(new ClaimDraft.Subject(draft.subject().entity(), draft.subject().counterparty(),
                    wholeItIsPartOf));
        }
        if (metric != null && f.unit == null && unheldJobs(t, f)) {
            metric = null; // "has 9,600 employees and 300 open vacancies", "400 open positions": jobs no one holds
        }
        if (metric != null && unit == Unit.PEOPLE && hiredInARelativeClause(t, f)) {
            metric = null; // "small next to the 1,700 people the company added": people taken on, whatever the clause cut
        }
        if (object == null && metric == null && unit == Unit.PERCENT && t.is(f.endTok, "of")) {
            // "holds about 9% of the start-up"; a stake's size ("a 49% stake in Scale") names no object
            object = draft.subject().counterparty();
            if (object == null && t.is(f.endTok, "of") && t.isAny(f.endTok + 1, SHARE_OWNERS)
                    && t.isAny(f.endTok + 2, SHARES_HELD) && Coreferences.holdingVerbBefore(t, f.startTok) >= 0) {
                object = draft.sentence().priorEntity(); // "the state still owns 62% of the shares": the company's
            }
        }
        if (object != null && object.equals(draft.subject().entity())) {
            object = null; // "a round that values it at $12 billion": no company is its own counterparty
        }
        if (unit == Unit.PEOPLE && wholeACutCameFrom(t, draft)) {
            // "A cut of 480 from 11,800 is about 4.1%": the workforce the cut came out of, whatever cut word is nearer.
            return draft.with(new ClaimDraft.Measure(null, unit, BuiltInMetrics.HEADCOUNT.name(), null));
        }
        Boolean companysLoss = unit.dimension() == Dimension.CURRENCY ? lossNamed(t, draft) : null;
        if (companysLoss != null) {
            // "posted a loss of £38 million": a profit below zero. A loss with no upper bound fits no band of
            // profit, and "an impairment loss of £5 million" is money no metric describes.
            boolean bounded = companysLoss && draft.qualifying().bounds().high() != null;
            ClaimDraft measured = draft.with(new ClaimDraft.Measure(cue, unit, bounded ? BuiltInMetrics.PROFIT.name() : null, null));
            return bounded ? measured.negated() : measured;
        }
        // A figure that continues another keeps the cue that named the other's metric: what it counts.
        return draft.with(new ClaimDraft.Measure(again ? before.cue() : cue, unit, metric, object));
    }

    /** Words for people who work for a company without being its employees: "6,000 contract drivers". */
    private static final Set<String> NOT_EMPLOYED = Set.of("contract", "contracted", "contractors", "contractor",
            "temporary", "temp", "temps", "agency", "freelance", "freelancers", "gig", "seasonal", "outsourced");
    /** Words that open a relative clause's subject right after its people: "the 1,700 people the company added". */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("the", "it", "they", "we", "that", "whom", "its", "their");
    /** How far after the people noun a relative clause's verb of hiring may stand: "the 1,700 people the company added". */
    private static final int RELATIVE_HIRING_WORDS = 4;

    /** "some 6,000 contract drivers", "2,000 contractors": people a company uses but does not employ. */
    private static boolean notEmployed(Tokens t, Figure f) {
        for (int k = f.endTok; k < f.endTok + 2 && t.isWord(k); k++) {
            if (t.isAny(k, NOT_EMPLOYED)) {
                return true;
            }
        }
        return false;
    }

    /** "300 vacancies", "400 open positions", "1,200 job openings": words for unheld jobs right after the figure. */
    private static boolean unheldJobs(Tokens t, Figure f) {
        for (int k = f.endTok; k < f.endTok + 2 && t.isWord(k); k++) {
            if (t.isAny(k, UNHELD_JOBS) || (t.isAny(k, UNHELD) && t.isAny(k + 1, Lexicon.JOB_NOUNS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 1,700 people the company added", "the 900 engineers it hired last year": people a relative clause
     * right after them says were taken on are a flow into the workforce, not its level.
     */
    private static boolean hiredInARelativeClause(Tokens t, Figure f) {
        int people = f.endTok;
        while (people < f.endTok + 2 && t.isWord(people) && !Lexicon.peopleNoun(t.lower(people))) {
            people++;
        }
        if (!t.isWord(people) || !Lexicon.peopleNoun(t.lower(people)) || !t.isAny(people + 1, RELATIVE_SUBJECTS)) {
            return false; // "employs 1,700 people and added 300 more": no relative clause
        }
        for (int k = people + 1; k <= people + RELATIVE_HIRING_WORDS && t.isWord(k); k++) {
            if (t.isAny(k, HIRING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** The most words between "of" and the people noun of a whole: "of Initech's unionised hourly workers". */
    private static final int WHOLE_WORDS = 6;
    /** Words that end the whole after "of" before a people noun could name it: a pronoun, a verb of being. */
    private static final Set<String> NOT_A_WHOLE = Set.of("them", "those", "these", "us", "are", "is", "were", "was");

    /**
     * "about 9,000 of Initech's hourly workers", "2,000 of its employees work remotely": a figure "of" the
     * people of an organisation, with no figure of the whole between, counts a part of its workforce; the
     * words of that whole ("Initech's hourly workers"), or null.
     */
    private static String partOfAWorkforce(Tokens t, Figure f) {
        if (!t.is(f.endTok, "of")) {
            return null;
        }
        for (int k = f.endTok + 1; k <= f.endTok + WHOLE_WORDS && k < t.size; k++) {
            if (t.isNum(k) || t.isSymAny(k, ",.;:") || t.isAny(k, NOT_A_WHOLE)) {
                return null; // "About 350,000 of them are corporate employees": the people are what "them" means
            }
            if (t.isWord(k) && Lexicon.peopleNoun(t.lower(k))) {
                return t.text.substring(t.start[f.endTok + 1], t.end[k]);
            }
        }
        return null;
    }

    /**
     * "A cut of 1,600 from 24,900", "480 positions from 11,800": a figure after "from" that is larger
     * than the cut right before it is the workforce the cut came out of ("cuts rose to 1,600 from 900"
     * compares two cuts: a comparison word stands before the first).
     */
    private static boolean wholeACutCameFrom(Tokens t, ClaimDraft draft) {
        Figure f = draft.figure();
        ClaimDraft cut = draft.previous();
        int from = f.startTok - 1;
        while (from > f.startTok - 3 && t.isAny(from, HEDGES_AFTER_OWNER)) {
            from--;
        }
        if (f.unit != null || cut == null || !t.is(from, "from") || cut.figure().value.compareTo(f.value) >= 0
                || !BuiltInMetrics.LAYOFFS.name().equals(cut.measure().metric())
                || t.isAny(cut.figure().startTok - 1, Lexicon.COMPARISON_WORDS) || t.is(cut.figure().startTok - 1, "to")) {
            return false;
        }
        int between = from - cut.figure().endTok;
        return between == 0 || (between == 1 && (t.isAny(from - 1, Lexicon.JOB_NOUNS) || Lexicon.peopleNoun(t.lower(from - 1))));
    }

    /**
     * Whether a loss names the figure, right before "of" or right after it: true for the company's own
     * ("a loss of £38 million", "a net loss of about $120 million", "a £38 million pre-tax loss"), false
     * for a loss of another kind ("an impairment loss of $200 million", "a $90 million loss on the
     * sale"), null when no loss names it.
     */
    private static Boolean lossNamed(Tokens t, ClaimDraft draft) {
        int start = draft.qualifying().spanStart();
        int end = draft.qualifying().spanEnd();
        if (t.is(start - 1, "of") && t.isAny(start - 2, LOSSES)) {
            return !t.isAny(start - 3, NOT_THE_COMPANYS_LOSS);
        }
        for (int k = start - 1; k >= Math.max(0, start - 3) && t.isAny(k, LOSS_LINKS); k--) {
            if (t.isAny(k - 1, LOSSES)) { // "its losses widened to $120 million", "the net loss was £38 million"
                return !t.isAny(k - 2, NOT_THE_COMPANYS_LOSS) && !t.is(k, "of");
            }
        }
        int k = end;
        while (k < end + LOSS_KIND_TOKENS && (t.isAny(k, LOSS_KINDS) || t.isAny(k, NOT_THE_COMPANYS_LOSS)
                || (t.isSym(k, '-') && t.attached(k)))) {
            k++; // "a £38 million pre-tax loss", "a $200 million impairment loss"
        }
        if (!t.isAny(k, LOSSES)) {
            return null;
        }
        return !t.isAny(end, NOT_THE_COMPANYS_LOSS) && !t.is(k + 1, "on");
    }

    private static boolean investment(MetricCues.Cue cue) {
        return cue.metric().name().equals(BuiltInMetrics.INVESTMENT.name());
    }

    /**
     * The company the money went into: the counterparty of the figure's clause, else, for an
     * investment, the company that raised the round it went into ("Cyberdyne invested $40 million in
     * the round" after "Kelvin Labs ... has raised $120 million"), else the latest company the same
     * investor put money into ("Amazon has invested $4 billion in Anthropic. ... Amazon said it would
     * put in a further $4 billion" → Anthropic).
     */
    private static String counterparty(ClaimDraft draft, MetricCues.Cue cue) {
        String named = draft.subject().counterparty();
        if (named != null || !(investment(cue) || stakeBefore(draft))) {
            return named; // a stake's value ("Globex's stake, which analysts put at $2.2 billion") is of its company
        }
        Ownership ownership = draft.sentence().ownership();
        if (intoTheRound(draft.tokens(), draft.figure().endTok)) {
            return ownership.raiser();
        }
        String inTheSentence = counterpartyEarlierInTheSentence(draft);
        if (inTheSentence != null) {
            return inTheSentence;
        }
        String known = draft.subject().entity() == null ? null : ownership.counterparties().get(draft.subject().entity());
        if (known == null && stakeBefore(draft) && ownership.raiser() != null
                && !ownership.raiser().equals(draft.subject().entity())) {
            // "Starling raised $75 million in a round led by Gullwing ... Gullwing's stake is worth about $110
            // million": a stake in no company named is one in the company that last raised money
            return ownership.raiser();
        }
        return known;
    }

    /**
     * Where the sentence already put the same investor's money, or the organisation whose round it named
     * before: "invested $250 million in the round, bringing its total investment to $450 million" (the
     * same company), "Hooli collected $900 million in its August round, with Globex chipping in $500
     * million of that" (Hooli). Null when no earlier figure of the sentence tells.
     */
    private static String counterpartyEarlierInTheSentence(ClaimDraft draft) {
        String investor = draft.subject().entity();
        for (ClaimDraft p = draft.previous(); p != null && investor != null; p = p.previous()) {
            String metric = p.measure().metric();
            if (p.measure().object() != null && investor.equals(p.subject().entity())) {
                return p.measure().object();
            }
            if (p.measure().object() == null && metric != null && p.measure().cue() != null
                    && raised(p.measure().cue().metric()) && p.subject().entity() != null
                    && !investor.equals(p.subject().entity())) {
                return p.subject().entity();
            }
        }
        return null;
    }

    /** Money a company raises: summed over rounds, held by no counterparty ("raised", "round"). */
    private static boolean raised(Metric metric) {
        return metric.dimension() == Dimension.CURRENCY && metric.aggregation() == Aggregation.SUM
                && !MetricCues.heldPerCounterparty(metric) && metric.terms().contains("raised");
    }

    /**
     * A stake or a holding is named before the figure in its sentence ("Globex's stake, which analysts
     * put at $2.2 billion"): its value is of the company it is a stake in.
     */
    private static boolean stakeBefore(ClaimDraft draft) {
        Tokens t = draft.tokens();
        for (int k = 0; k < draft.figure().startTok; k++) {
            if (t.isAny(k, STAKES)) {
                return true;
            }
        }
        return false;
    }

    /** "in the round", "into that funding round", "in its Series A round" right after the figure. */
    private static boolean intoTheRound(Tokens t, int at) {
        if (!t.is(at, "in") && !t.is(at, "into")) {
            return false;
        }
        for (int k = at + 1; k <= at + ROUND_WORDS && t.isWord(k); k++) {
            if (t.is(k, "round")) {
                return true;
            }
        }
        return false;
    }

    /** The money cue nearest the figure in its clause whose metric has no counterparty ("round", "raised"), or null. */
    private static MetricCues.Cue moneyCueWithoutCounterparty(ClaimDraft draft) {
        Figure f = draft.figure();
        MetricCues.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MetricCues.Cue cue : draft.sentence().cues()) {
            if (cue.hasObject() || cue.metric().dimension() != Dimension.CURRENCY
                    || draft.clauses().at(cue.start()) != draft.figureClause()) {
                continue;
            }
            int distance = cue.end() <= f.startTok ? f.startTok - cue.end() : cue.start() - f.endTok;
            if (distance < bestDistance) {
                best = cue;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The figure is a change of a level (a metric whose records are levels, such as a store count):
     * a verb of opening or closing governs it ("will close 55 stores", "close another 40 stores", "will shut as
     * many as 90 stores").
     */
    private static boolean changesALevel(Tokens t, ClaimDraft draft, MetricCues.Cue cue) {
        Metric m = cue.metric();
        Figure f = draft.figure();
        if (m.aggregation() != Aggregation.LATEST || m.dimension() == Dimension.CURRENCY) {
            return false;
        }
        // "will shut as many as 90 stores": the verb stands before the figure's hedge.
        int start = Math.min(f.startTok, draft.qualifying().spanStart());
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            if (t.isAny(k, LEVEL_CHANGE_VERBS)) {
                return true;
            }
            if (!t.isWord(k)) {
                break;
            }
        }
        // "14 new stores opened", "40 stores closed in May": the verb after the things counted.
        for (int k = f.endTok; k <= f.endTok + 2 && t.isWord(k); k++) {
            if (t.isAny(k, CHANGED_AFTER) && k > f.endTok && (k >= cue.end() || cue.end() <= f.startTok)) {
                return true;
            }
        }
        // "Headcount fell by 8,900", "its payroll shrank by more than 1,000": the size of a change.
        return changedBy(t, f);
    }

    /** Infinitives of change before "by": "expects reimbursement to fall by about $90 million". */
    private static final Set<String> CHANGE_INFINITIVES = Set.of("fall", "rise", "grow", "drop", "shrink", "climb",
            "slip", "jump", "dip");

    /** A verb of change and "by" before the figure: "fell by 8,900", "to fall by about $90 million". */
    private static boolean changedBy(Tokens t, Figure f) {
        int k = f.startTok - 1;
        while (k > f.startTok - 4 && (t.isAny(k, HEDGES_AFTER_OWNER) || t.isAny(k, BY_HEDGES))) {
            k--;
        }
        return t.is(k, "by") && (t.isAny(k - 1, Lexicon.COMPARISON_WORDS) || t.isAny(k - 1, CHANGE_INFINITIVES));
    }

    /** A metric whose records are levels of things or people (a store count, a workforce), not money. */
    private static boolean aLevel(Metric m) {
        return m.aggregation() == Aggregation.LATEST && m.dimension() != Dimension.CURRENCY;
    }

    /** "47 fewer than in June", "120 more than a year ago": the figure is a difference. */
    private static boolean differenceAfter(Tokens t, Figure f) {
        int than = t.isAny(f.endTok, DIFFERENCE_WORDS) && t.isWord(f.endTok + 1) && !t.is(f.endTok + 1, "than")
                ? f.endTok + 2 : f.endTok + 1; // "1,500 fewer employees than in June"
        return t.isAny(f.endTok, DIFFERENCE_WORDS) && t.is(than, "than");
    }

    /**
     * "down 2,400 from the end of last year", "up $200 million on a year earlier": "up" or "down" right
     * before the figure and the base of the change after it make the figure the size of a change
     * ("down to 31,000" is a level, "up to 2,000" a bound).
     */
    private static boolean sizeOfAChange(Tokens t, ClaimDraft draft) {
        int start = draft.qualifying().spanStart();
        int end = draft.qualifying().spanEnd();
        if (!t.is(start - 1, "up") && !t.is(start - 1, "down")) {
            return false;
        }
        int k = t.isWord(end) && (t.isAny(end, Lexicon.JOB_NOUNS) || Lexicon.peopleNoun(t.lower(end))) ? end + 1 : end;
        return t.isAny(k, CHANGE_BASES);
    }

    /**
     * A noun for a change names the figure right before it: "the net loss is 55", "a drop of about
     * 900", "a net gain of 12".
     */
    private static boolean changeNamedBefore(Tokens t, ClaimDraft draft) {
        int k = draft.qualifying().spanStart() - 1;
        if (!t.isAny(k, CHANGE_LINKS)) {
            return false;
        }
        k--;
        return t.isAny(k, CHANGE_NOUNS);
    }

    /**
     * A noun for money that no metric describes names the figure: right before it with "of" ("a
     * one-off gain of about $300 million", "charges of $1.2 billion") or right after it ("a $90 million
     * charge", "$500 million in savings"), or as what "put at" values ("the backlog, which they put at $60 billion").
     */
    private static boolean namesMoneyWithoutMetric(Tokens t, ClaimDraft draft) {
        int start = draft.qualifying().spanStart();
        int end = draft.qualifying().spanEnd();
        boolean putAt = t.is(start - 1, "at") && t.isAny(start - 2, MetricCues.PUTTING);
        if (t.isAny(end, PER_UNIT) && t.is(end + 1, "share")) {
            return true; // "earned $1.20 a share", "a dividend of 42 cents per share": an amount per share
        }
        if (t.is(end, "in") || t.is(end, "of")) {
            for (int k = end + 1; k <= end + CASH_WORDS && t.isWord(k); k++) {
                if (t.is(k, "cash")) {
                    return true; // "$400 million in free cash flow", "$900 million of cash" ("a $4 billion cash injection" stays)
                }
            }
        }
        return t.is(start - 1, "of") && t.isAny(start - 2, MONEY_WITHOUT_METRIC)
                || putAt && MetricCues.estimateOfMoneyNoMetricDescribes(t, start - 2) // "the backlog, which they put at"
                || t.isAny(end, MONEY_WITHOUT_METRIC)
                || t.is(end, "of") && (t.isAny(end + 1, MONEY_WITHOUT_METRIC) || t.isAny(end + 2, MONEY_WITHOUT_METRIC))
                || t.is(end, "in") && (t.isAny(end + 1, MONEY_WITHOUT_METRIC) || t.isAny(end + 2, MONEY_WITHOUT_METRIC));
    }

    /**
     * The cue is a measure the company defines for itself: "adjusted", "underlying", "core" or "pro
     * forma" right before its term (quotes may stand around the word).
     */
    private static boolean adjusted(Tokens t, MetricCues.Cue cue) {
        int k = cue.start() - 1;
        while (k >= 0 && t.isSymAny(k, "\"'\u201c\u201d\u2018\u2019")) {
            k--;
        }
        return t.isAny(k, ADJUSTED) || (t.is(k, "forma") && t.is(k - 1, "pro"))
                || (t.is(k, "money") && t.isSym(k - 1, '-') && t.is(k - 2, "pre")); // "a pre-money valuation of"
    }

    /** "for" and a period right after the figure: "expects roughly $10.5 billion for the full year", "for 2024". */
    private static boolean periodAfterFor(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int at = draft.figure().endTok;
        if (!t.is(at, "for")) {
            return false;
        }
        for (PeriodMention p : draft.sentence().periods()) {
            if (p.startTok() >= at + 1 && p.startTok() <= at + 2) {
                return true;
            }
        }
        int k = t.isAny(at + 1, PERIOD_DETERMINERS) ? at + 2 : at + 1;
        return t.isAny(k, PERIOD_WORDS);
    }

    /**
     * A verb of spending or paying right before the money ("spent $40 billion on data centres", "paid $2
     * billion for"), or the money a company was bought or sold for ("bought Chotchkie's for $310 million").
     */
    private static boolean spent(Tokens t, ClaimDraft draft) {
        int k = wordBeforeTheMoney(t, draft);
        boolean sold = forAfterAVerbOf(t, draft, k, SELLING);
        for (int i = 0; i < t.size; i++) {
            if (t.isAny(i, STAKES) && draft.clauses().at(i) == draft.figureClause() && !sold) {
                return false; // "spent $14.3 billion on a 49% stake in Scale": money for a stake is an investment
            }
        }
        if (t.isAny(k, SPENDING) || (t.isAny(k - 1, SPENDING) && t.isWord(k))) {
            return true;
        }
        // "agreed to sell a minority stake in Offworld to Nexus for €250 million": the stake's price.
        return sold || forAfterAVerbOf(t, draft, k, BUYING);
    }

    /** The last word or number before the money and its currency sign ("$", "US$", "€"), or -1. */
    private static int wordBeforeTheMoney(Tokens t, ClaimDraft draft) {
        int k = Math.min(draft.qualifying().spanStart(), draft.figure().startTok) - 1;
        while (k >= 0 && !t.isWord(k) && !t.isNum(k) && !t.isSymAny(k, ",.;:")) {
            k--;
        }
        return k;
    }

    /** The word {@code k} before the money is "for", and one of {@code verbs} stands before it in the figure's clause. */
    private static boolean forAfterAVerbOf(Tokens t, ClaimDraft draft, int k, Set<String> verbs) {
        if (!t.is(k, "for")) {
            return false;
        }
        for (int i = k - 1; i >= 0 && draft.clauses().at(i) == draft.figureClause(); i--) {
            if (t.isAny(i, verbs)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing after the figure says what it counts: the sentence ends, or a comma or a preposition follows. */
    private static boolean bare(Tokens t, Figure f) {
        if (t.isSym(f.endTok, '-') && t.isWord(f.endTok + 1)) {
            return false; // "its 50-person team": the word after the hyphen says what it counts
        }
        return !t.isWord(f.endTok) || t.isAny(f.endTok, BARE_FOLLOWERS);
    }

    /** Verbs a source restates a figure with: "a 2026 profile that still says $4 billion", "its website lists". */
    private static final Set<String> SAYING = Set.of("says", "said", "say", "lists", "listed", "quotes", "quoted",
            "cites", "cited", "claims", "claimed", "gives", "gave", "shows", "showed");

    /** Modals after a figure that make it the subject of what was said: "said $2 billion would go to research". */
    private static final Set<String> MODALS_AFTER = Set.of("would", "will", "could", "may", "might", "should", "can");

    /**
     * A verb of saying right before the figure (a hedge between), the figure no subject of a clause of its
     * own: it restates what the text measured ("a profile that still says $4 billion is out of date").
     */
    private static boolean saidBefore(Tokens t, ClaimDraft draft) {
        int k = wordBeforeTheMoney(t, draft);
        while (k > 0 && t.isAny(k, HEDGES_AFTER_OWNER)) {
            k--;
        }
        return t.isAny(k, SAYING) && !t.isAny(draft.qualifying().spanEnd(), MODALS_AFTER);
    }

    /**
     * A period starts right after the figure: "11,800 at the end of last year, and 12,400 the year before" says
     * when, not what, the 12,400 counts.
     */
    private static boolean datedRightAfter(ClaimDraft draft) {
        for (PeriodMention p : draft.sentence().periods()) {
            if (p.startTok() == draft.figure().endTok) {
                return true;
            }
        }
        return false;
    }

    /**
     * The measure a figure with no cue of its own continues, or null when it continues none:
     * <ul>
     *   <li>the previous figure of its sentence, after "another"/"a further", before "more", or when
     *       nothing after the figure says what it counts ("cut 18,000 jobs in January and a further
     *       9,000", "16,000 jobs, up from about 9,000 in 2024", "would take the total to 1,200");</li>
     *   <li>an earlier claim of the same value ("will let go another 600 before Christmas. [...]
     *       Another 600 would take ...");</li>
     *   <li>the article's last claim before the sentence, for its first figure, when nothing after it
     *       says what it counts or only jobs do ("Its last filing says 37,400.", "put the total at
     *       30,000 jobs", but not "created 300 jobs").</li>
     * </ul>
     * A figure about an organisation the catalog does not know continues no earlier sentence.
     */
    private static ClaimDraft.Measure continued(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft previous = draft.previous();
        if (previous != null) {
            ClaimDraft.Measure m = previous.measure();
            if ((f.unit == null || f.unit == m.unit()) && (t.isAny(f.startTok - 1, AGAIN_WORDS)
                    || (t.is(f.endTok, "more") && !takenOn(t, f))
                    || (f.unit == null && m.unit().dimension() != Dimension.CURRENCY
                    && (bare(t, f) || datedRightAfter(draft) || baseOfAComparison(t, f))))) {
                return m;
            }
            // "Profit was £190m last year ... it was £310m in 2022": the same money at another time.
            if (f.unit != null && f.unit == m.unit() && f.unit.dimension() == Dimension.CURRENCY && m.metric() != null
                    && !changedBy(t, f)
                    && (bare(t, f) || periodAfterFor(draft) || datedRightAfter(draft) || baseOfAComparison(t, f)
                    || saidBefore(t, draft))) {
                return m;
            }
        }
        if (f.high != null || aboutAnUnknownOrganisation(draft)) {
            return null;
        }
        ClaimDraft.Measure repeated = draft.sentence().earlierMeasures().get(Figure.normal(f.value));
        if (counts(repeated, f) && (bare(t, f) || t.isAny(f.endTok, Lexicon.SUBJECT_VERBS))) {
            return repeated;
        }
        ClaimDraft.Measure prior = draft.sentence().priorMeasure();
        if (previous == null && counts(prior, f)
                && (bare(t, f) || (f.unit != null && periodAfterFor(draft)) || saidBefore(t, draft)
                || (jobsAfter(t, f) && prior.unit() == Unit.PEOPLE && !hiredBefore(t, f, draft)
                        && !aLevel(prior))
                || (t.is(f.endTok, "more") && !takenOn(t, f)))) {
            return prior; // "Amazon cut 18,000 roles in January. In March it added 9,000 more."
        }
        // "Revenue was €18.2 billion. In dollars, that is about $21.3 billion.": the same money converted (a rate
        // before it, "Converted at the average rate of 1.17, that is $21.3 billion", is no money of its own).
        if (noMoneyBefore(draft) && prior != null && prior.metric() != null && converted(prior, f) && !t.isWord(f.endTok)) {
            return prior;
        }
        return null;
    }

    /** A measure of a level (a workforce, a store count), which a count of jobs never continues. */
    private static boolean aLevel(ClaimDraft.Measure m) {
        return m.cue() != null ? aLevel(m.cue().metric())
                : m.metric() != null && m.metric().equals(BuiltInMetrics.HEADCOUNT.name());
    }

    /** Verbs after "the" and a figure that say what the figure amounts to: "The 520 works out to". */
    private static final Set<String> RESTATING_VERBS = Set.of("works", "worked", "amounts", "amounted", "represents",
            "represented", "equals", "equalled", "equaled", "came", "comes", "were", "are");

    /**
     * "Nakatomi's 2,000 came from a workforce of 41,000", "Oscorp's 900 from one of 26,100", "The 520 works
     * out to roughly 6% of the workforce": a bare figure after a possessive name, or after "the" with a verb
     * right after it, that repeats a figure claimed earlier in the article counts what that one counted,
     * whatever level the rest of its sentence names.
     */
    private static ClaimDraft.Measure restatedOfItsOwner(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        boolean theFigure = t.is(f.startTok - 1, "the") && (t.isAny(f.endTok, Lexicon.SUBJECT_VERBS)
                || t.isAny(f.endTok, RESTATING_VERBS)); // "The 520 works out to roughly 6% of the workforce"
        if (!(f.possessiveBefore || theFigure) || f.unit != null || f.high != null || Lexicon.peopleNounWithin(t, f.endTok, 1)
                || (t.isWord(f.endTok) && t.isAny(f.endTok, Lexicon.JOB_NOUNS))) {
            return null;
        }
        ClaimDraft.Measure repeated = draft.sentence().earlierMeasures().get(Figure.normal(f.value));
        return counts(repeated, f) ? repeated : null;
    }

    /** No sum of money before the figure in its sentence ("Converted at a rate of 1.17, that is $21.3 billion"). */
    private static boolean noMoneyBefore(ClaimDraft draft) {
        for (ClaimDraft d = draft.previous(); d != null; d = d.previous()) {
            if (d.measure().unit().dimension() == Dimension.CURRENCY) {
                return false;
            }
        }
        return true;
    }

    /** An earlier measure with a metric that the figure's own unit allows (a bare number never continues money). */
    private static boolean counts(ClaimDraft.Measure m, Figure f) {
        return m != null && m.metric() != null
                && (f.unit == null ? m.unit().dimension() != Dimension.CURRENCY : f.unit == m.unit());
    }

    /** Money in another currency than the earlier measure's. */
    private static boolean converted(ClaimDraft.Measure m, Figure f) {
        return f.unit != null && f.unit.dimension() == Dimension.CURRENCY && m.unit().dimension() == Dimension.CURRENCY
                && f.unit != m.unit();
    }

    /** The figure is the base of a comparison with the sentence's previous figure, which has a metric of the same unit. */
    private static boolean baseOfAMeasuredFigure(Tokens t, ClaimDraft draft) {
        ClaimDraft previous = draft.previous();
        Figure f = draft.figure();
        return previous != null && previous.measure().metric() != null && f.unit != null
                && f.unit == previous.measure().unit() && baseOfAComparison(t, f);
    }

    /**
     * The figure is the base a change is measured from: "up from about 9,000", "down from 3,300",
     * "compared with 2,100", "than the 10,000".
     */
    private static boolean baseOfAComparison(Tokens t, Figure f) {
        int k = f.startTok - 1;
        while (k > f.startTok - 4 && (t.isAny(k, HEDGES_AFTER_OWNER) || t.is(k, "the"))) {
            k--;
        }
        return (t.is(k, "from") && t.isAny(k - 1, Lexicon.COMPARISON_WORDS)) || t.is(k, "than")
                || ((t.is(k, "with") || t.is(k, "to")) && t.is(k - 1, "compared"));
    }

    /**
     * The figure has no entity and its sentence names an organisation the catalog does not know
     * before it ("Raviga Capital, which manages $6 billion"): it is about that one, not about what the
     * article's claims so far counted.
     */
    private static boolean aboutAnUnknownOrganisation(ClaimDraft draft) {
        if (draft.subject().entity() != null) {
            return false;
        }
        for (Mention m : draft.sentence().mentions()) {
            if (m.kind == Mention.Kind.UNKNOWN && !m.placeLike && m.end <= draft.figure().startTok) {
                return true;
            }
        }
        return false;
    }

    /** Jobs, roles or positions right after the figure ("30,000 jobs"): people, but no metric yet. */
    private static boolean jobsAfter(Tokens t, Figure f) {
        return t.isAny(f.endTok, Lexicon.JOB_NOUNS);
    }

    /** A word of hiring or creating before the figure in its clause: "created 300 jobs" is no cut. */
    private static boolean hiredBefore(Tokens t, Figure f, ClaimDraft draft) {
        for (int i = f.startTok - 1; i >= 0 && draft.clauses().at(i) == draft.figureClause(); i--) {
            if (t.isAny(i, HIRING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of taking on, or of opening or closing places, right before the figure: "expects to hire 1,500
     * more people", "plans to open 45 more" adds to no earlier cut or level.
     */
    private static boolean takenOn(Tokens t, Figure f) {
        for (int k = f.startTok - 1; k >= Math.max(0, f.startTok - 3) && t.isWord(k); k--) {
            if (t.isAny(k, TAKING_ON)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsUp(Tokens t, int at) {
        return (t.is(at, "of") && (t.is(at + 1, "them") || t.is(at + 1, "those"))) || t.is(at, "more")
                || t.is(at, "others") || (t.is(at, "fewer") && t.is(at + 1, "than"));
    }

    private static boolean earlierPeople(Figure f, List<Figure> figures, Tokens t) {
        for (Figure other : figures) {
            if (other == f) {
                return false;
            }
            if (other.unit == null && (Lexicon.peopleNounWithin(t, other.endTok, 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue of the figure's dimension nearest to it in its clause, a strong cue before a weak one
     * ("employees"); a cue across "and", "or" or a comma counts as farther. Null when none fits.
     */
    static MetricCues.Cue nearestCue(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        Clauses clauses = sentence.clauses();
        List<Figure> figures = sentence.figures();
        int figureClause = clauses.at(f.startTok);
        // "12 branches and about 180 salespeople": the people noun after a bare figure says what it counts;
        // "serves roughly 7,500 shippers": people it serves are things it counts, never its workforce.
        Dimension dimension = f.unit != null ? f.unit.dimension()
                : Lexicon.customersWithin(t, f.endTok, 2) ? Dimension.COUNT
                : Lexicon.peopleNounWithin(t, f.endTok, 2) ? Dimension.PEOPLE : null;
        boolean jobs = f.unit == null && t.isAny(f.endTok, Lexicon.JOB_NOUNS);
        // "hired 1,400 people": a flow into the workforce, not its level; "kept hiring, reaching 3,900 staff" is a level.
        boolean hiring = false;
        for (int i = f.startTok - 1; i >= Math.max(0, f.startTok - 4) && !hiring && !t.isSym(i, ','); i--) {
            hiring = clauses.at(i) == figureClause && (t.isAny(i, HIRING_WORDS) || t.isAny(i, RETRAINING));
        }
        // "its 350,000 employees", "Amazon's 1.5 million workers": a stock of people, not a flow.
        boolean hedged = t.isAny(f.startTok - 1, HEDGES_AFTER_OWNER);
        boolean owned = f.possessiveBefore || t.isAny(f.startTok - 1, OWNERS)
                || (t.isAny(f.startTok - 2, OWNERS) && hedged)
                || (hedged && t.is(f.startTok - 2, "s") && t.isSymAny(f.startTok - 3, "'\u2019")); // Globex's roughly 112,500
        // "reduced its staff from 5,000 to 3,800": both ends of a change are levels, not the change.
        boolean level = false;
        if (t.is(f.startTok - 1, "from") || t.is(f.startTok - 1, "to")) {
            for (Figure other : figures) {
                level |= other != f && clauses.at(other.startTok) == figureClause && other.unit == f.unit
                        && (t.is(other.startTok - 1, "from") || t.is(f.startTok - 1, "from"));
            }
        }
        owned |= level;
        int label = labelClause(t, clauses, figureClause, sentence.cues());
        MetricCues.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestWeak = true;
        boolean bestLevel = false;
        for (MetricCues.Cue cue : sentence.cues()) {
            if (clauses.at(cue.start()) != figureClause && clauses.at(cue.start()) != label) {
                continue;
            }
            Dimension d = cue.metric().dimension();
            boolean fits = dimension == null ? (d == Dimension.PEOPLE || d == Dimension.COUNT) : d == dimension;
            // "1,740 jobs, or more than 11% of the headcount": jobs are cut or created, never a workforce's level.
            fits &= !(jobs && d == Dimension.PEOPLE && cue.metric().aggregation() == Aggregation.LATEST);
            boolean levelOfPeople = d == Dimension.PEOPLE && cue.metric().aggregation() == Aggregation.LATEST;
            if (!fits || (hiring && (cue.weak() || levelOfPeople)) || !cue.reaches(t, f)) {
                continue;
            }
            int lo = cue.end() <= f.startTok ? cue.end() : f.endTok;
            int hi = cue.end() <= f.startTok ? f.startTok : cue.start();
            int distance = Math.max(0, hi - lo);
            if (cue.start() >= f.endTok && timePhraseBetween(t, lo, hi)) {
                continue; // "doubled to $4 billion since its last round": the round dates the figure, it does not name it
            }
            if (cue.start() >= f.endTok && (figureBetween(f, figures, lo, hi) || figureRightAfter(t, f, figures, cue))) {
                continue; // "7,300 from 9,800 after ... cuts", "dropped to 18,300 as it let go of 850": the other figure's
            }
            boolean crossed = false;
            for (int k = lo; k < hi; k++) {
                // A cue across "and" or a comma more likely belongs to the figure on its side.
                if (t.is(k, "and") || t.is(k, "or") || (t.isSym(k, ',') && !(t.isNum(k - 1) && t.isNum(k + 1)))) {
                    distance += 3;
                    crossed = true;
                }
            }
            if ((owned && cue.weak() && cue.start() >= f.endTok && distance <= 2) || (level && cue.weak())) {
                return cue;
            }
            // A strong cue outranks a weak one, unless the weak one stands much nearer and names a level:
            // before the figure ("bringing the workforce down to about 31,000") or as the whole the
            // figure is part of ("45 out of roughly 600 workers", "6% of the 22,400 employees").
            boolean levelWording = d == Dimension.PEOPLE && ((cue.end() <= f.startTok && !crossed) || partOfWhole(t, f.startTok));
            boolean better = best == null
                    || (bestWeak && !cue.weak() && (distance <= bestDistance + NEARER || !bestLevel))
                    || (!bestWeak && cue.weak() && levelWording && distance + NEARER < bestDistance)
                    || (bestWeak == cue.weak() && distance < bestDistance)
                    // "the loss of 55 stores": at equal distance the noun right after the figure says what it counts
                    || (bestWeak == cue.weak() && distance == bestDistance && cue.start() == f.endTok);
            if (better) {
                // "has 12,000 staff, ... laid off": "staff" after the figure names the level "has" named before it
                bestLevel = levelWording || (bestLevel && best.metric() == cue.metric() && distance == bestDistance);
                best = cue;
                bestDistance = distance;
                bestWeak = cue.weak();
            }
        }
        return best;
    }

    /**
     * The clause of a short label that opens the sentence and ends with a colon right before the
     * figure's clause ("Headcount at Initech: nearly 50,000 in 2019, fewer than 40,000 now"): its cue
     * names the metric of the figures after it, like a table's header. -1 when there is none.
     */
    private static int labelClause(Tokens t, Clauses clauses, int figureClause, List<MetricCues.Cue> cues) {
        int colon = 0;
        while (colon < t.size && colon <= MAX_LABEL && !t.isSym(colon, ':')) {
            colon++;
        }
        if (colon == 0 || colon > MAX_LABEL || !t.isSym(colon, ':') || colon + 1 >= t.size
                || clauses.at(colon + 1) != figureClause || clauses.at(0) == figureClause) {
            return cueBeforeAColon(t, clauses, figureClause, cues);
        }
        for (int k = 0; k < colon; k++) {
            if (t.isNum(k)) {
                return -1; // "Q3: ...", "Conference call: 1:30 p.m.": no label of a metric
            }
        }
        return clauses.at(0);
    }

    /**
     * "has announced three rounds of cuts: 1,200 jobs in the spring of 2024, 900 last February and 1,600 in
     * September": a cue right before the colon that opens the figure's clause names what the list after it
     * counts. The clause before the colon, or -1.
     */
    private static int cueBeforeAColon(Tokens t, Clauses clauses, int figureClause, List<MetricCues.Cue> cues) {
        for (MetricCues.Cue cue : cues) {
            int colon = cue.end();
            if (t.isSym(colon, ':') && colon + 1 < t.size && clauses.at(colon + 1) == figureClause
                    && clauses.at(cue.start()) != figureClause) {
                return clauses.at(cue.start());
            }
        }
        return -1;
    }

    /** "out of roughly 600", "of the 22,400": the figure is the whole that another figure is part of. */
    private static boolean partOfWhole(Tokens t, int figureStart) {
        for (int k = figureStart - 1; k >= Math.max(0, figureStart - 3); k--) {
            if (t.is(k, "of")) {
                return true;
            }
            if (!t.isAny(k, HEDGES_AFTER_OWNER) && !t.is(k, "the") && !t.isAny(k, OWNERS)) {
                return false;
            }
        }
        return false;
    }

    private static boolean timePhraseBetween(Tokens t, int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            if (t.isAny(k, TIME_OPENERS)) {
                return true;
            }
        }
        return false;
    }

    /** Another figure right after a cue that follows the figure: "let go of 850", "bringing its headcount to about 18,500". */
    private static boolean figureRightAfter(Tokens t, Figure f, List<Figure> figures, MetricCues.Cue cue) {
        int k = cue.end();
        while (k < cue.end() + 3 && (t.is(k, "of") || t.is(k, "to") || t.isAny(k, HEDGES_AFTER_OWNER) || t.is(k, "than")
                || t.is(k, "more"))) {
            k++;
        }
        for (Figure other : figures) {
            if (other != f && other.startTok == k && (other.unit == null || other.unit == f.unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean figureBetween(Figure f, List<Figure> figures, int lo, int hi) {
        for (Figure other : figures) {
            if (other != f && other.unit == f.unit && other.startTok >= lo && other.endTok <= hi) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a share's trading right before its price: "trades near $31", "closed at $88.20", "change hands for". */
    private static final Set<String> TRADING = Set.of("trades", "traded", "trading", "closed", "closing", "opened",
            "listed", "hands");
    /** Small words between a verb of trading and the price: "at", "near", "for about". */
    private static final Set<String> TRADING_LINKS = Set.of("at", "near", "around", "about", "for", "up", "down");

    /**
     * A share price: an unscaled sum right after a verb of trading ("Soylent stock ... trades near $31",
     * "the stock closed at $88.20", "Shares ... now change hands for about $64"). No record holds it.
     */
    static boolean sharePrice(Tokens t, Figure f) {
        if (f.scaled) {
            return false;
        }
        int k = f.startTok - 1;
        while (k >= f.startTok - 3 && t.isAny(k, TRADING_LINKS)) {
            k--;
        }
        return k < f.startTok - 1 && t.isAny(k, TRADING);
    }

    /** Words for a company's shares as the subject of a price: "Ferrovia shares rose 1.8% to €14.62". */
    private static final Set<String> SHARES_OF_STOCK = Set.of("shares", "stock", "stocks");
    /** Below this an unscaled sum in a clause about shares is their price, never a company's metric. */
    private static final BigDecimal SHARE_PRICE_LIMIT = BigDecimal.valueOf(10_000);

    /**
     * An unscaled sum in a clause whose words before it speak of shares or stock: their price ("Ferrovia
     * shares rose 1.8% to €14.62", "Shares were little changed at $38.90"), whatever valuing or money
     * word stands near. No record holds it.
     */
    private static boolean priceInAClauseOfShares(Tokens t, ClaimDraft draft) {
        Figure f = draft.figure();
        if (f.scaled || f.value.abs().compareTo(SHARE_PRICE_LIMIT) >= 0) {
            return false;
        }
        for (int k = f.startTok - 1; k >= 0 && draft.clauses().at(k) == draft.figureClause(); k--) {
            if (t.isAny(k, SHARES_OF_STOCK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Money added to or wiped off a company's market value: "adding some €1.1bn to its market value",
     * "wiped $40 billion off its market capitalisation". A change, which no record holds.
     */
    private static boolean marketValueMoved(Tokens t, Figure f) {
        int k = f.endTok;
        if (!t.isAny(k, MARKET_VALUE_MOVES)) {
            return false;
        }
        for (int j = k + 1; j <= k + 3; j++) {
            if (t.is(j, "market") && t.isAny(j + 1, MetricCues.MARKET_VALUE)) {
                return true;
            }
        }
        return false;
    }
}

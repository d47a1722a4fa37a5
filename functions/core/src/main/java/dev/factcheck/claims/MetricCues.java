package dev.factcheck.claims;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds the cue terms of catalog metrics in a sentence, longest term first. */
final class MetricCues {

    /** Terms that name a metric only when no other cue stands in the clause. */
    private static final Set<String> WEAK = Set.of(
            "employees", "employee", "workers", "worker", "staff", "staffers", "workforce", "people", "team members",
            "associates", "colleagues",
            "brought in", "brings in", "bringing in", "took in", "takes in", "taking in", "booked", "generated", "pulled in");
    /** Money a deal brought in is its proceeds, not revenue: "the sale brought in $310 million", "the round took in". */
    private static final Set<String> DEALS = Set.of("round", "sale", "sales", "offering", "ipo", "listing", "deal",
            "auction", "disposal", "financing", "raise", "bond", "bonds", "issue", "spin-off", "divestment");
    /** How many tokens after "worth" its sum may start: "worth an estimated $2 billion". */
    private static final int WORTH_WINDOW = 4;
    /** Words that make funding a company's total: "total funding", "cumulative funding". */
    private static final Set<String> TOTALS = Set.of("total", "cumulative", "overall", "combined");
    /** How far back a deal may stand before the verb that says what it brought in. */
    private static final int DEAL_WINDOW = 8;
    /**
     * Verbs that state a level of people ("which numbered roughly 4,000 people", "stood at 9,300"):
     * weak cues of the metric the workforce words name, when the catalog has one.
     */
    private static final Set<String> LEVEL_VERBS = Set.of(
            "numbered", "numbering", "numbers", "totalled", "totaled", "totalling", "totaling", "stood", "peaked",
            "peaking");
    /**
     * A round of people is a round of layoffs ("its October round of 1,500", "the round would affect
     * 17,000 roles"): cues of the metric the layoff words name, when the catalog has one. A round of
     * money ("a funding round") is the catalog's own term; the figure's dimension picks between them.
     */
    private static final Set<String> ROUND_WORDS = Set.of("round", "rounds");
    /**
     * Particles that close a verb of cutting with its object between ("let 850 workers go", "laid 300
     * staff off"): a two-word term ending with one names the figure inside.
     */
    private static final Set<String> PARTICLES = Set.of("go", "off");
    /** Words that end the object of a verb before its particle could close it: "let 5 stores close and go". */
    private static final Set<String> OBJECT_ENDS = Set.of("and", "or", "to", "but", "as", "while", "because");
    /** The most tokens between a verb and its particle: "let about 1,200 more workers go". */
    private static final int SPLIT_OBJECT = 8;
    /** Modals before a verb: "could go", "will go", "set to go". */
    private static final Set<String> MODALS = Set.of("could", "will", "would", "may", "might", "must", "to", "can",
            "shall", "should");
    /** Words after "go" that send it somewhere: "will go to", "could go ahead", "may go up". */
    private static final Set<String> GOING_SOMEWHERE = Set.of("to", "into", "ahead", "on", "up", "down", "out", "back",
            "through", "beyond", "public", "private", "further", "for", "with", "toward", "towards");
    /** Nouns for a company that a bare figure after "of" counts the people of: "a company of nearly 50,000". */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "business", "employer");
    /** Verbs of having that state a level of the people counted after them ("it has about 180 salespeople"). */
    private static final Set<String> HAVING_VERBS = Set.of("has", "have", "had", "boasts", "boasted", "boast");
    /** Verbs of having that may take "of" before what is had: "still boasts of 6,300 colleagues". */
    private static final Set<String> BOASTING = Set.of("boasts", "boasted", "boast");
    /**
     * Nouns for an organisation that "a ... of" a figure and people counts the whole of: "a studio of 2,150
     * people", "a start-up of 40 people" ("a group of 300 workers" and "a team of 40 engineers" may be parts).
     */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("studio", "outfit", "organisation", "organization",
            "startup", "chain", "retailer", "operator", "bank", "lender", "insurer", "carrier", "manufacturer", "maker",
            "conglomerate", "airline", "agency", "publisher", "developer");
    /** Words that may open the object of a verb of having: "has about", "had more than", "has fewer than". */
    private static final Set<String> HEDGE_WORDS = Set.of(
            "about", "some", "roughly", "nearly", "around", "approximately", "almost", "more", "fewer", "less",
            "over", "under", "just", "close", "only", "up");
    /** What a company says it is, counted in people: "we were 90 people", "we are now 560 people". */
    private static final Set<String> WE_ARE = Set.of("are", "were", "re");
    /** Words before "team of" that make the team the whole company: "we are a team of 560", "our team of 560". */
    private static final Set<String> TEAM_OWNERS = Set.of("a", "our", "its", "their");
    /** Verbs of working that state a level of the people before them ("nearly 50,000 people work at Initech"). */
    private static final Set<String> WORKING_VERBS = Set.of("work", "works", "worked", "working");
    /** "Its showroom count stood at 312": the count of a thing, which a level verb does not make people. */
    private static final Set<String> COUNT_NOUNS = Set.of("count", "number", "total", "tally");

    /**
     * Nouns for a company that a sum of money right before them values: "a $4 billion company", "the
     * $2bn start-up" (a start-up is "start-up" or "startup").
     */
    private static final Set<String> VALUED_NOUNS = Set.of(
            "company", "firm", "business", "startup", "start", "unicorn", "group", "maker", "developer");
    /** The words a figure of money ends with before a noun it values: "$4 billion company", "$900m start-up". */
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion", "m", "bn", "b");
    /** How many words may describe a company between its value and its noun: "$2.2 billion freight-matching unicorn". */
    private static final int VALUED_MODIFIERS = 2;
    /** Words that never describe a company noun: articles, possessives, conjunctions, "more". */
    private static final Set<String> NOT_MODIFIERS = Set.of("a", "an", "the", "its", "their", "our", "his", "her",
            "and", "or", "but", "more", "than", "less", "that", "which", "this", "each", "per", "a-year");
    /** A workforce named as its members' ranks: "trimmed its ranks to 12,400". */
    private static final Set<String> RANKS = Set.of("ranks");
    /** Determiners between a cutting verb and the level it cuts: "cut its staff by". */
    private static final Set<String> DETERMINERS = Set.of("its", "their", "our", "the", "his", "her");
    /** Verbs of affecting: "will affect roughly 700 jobs". */
    private static final Set<String> AFFECTING = Set.of("affect", "affects", "affected", "affecting", "impact",
            "impacts", "impacted", "impacting");
    /** Participles of affecting after the jobs they count as cut: "850 roles were affected". */
    private static final Set<String> AFFECTED = Set.of("affected", "impacted");
    /** The most tokens between a figure and the participle that says its jobs were affected: "200 further positions would be affected". */
    private static final int AFFECTED_WINDOW = 5;
    /** "put at": a value put on something, not money put into it. */
    static final Set<String> PUTTING = Set.of("put", "puts", "putting");
    /** Verbs of a value on the books: "its stake is carried at up to $2 billion". */
    private static final Set<String> CARRYING = Set.of("carried", "carries", "carry");
    /** Verbs of pricing a company: "priced it at", "pegged Hooli at". */
    private static final Set<String> PRICING = Set.of("priced", "prices", "pricing", "pegged", "pegs", "pegging");
    /** Verbs of giving money to a company: "sent $150 million to Sundew Bio". */
    private static final Set<String> GIVING = Set.of("sent", "send", "sends", "sending", "wired", "wire", "gave",
            "give", "gives", "giving", "handed", "hand", "hands", "wrote", "writes", "write", "writing", "transferred");
    /** A sum written as a cheque: "wrote a $40 million cheque to Kelvin Labs". */
    private static final Set<String> CHEQUES = Set.of("cheque", "check", "cheques", "checks");
    /** How far before the sum its verb of giving may stand: "handed roughly $40 million to". */
    private static final int GIVING_REACH = 5;
    /** Determiners of what a putting or pricing verb values: "put the stake at", "pegged its holding at". */
    private static final Set<String> VALUED_DETERMINERS = Set.of("the", "its", "their", "that", "this");
    /** A share of a company one owner holds, which a putting verb may value: "put the stake at $250 million". */
    /** Pronouns a pricing verb may take for the company: "priced it at". */
    private static final Set<String> PRICED_OBJECTS = Set.of("it", "them");
    /** Nouns that make "market" the value of a listed company: "market value", "market cap". */
    static final Set<String> MARKET_VALUE = Set.of("value", "valuation", "capitalisation", "capitalization",
            "cap");
    /** The longest object between a valuing verb and its "at": "valued Hooli at", "values the company at". */
    private static final int VALUED_OBJECT = 4;
    /** Nouns that an investment word names a kind of, not money put in: "an investment firm", "investment banks". */
    private static final Set<String> INSTITUTIONS = Set.of(
            "firm", "firms", "bank", "banks", "banker", "bankers", "house", "houses", "manager", "managers", "company",
            "companies", "group", "arm", "vehicle", "fund", "funds", "adviser", "advisers", "advisor", "advisors",
            "trust", "office", "committee", "grade");

    /** Which figures of its clause a cue may name the metric of. */
    enum Reach {
        /** Any figure: a metric term. */
        ANY,
        /** Figures after it: "its October round of 1,500", never "used by 2,000 firms ... in a round". */
        AFTER,
        /** Figures after it that people, not jobs, follow: "has 12 branches and about 180 salespeople" → 180 only. */
        PEOPLE_AFTER,
        /** The figure right after it (a hedge between), when people, not jobs, follow: "with 42,300 colleagues". */
        PEOPLE_NEXT,
        /** The figure right after it (a hedge between): "a company of nearly 50,000". */
        NEXT,
        /** The figure right after it when no people noun follows: "a team of 560", not "a team of 40 engineers". */
        NEXT_WITHOUT_PEOPLE,
        /** The figure just before it (its noun and a modal between): "another 1,000 jobs could go". */
        JUST_BEFORE,
        /** A figure after it that jobs follow: "will affect roughly 700 jobs". */
        JOBS_AFTER,
        /** A figure a few words before it with jobs between: "850 roles were affected", "300 of the roles affected". */
        JOBS_BEFORE
    }

    /** A cue term at tokens {@code [start, end)}; {@code reach} says which figures it may describe. */
    record Cue(int start, int end, Metric metric, boolean weak, Reach reach) {

        Cue(int start, int end, Metric metric, boolean weak) {
            this(start, end, metric, weak, Reach.ANY);
        }

        /** Whether the cue may name the metric of figure {@code f}. */
        boolean reaches(Tokens t, Figure f) {
            return switch (reach) {
                case ANY -> true;
                case AFTER -> end <= f.startTok;
                case PEOPLE_AFTER -> end <= f.startTok && peopleAfter(t, f.endTok);
                case PEOPLE_NEXT -> end <= f.startTok && f.startTok - end <= 3 && peopleAfter(t, f.endTok)
                        && !participleAfterPeople(t, f.endTok);
                case NEXT -> end <= f.startTok && f.startTok - end <= 3;
                case NEXT_WITHOUT_PEOPLE -> end <= f.startTok && f.startTok - end <= 3
                        && !Lexicon.peopleNounWithin(t, f.endTok, 2);
                case JUST_BEFORE -> start >= f.endTok && start - f.endTok <= 4;
                case JOBS_AFTER -> end <= f.startTok && f.startTok - end <= 3 && t.isAny(f.endTok, Lexicon.JOB_NOUNS);
                case JOBS_BEFORE -> start >= f.endTok && start - f.endTok <= AFFECTED_WINDOW && jobsBetween(t, f.endTok, start);
            };
        }

        /** A job noun among the tokens {@code [from, to)}, all of them words. */
        private static boolean jobsBetween(Tokens t, int from, int to) {
            boolean jobs = false;
            for (int k = from; k < to; k++) {
                if (!t.isWord(k)) {
                    return false;
                }
                jobs |= t.isAny(k, Lexicon.JOB_NOUNS);
            }
            return jobs;
        }

        /** A metric reported per counterparty: investments in a company. */
        boolean hasObject() {
            return heldPerCounterparty(metric);
        }
    }

    /** A metric reported per counterparty: investments in a company. */
    static boolean heldPerCounterparty(Metric metric) {
        return metric.aggregation() == Aggregation.LATEST && metric.dimension() == Dimension.CURRENCY;
    }

    private record Term(String[] words, Metric metric, boolean weak) {
    }

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /** The metric of "workforce" and "employees": what a level verb counts; null when the catalog has none. */
    private Metric levelMetric;
    /** The metric of "layoffs": what a round of people counts ("its October round of 1,500"); null when none. */
    private Metric peopleRoundMetric;
    /**
     * Terms made of a verb and "at" ("valued at"), by the verb's stem: any form of the verb with its
     * object between names the same metric ("that round valued Hooli at", "values the company at").
     */
    private final Map<String, Metric> verbAtTerms = new HashMap<>();
    /** The metric whose term is "valuation": what a sum of money before "company" measures; null when none. */
    private Metric valuationMetric;
    /** The metric whose term is "round": what a "Series D" names too; null when none. */
    private Metric roundMetric;
    /** The metric whose term is "invested": what money put "into" a company measures; null when none. */
    private Metric investmentMetric;
    /** Two-word terms of people that close with a particle ("let go"), by their verb: "let" → ["go", layoffs]. */
    private final Map<String, Term> splitTerms = new HashMap<>();

    MetricCues(Catalog catalog) {
        Set<String> catalogTerms = new HashSet<>();
        for (Metric metric : catalog.metrics()) {
            for (String term : metric.terms()) {
                catalogTerms.add(term.toLowerCase(Locale.ROOT));
            }
        }
        for (Metric metric : catalog.metrics()) {
            List<String> terms = new ArrayList<>(metric.terms());
            terms.addAll(kin(metric, catalogTerms));
            for (String term : terms) {
                Tokens t = Tokens.of(term, 0, term.length());
                if (t.size == 0) {
                    continue;
                }
                String[] words = new String[t.size];
                for (int i = 0; i < t.size; i++) {
                    words[i] = t.lower(i);
                }
                termsStartingWith(words[0]).add(new Term(words, metric, WEAK.contains(term)));
                if ((term.equals("workforce") || term.equals("employees")) && levelMetric == null) {
                    levelMetric = metric;
                }
                if (term.equals("layoffs") && metric.dimension() == Dimension.PEOPLE && peopleRoundMetric == null) {
                    peopleRoundMetric = metric;
                }
                if (term.equals("valuation") && valuationMetric == null) {
                    valuationMetric = metric;
                }
                if (term.equals("round") && roundMetric == null) {
                    roundMetric = metric;
                }
                if (term.equals("invested") && metric.dimension() == Dimension.CURRENCY && investmentMetric == null) {
                    investmentMetric = metric;
                }
                if (words.length == 2 && PARTICLES.contains(words[1]) && metric.dimension() == Dimension.PEOPLE) {
                    splitTerms.putIfAbsent(words[0], new Term(words, metric, false));
                }
                if (words.length == 2 && words[1].equals("at")) {
                    verbAtTerms.putIfAbsent(stem(words[0]), metric);
                }
                if (words.length == 1 && words[0].length() > 3 && words[0].endsWith("s")) {
                    // "its store count fell to 1,185": the count of what a plural term names.
                    String singular = singular(words[0]);
                    termsStartingWith(singular).add(new Term(new String[] {singular, "count"}, metric, false));
                    byFirstWord.get(singular).add(new Term(new String[] {singular, "counts"}, metric, false));
                }
            }
        }
    }

    /** The terms whose first word is {@code word}, a new list if none yet. */
    private List<Term> termsStartingWith(String word) {
        List<Term> terms = byFirstWord.get(word);
        if (terms == null) {
            terms = new ArrayList<>();
            byFirstWord.put(word, terms);
        }
        return terms;
    }

    /**
     * The words a metric's terms stand for in news copy besides themselves: a count of places of sale
     * named by one noun ("stores") is named by any ("312 showrooms", "890 restaurants", "2,198 sites"),
     * unless the catalog gives that noun to a metric of its own.
     */
    private static List<String> kin(Metric metric, Set<String> catalogTerms) {
        boolean placesOfSale = false;
        for (String term : metric.terms()) {
            placesOfSale |= Lexicon.PLACES_OF_SALE.contains(term.toLowerCase(Locale.ROOT));
        }
        if (!placesOfSale) {
            return List.of();
        }
        List<String> kin = new ArrayList<>();
        for (String noun : Lexicon.PLACES_OF_SALE) {
            if (!catalogTerms.contains(noun)) {
                kin.add(noun);
            }
        }
        kin.sort(null);
        return kin;
    }

    List<Cue> find(Tokens t) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            List<Term> terms = t.isWord(i) ? byFirstWord.get(t.lower(i)) : null;
            Term best = null;
            if (terms != null) {
                for (Term term : terms) {
                    int n = term.words.length;
                    if (i + n > t.size || (best != null && n <= best.words.length)) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < n && ok; k++) {
                        ok = t.lower(i + k).equals(term.words[k]);
                    }
                    if (ok) {
                        best = term;
                    }
                }
            }
            if (peopleRoundMetric != null && t.isAny(i, ROUND_WORDS) && !countedRounds(t, i)
                    && (best == null || best.metric.dimension() != Dimension.PEOPLE)) {
                cues.add(new Cue(i, i + 1, peopleRoundMetric, false, Reach.AFTER));
            }
            int valuingEnd = best == null ? valuingVerbEnd(t, i) : -1;
            int splitEnd = best == null ? splitTermEnd(t, i) : -1;
            int estimateEnd = valuationMetric == null ? -1 : estimateEnd(t, i);
            if (estimateEnd > 0 && estimateOfMoneyNoMetricDescribes(t, i)) {
                i = estimateEnd; // "a budget that one former producer put at $140 million": neither a value nor money put in
                continue;
            }
            if (estimateEnd > 0) {
                cues.add(new Cue(i, estimateEnd, valuationMetric, false));
                i = estimateEnd;
                continue;
            }
            if (best != null && best.metric == investmentMetric && t.isAny(i + best.words.length, INSTITUTIONS)) {
                i += best.words.length; // "a Zurich-based investment firm that manages about €9 billion": no investment
                continue;
            }
            if (best != null && (worthOfNoFigure(t, i, best) || (best.weak && best.metric.dimension() == Dimension.CURRENCY && broughtInByADeal(t, i)))) {
                i += best.words.length; // "figures worth a second look", "the sale brought in $310 million": no metric
                continue;
            }
            if (best != null && multiple(t, i)) {
                i += best.words.length; // "trades at about 11 times earnings": a ratio, not the metric's figure
                continue;
            }
            int cutToEnd = best == null ? -1 : cutToALevelEnd(t, i + best.words.length, best);
            if (cutToEnd > 0) {
                cues.add(new Cue(i, cutToEnd, levelMetric, false, Reach.NEXT)); // "trimmed its ranks to 12,400": the level left
                i = cutToEnd;
                continue;
            }
            int cutLevelEnd = best == null ? -1 : cutOfALevelEnd(t, i + best.words.length, best);
            if (cutLevelEnd > 0) {
                cues.add(new Cue(i, cutLevelEnd, best.metric, false)); // "reduce headcount by 2,000": the cut, not the level
                i = cutLevelEnd;
                continue;
            }
            if (best != null && roundMetric != null && best.metric == investmentMetric && fundsRaised(t, i, best)) {
                cues.add(new Cue(i, i + 1, roundMetric, false)); // "brings total funding to $165 million": what it raised
                i++;
                continue;
            }
            if (best != null) {
                cues.add(new Cue(i, i + best.words.length, best.metric, best.weak));
                Term overlapping = overlappingLevel(t, i + best.words.length - 1, best);
                if (overlapping != null) {
                    int last = i + best.words.length - 1;
                    cues.add(new Cue(last, last + overlapping.words.length, overlapping.metric, overlapping.weak));
                }
                i += best.words.length;
            } else if (splitEnd > 0) {
                cues.add(new Cue(i, splitEnd, splitTerms.get(t.lower(i)).metric, false));
                i = splitEnd;
            } else if (valuingEnd > 0) {
                cues.add(new Cue(i, valuingEnd, verbAtTerms.get(stem(t.lower(i))), false));
                i = valuingEnd;
            } else {
                if (levelMetric != null && t.isAny(i, LEVEL_VERBS) && !countOfThings(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
                } else if (levelMetric != null && t.isAny(i, WORKING_VERBS)
                        && (Lexicon.peopleNoun(t.lower(i - 1)) || Lexicon.peopleNoun(t.lower(i - 2)))) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
                } else if (levelMetric != null && t.isAny(i, BOASTING) && t.is(i + 1, "of")) {
                    cues.add(new Cue(i, i + 2, levelMetric, true, Reach.PEOPLE_AFTER)); // "boasts of 6,300 colleagues"
                } else if (levelMetric != null && t.isAny(i, HAVING_VERBS) && !auxiliary(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true, Reach.PEOPLE_AFTER));
                } else if (levelMetric != null && t.is(i, "with") && !auxiliary(t, i)) {
                    // "With 42,300 colleagues in 31 countries", "ended the year with 33,500 staff": a level.
                    cues.add(new Cue(i, i + 1, levelMetric, true, Reach.PEOPLE_NEXT));
                } else if (levelMetric != null && t.isAny(i, Lexicon.COMPARISON_WORDS) && !t.is(i, "up") && t.is(i + 1, "to")) {
                    // "Prestige has grown to about 1,480 people": a level reached.
                    cues.add(new Cue(i, i + 2, levelMetric, true, Reach.PEOPLE_NEXT));
                } else if (levelMetric != null && companyOfPeople(t, i)) {
                    cues.add(new Cue(i, i + 2, levelMetric, true, Reach.NEXT));
                } else if (levelMetric != null && organisationOf(t, i)) {
                    cues.add(new Cue(i, i + 2, levelMetric, true, Reach.PEOPLE_NEXT)); // "a studio of 2,150 people"
                } else if (levelMetric != null && sizedOrganisation(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true, Reach.JUST_BEFORE)); // "a 12,000-person company"
                } else if (levelMetric != null && t.is(i, "strong") && figureRightBefore(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, false, Reach.JUST_BEFORE)); // "8,450 strong", "a 5,000-strong"
                } else if (levelMetric != null && t.is(i, "team") && t.is(i + 1, "of") && t.isAny(i - 1, TEAM_OWNERS)) {
                    // "we are a team of 560": the whole team, unless people after the figure name a part of it
                    cues.add(new Cue(i, i + 2, levelMetric, true, Reach.NEXT_WITHOUT_PEOPLE));
                } else if (levelMetric != null && t.is(i - 1, "we") && t.isAny(i, WE_ARE)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true, Reach.PEOPLE_NEXT)); // "we were 90 people"
                }
                if (peopleRoundMetric != null && affectingJobs(t, i)) {
                    cues.add(new Cue(i, i + 1, peopleRoundMetric, false, Reach.JOBS_AFTER));
                }
                if (peopleRoundMetric != null && t.isAny(i, AFFECTED)) {
                    // "850 roles were affected", "no more than 200 further positions would be affected"
                    cues.add(new Cue(i, i + 1, peopleRoundMetric, false, Reach.JOBS_BEFORE));
                }
                if (peopleRoundMetric != null && t.is(i, "at") && t.is(i + 1, "risk")) {
                    cues.add(new Cue(i, i + 2, peopleRoundMetric, false, Reach.JUST_BEFORE)); // "1,100 roles were at risk"
                }
                if (peopleRoundMetric != null && (jobsGoing(t, i) || jobsGone(t, i))) {
                    cues.add(new Cue(i, i + 1, peopleRoundMetric, false, Reach.JUST_BEFORE));
                }
                if (peopleRoundMetric != null && t.isAny(i, LOSING)) {
                    cues.add(new Cue(i, i + 1, peopleRoundMetric, false, Reach.JOBS_AFTER)); // "will lose 120 positions"
                }
                if (valuationMetric != null && valuedNoun(t, i)) {
                    cues.add(new Cue(i, i + 1, valuationMetric, false));
                }
                if (investmentMetric != null && (intoAName(t, i) || givenToAName(t, i))) {
                    cues.add(new Cue(i, i + 1, investmentMetric, false, Reach.JUST_BEFORE)); // "has sunk $1.5 billion into Hooli"
                }
                if (valuationMetric != null && t.is(i, "post") && t.isSym(i + 1, '-') && t.is(i + 2, "money")) {
                    cues.add(new Cue(i, i + 3, valuationMetric, false)); // "$1.1 billion post-money"
                }
                if (valuationMetric != null && t.is(i, "market") && t.isAny(i + 1, MARKET_VALUE)) {
                    cues.add(new Cue(i, i + 2, valuationMetric, false)); // "its market value is back above $10 billion"
                }
                if (roundMetric != null && seriesName(t, i)) {
                    cues.add(new Cue(i, i + 2, roundMetric, false));
                }
                i++;
            }
        }
        return cues;
    }

    /** How far back from "put at" the thing put at a value may be named: "the budget that one former producer put at". */
    private static final int ESTIMATED_THING_WINDOW = 8;

    /**
     * "a budget that one former producer put at $140 million", "the backlog, which analysts put at $60 billion":
     * the thing a putting verb values is named nearer before it by a noun of money no metric describes
     * than by a stake or a company, so the sum is that money's, not a valuation.
     */
    static boolean estimateOfMoneyNoMetricDescribes(Tokens t, int put) {
        for (int k = put - 1; k >= Math.max(0, put - ESTIMATED_THING_WINDOW) && !t.isSymAny(k, ".;"); k--) {
            if (t.isAny(k, MetricStage.MONEY_WITHOUT_METRIC)) {
                return true;
            }
            if (t.isAny(k, MetricStage.STAKES) || t.isAny(k, VALUED_NOUNS) || t.isAny(k, MARKET_VALUE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end (after the particle) of a two-word term of people written with its object between
     * ("let 850 warehouse workers go", "laid about 300 staff off"): a figure must stand between, with
     * nothing but words of its object ("and", "or", "to" end it); -1 when none.
     */
    private int splitTermEnd(Tokens t, int i) {
        Term term = t.isWord(i) ? splitTerms.get(t.lower(i)) : null;
        if (term == null) {
            return -1;
        }
        boolean figure = false;
        for (int k = i + 1; k <= i + 1 + SPLIT_OBJECT && k < t.size; k++) {
            if (t.is(k, term.words[1])) {
                return figure && k > i + 1 ? k + 1 : -1;
            }
            if (t.isNum(k) || Lexicon.NUMBER_WORDS.containsKey(t.lower(k))) {
                figure = true;
            } else if (t.isSymAny(k, ",.") && t.isNum(k - 1) && t.isNum(k + 1)) {
                continue; // "1,200": a separator inside the figure
            } else if (!t.isWord(k) || t.isAny(k, OBJECT_ENDS)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "another 1,000 could go", "up to 2,000 jobs will go": "go" after a modal, going nowhere, says the
     * people or jobs before it are cut ("will go to the new unit", "could go ahead" say no such thing).
     */
    private static boolean jobsGoing(Tokens t, int i) {
        return t.is(i, "go") && t.isAny(i - 1, MODALS) && !t.isAny(i + 1, GOING_SOMEWHERE);
    }

    /** Verbs of losing: jobs a company or a part of it loses are cut ("will lose 120 positions"). */
    private static final Set<String> LOSING = Set.of("lose", "loses", "lost", "losing");
    /** Forms of "be" before "gone": "their jobs were gone", "1,000 roles are gone". */
    private static final Set<String> BEING = Set.of("is", "are", "was", "were", "be", "been");

    /** "told 520 people their jobs were gone", "1,000 roles are gone": people or jobs gone are cut. */
    private static boolean jobsGone(Tokens t, int i) {
        return t.is(i, "gone") && t.isAny(i - 1, BEING);
    }

    /**
     * "into" right after a sum of money and before a name: money put into a company, whatever verb put
     * it there ("has sunk $1.5 billion into Hooli", "ploughed €200m into Globex").
     */
    private static boolean intoAName(Tokens t, int i) {
        return t.is(i, "into") && (t.isNum(i - 1) || t.isAny(i - 1, SCALE_WORDS)) && t.isWord(i + 1) && t.capitalised(i + 1)
                && !Lexicon.NOT_NAMES.contains(t.lower(i + 1));
    }

    /**
     * "to" after a sum of money that a verb of giving sent, and before a name: money sent to a company
     * ("sent $150 million to Sundew Bio", "wrote a $40 million cheque to Kelvin Labs") went into it.
     */
    private static boolean givenToAName(Tokens t, int i) {
        if (!t.is(i, "to") || !t.isWord(i + 1) || !t.capitalised(i + 1) || Lexicon.NOT_NAMES.contains(t.lower(i + 1))) {
            return false;
        }
        int k = t.isAny(i - 1, CHEQUES) ? i - 2 : i - 1;
        if (!t.isNum(k) && !t.isAny(k, SCALE_WORDS)) {
            return false;
        }
        for (int v = k - 1; v >= Math.max(0, k - GIVING_REACH); v--) {
            if (t.isAny(v, GIVING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end (after "at") of a verb that puts a value on a company or a stake: "which analysts put at
     * roughly $2.2 billion" ("put" right before "at"), "a round that priced it at $5.1 billion" ("priced"
     * with the company between); -1 when none. "put $2 billion into" names no value.
     */
    private static int estimateEnd(Tokens t, int i) {
        if ((t.isAny(i, PUTTING) || t.isAny(i, CARRYING)) && t.is(i + 1, "at")) {
            return i + 2; // "which analysts put at $2.2 billion", "its stake is carried at up to $2 billion"
        }
        if ((t.isAny(i, PUTTING) || t.isAny(i, PRICING)) && t.isAny(i + 1, VALUED_DETERMINERS)
                && (t.isAny(i + 2, MetricStage.STAKES) || t.isAny(i + 2, VALUED_NOUNS)) && t.is(i + 3, "at")) {
            return i + 4; // "they put the stake at nearer $250 million", "pegged its holding at $300 million"
        }
        if (!t.isAny(i, PRICING)) {
            return -1;
        }
        int k = i + 1;
        if (t.isAny(k, PRICED_OBJECTS)) {
            k++;
        } else if (t.is(k, "the") && t.isAny(k + 1, VALUED_NOUNS)) {
            k += 2;
        } else {
            while (t.isWord(k) && t.capitalised(k) && k < i + 4) {
                k++;
            }
        }
        return k > i + 1 && t.is(k, "at") ? k + 1 : -1;
    }

    /**
     * The end (after "by") of a cutting term whose object is a level and whose size follows "by":
     * "reduce headcount by 2,000", "cut its staff by 900", "trim the workforce by 5%"; -1 when none.
     */
    private int cutOfALevelEnd(Tokens t, int end, Term cut) {
        if (cut.metric != peopleRoundMetric || levelMetric == null) {
            return -1;
        }
        int k = t.isAny(end, DETERMINERS) ? end + 1 : end;
        List<Term> terms = t.isWord(k) ? byFirstWord.get(t.lower(k)) : null;
        if (terms == null || !t.is(k + 1, "by")) {
            return -1;
        }
        for (Term term : terms) {
            if (term.metric == levelMetric && term.words.length == 1) {
                return k + 2;
            }
        }
        return -1;
    }

    /**
     * The end (after "to") of a cutting term whose object is a workforce and whose result follows "to":
     * "trimmed its ranks to 12,400", "cut its staff down to 900", "reduced its workforce to 11,300"; -1
     * when none. The figure after "to" is the level the cut left, not the cut.
     */
    private int cutToALevelEnd(Tokens t, int end, Term cut) {
        if (cut.metric != peopleRoundMetric || levelMetric == null) {
            return -1;
        }
        int k = end;
        if (!levelNoun(cut.words[cut.words.length - 1])) { // "reduced its workforce" names the level itself
            k = t.isAny(end, DETERMINERS) ? end + 1 : end;
            if (!t.isWord(k) || !levelNoun(t.lower(k))) {
                return -1;
            }
            k++;
        }
        if (t.is(k, "down")) {
            k++;
        }
        return t.is(k, "to") ? k + 1 : -1;
    }

    /** A one-word term of the workforce ("staff", "headcount") or "ranks": what a cut brings down to a level. */
    private boolean levelNoun(String word) {
        if (RANKS.contains(word)) {
            return true;
        }
        List<Term> terms = byFirstWord.get(word);
        if (terms == null) {
            return false;
        }
        for (Term term : terms) {
            if (term.metric == levelMetric && term.words.length == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will affect roughly 700 jobs": a verb of affecting counts the jobs after it as cut (the people
     * it affects, "affected 5,000 workers", may be anyone).
     */
    private static boolean affectingJobs(Tokens t, int i) {
        return t.isAny(i, AFFECTING);
    }

    /**
     * "worth a second look", "worth noting": "worth" with no sum in the few words after it values nothing
     * ("worth perhaps $1.4 billion", "worth an estimated $2 billion" do).
     */
    private static boolean worthOfNoFigure(Tokens t, int i, Term term) {
        if (term.words.length != 1 || !term.words[0].equals("worth")) {
            return false;
        }
        for (int k = i + 1; k <= i + WORTH_WINDOW && k < t.size; k++) {
            if (t.isNum(k) || t.isSymAny(k, "$\u20ac\u00a3") || Lexicon.NUMBER_WORDS.containsKey(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the sale brought in $310 million", "The round took in $650 million": a weak term of money whose
     * verb has a deal before it in its sentence names proceeds, not the company's revenue.
     */
    private static boolean broughtInByADeal(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - DEAL_WINDOW) && !t.isSymAny(k, ".;"); k--) {
            if (t.isAny(k, DEALS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "total funding", "$50 million in funding": funding counted as a company's total or received is
     * what it raised, not what an investor put in.
     */
    private static boolean fundsRaised(Tokens t, int i, Term term) {
        return term.words.length == 1 && term.words[0].equals("funding")
                && (t.isAny(i - 1, TOTALS) || (t.is(i - 1, "in") && (t.isNum(i - 2) || t.isAny(i - 2, SCALE_WORDS))));
    }

    /** A term right after "times" or "x" names a multiple of the metric ("11 times earnings", "3x sales"), no figure of it. */
    private static boolean multiple(Tokens t, int i) {
        return t.is(i - 1, "times") || (t.is(i - 1, "x") && t.isNum(i - 2) && t.attached(i - 1));
    }

    /** "a company of nearly 50,000": a company noun and "of" before a figure (a hedge may stand between). */
    private static boolean companyOfPeople(Tokens t, int i) {
        if (!t.isAny(i, COMPANY_NOUNS) || !t.is(i + 1, "of")) {
            return false;
        }
        int k = i + 2;
        while (k < i + 5 && (t.isAny(k, HEDGE_WORDS) || t.is(k, "than"))) {
            k++;
        }
        return t.isNum(k);
    }

    /**
     * "a studio of 2,150 people", "a start-up of about 40 people": "a", a noun for an organisation and "of"
     * before a figure; the people after it say it counts them (the reach checks).
     */
    private static boolean organisationOf(Tokens t, int i) {
        boolean startUp = t.is(i, "up") && t.isSym(i - 1, '-') && t.is(i - 2, "start");
        int article = startUp ? i - 3 : i - 1;
        return (t.isAny(i, ORGANISATION_NOUNS) || startUp) && t.is(i + 1, "of") && t.is(article, "a")
                && !companyOfPeople(t, i);
    }

    /** Words a figure sizes an organisation in: "a 12,000-person company", "a 5,000-employee manufacturer". */
    private static final Set<String> HEAD_UNITS = Set.of("person", "employee", "worker", "people", "staff");

    /**
     * "a 12,000-person company", "the 5,000-employee manufacturer": a figure, a hyphen and a word of one
     * person before a noun for an organisation counts its people ("a 50-person team" may be a part, "the
     * 1,100-person cut" is a cut).
     */
    private static boolean sizedOrganisation(Tokens t, int i) {
        if (!t.isAny(i, HEAD_UNITS) || !t.isSym(i - 1, '-') || !(t.isNum(i - 2) || t.isAny(i - 2, SCALE_WORDS))) {
            return false;
        }
        boolean startUp = t.is(i + 1, "start") && t.isSym(i + 2, '-') && t.is(i + 3, "up");
        return t.isAny(i + 1, COMPANY_NOUNS) || t.isAny(i + 1, ORGANISATION_NOUNS) || startUp
                || t.isAny(i + 1, VALUED_NOUNS);
    }

    /** A figure right before "strong", a hyphen between or not: "8,450 strong", "its 5,000-strong workforce". */
    private static boolean figureRightBefore(Tokens t, int strong) {
        return t.isNum(strong - 1) || t.isAny(strong - 1, SCALE_WORDS)
                || (t.isSym(strong - 1, '-') && (t.isNum(strong - 2) || t.isAny(strong - 2, SCALE_WORDS)));
    }

    /** The level verb at {@code verb} follows "<noun> count" of a noun that names no people ("its showroom count stood"). */
    private static boolean countOfThings(Tokens t, int verb) {
        return t.isAny(verb - 1, COUNT_NOUNS) && t.isWord(verb - 2) && !Lexicon.peopleNoun(t.lower(verb - 2));
    }

    /**
     * The verb of having at {@code verb} is an auxiliary ("have been saying", "has cut"): a number or
     * a hedge opens its object when it states what is had.
     */
    private static boolean auxiliary(Tokens t, int verb) {
        return !t.isNum(verb + 1) && !t.isAny(verb + 1, HEDGE_WORDS)
                && !Lexicon.NUMBER_WORDS.containsKey(t.lower(verb + 1));
    }

    /**
     * A term of another metric that begins with the last word of {@code matched} and runs on
     * ("reduce its workforce of 1,600": "workforce of" names the level the cut would come out of), or null.
     */
    private Term overlappingLevel(Tokens t, int last, Term matched) {
        List<Term> terms = byFirstWord.get(t.lower(last));
        if (terms == null) {
            return null;
        }
        for (Term term : terms) {
            int n = term.words.length;
            boolean ok = n > 1 && term.metric != matched.metric && last + n <= t.size;
            for (int k = 1; k < n && ok; k++) {
                ok = t.lower(last + k).equals(term.words[k]);
            }
            if (ok) {
                return term;
            }
        }
        return null;
    }

    /**
     * A participle right after the people counted after a figure: "with 300 people affected in Ireland"
     * tells what happened to a part, not how many the company has.
     */
    private static boolean participleAfterPeople(Tokens t, int at) {
        int k = at;
        while (k <= at + 1 && t.isWord(k) && !Lexicon.peopleNoun(t.lower(k))) {
            k++;
        }
        String next = t.isWord(k + 1) ? t.lower(k + 1) : "";
        return next.length() > 4 && (next.endsWith("ed") || next.endsWith("ing"));
    }

    /** People, not jobs, are counted right after a figure ending at {@code at}: "180 salespeople", "1.5 million workers". */
    private static boolean peopleAfter(Tokens t, int at) {
        for (int j = at; j <= at + 1 && t.isWord(j); j++) {
            if (Lexicon.peopleNoun(t.lower(j))) {
                return !t.isAny(j, Lexicon.JOB_NOUNS);
            }
        }
        return false;
    }

    /**
     * "three rounds", "2 rounds": the figure counts the rounds, not the people in them (a year before
     * the word, "its 2023 round", counts nothing).
     */
    private static boolean countedRounds(Tokens t, int round) {
        return (t.isNum(round - 1) && t.text(round - 1).length() <= 2)
                || Lexicon.NUMBER_WORDS.containsKey(t.lower(round - 1));
    }

    /**
     * The end (after "at") of a verb-and-"at" term written with another form of the verb and its object
     * between ("valued Hooli at", "valuing the company at", "put the company's value at"); -1 when none.
     */
    private int valuingVerbEnd(Tokens t, int i) {
        if (!t.isWord(i) || !verbAtTerms.containsKey(stem(t.lower(i)))) {
            return -1;
        }
        int words = 0;
        for (int k = i + 1; words <= VALUED_OBJECT && k < t.size; k++) {
            if (t.is(k, "at")) {
                return k + 1;
            }
            if (!t.isWord(k) && !t.isSymAny(k, "'\u2019-")) {
                return -1;
            }
            // "valued the gene-editing start-up at": a hyphenated compound is one word of the object.
            words += t.isWord(k) && !(t.isSym(k - 1, '-') && t.attached(k)) ? 1 : 0;
        }
        return -1;
    }

    /**
     * "a $4 billion company", "a $900m start-up", "the $2.2 billion freight-matching unicorn": a company
     * noun after a sum of money, with at most {@value #VALUED_MODIFIERS} lower-case words describing it between.
     */
    private static boolean valuedNoun(Tokens t, int i) {
        boolean startUp = t.is(i, "start") && t.isSym(i + 1, '-') && t.is(i + 2, "up");
        if (!t.isAny(i, VALUED_NOUNS) || (t.is(i, "start") && !startUp)) {
            return false;
        }
        int k = i - 1;
        int words = 0;
        while (k > 0 && words <= VALUED_MODIFIERS && (modifier(t, k) || (t.isSym(k, '-') && t.attached(k)))) {
            words += t.isWord(k) ? 1 : 0;
            k--;
        }
        return words <= VALUED_MODIFIERS && (t.isNum(k) || t.isAny(k, SCALE_WORDS));
    }

    /** A lower-case word that may describe a company between its value and its noun ("robotics", "freight"). */
    private static boolean modifier(Tokens t, int k) {
        return t.isWord(k) && !t.capitalised(k) && !t.isAny(k, SCALE_WORDS) && !t.isAny(k, Lexicon.PREPOSITIONS)
                && !t.isAny(k, NOT_MODIFIERS);
    }

    /** "a $900 million Series D": a round's series name, "Series" and one capital letter. */
    private static boolean seriesName(Tokens t, int i) {
        return t.isWord(i) && t.text(i).equals("Series") && t.isWord(i + 1) && t.length(i + 1) == 1
                && Character.isUpperCase(t.text.charAt(t.start[i + 1]));
    }

    /** "stores" → "store", "branches" → "branch", "boutiques" → "boutique". */
    private static String singular(String plural) {
        for (String ending : new String[] {"ches", "shes", "sses", "xes"}) {
            if (plural.endsWith(ending)) {
                return plural.substring(0, plural.length() - 2);
            }
        }
        return plural.substring(0, plural.length() - 1);
    }

    /** "valued", "values", "valuing", "value" → "valu": the forms of one verb share a stem. */
    private static String stem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "e", "s", "d"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}

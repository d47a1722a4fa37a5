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
            "employees", "employee", "workers", "worker", "staff", "staffers", "workforce", "people");
    /**
     * Verbs that state a level of people ("which numbered roughly 4,000 people", "stood at 9,300"):
     * weak cues of the metric the workforce words name, when the catalog has one.
     */
    private static final Set<String> LEVEL_VERBS = Set.of(
            "numbered", "numbering", "numbers", "totalled", "totaled", "totalling", "totaling", "stood");
    /**
     * A round of people is a round of layoffs ("its October round of 1,500", "the round would affect
     * 17,000 roles"): cues of the metric the layoff words name, when the catalog has one. A round of
     * money ("a funding round") is the catalog's own term; the figure's dimension picks between them.
     */
    private static final Set<String> ROUND_WORDS = Set.of("round", "rounds");
    /** Verbs of having that state a level of the people counted after them ("it has about 180 salespeople"). */
    private static final Set<String> HAVING_VERBS = Set.of("has", "have", "had");
    /** Words that may open the object of a verb of having: "has about", "had more than", "has fewer than". */
    private static final Set<String> HEDGE_WORDS = Set.of(
            "about", "some", "roughly", "nearly", "around", "approximately", "almost", "more", "fewer", "less",
            "over", "under", "just", "close", "only", "up");
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
    /** The longest object between a valuing verb and its "at": "valued Hooli at", "values the company at". */
    private static final int VALUED_OBJECT = 4;

    /** Which figures of its clause a cue may name the metric of. */
    enum Reach {
        /** Any figure: a metric term. */
        ANY,
        /** Figures after it: "its October round of 1,500", never "used by 2,000 firms ... in a round". */
        AFTER,
        /** Figures after it that people, not jobs, follow: "has 12 branches and about 180 salespeople" → 180 only. */
        PEOPLE_AFTER
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
            };
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

    MetricCues(Catalog catalog) {
        Set<String> catalogTerms = new HashSet<>();
        catalog.metrics().forEach(metric -> metric.terms().forEach(term -> catalogTerms.add(term.toLowerCase(Locale.ROOT))));
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
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Term(words, metric, WEAK.contains(term)));
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
                if (words.length == 2 && words[1].equals("at")) {
                    verbAtTerms.putIfAbsent(stem(words[0]), metric);
                }
                if (words.length == 1 && words[0].length() > 3 && words[0].endsWith("s")) {
                    // "its store count fell to 1,185": the count of what a plural term names.
                    String singular = singular(words[0]);
                    byFirstWord.computeIfAbsent(singular, k -> new ArrayList<>())
                            .add(new Term(new String[] {singular, "count"}, metric, false));
                }
            }
        }
    }

    /**
     * The words a metric's terms stand for in news copy besides themselves: a count of places of sale
     * named by one noun ("stores") is named by any ("312 showrooms", "890 restaurants", "2,198 sites"),
     * unless the catalog gives that noun to a metric of its own.
     */
    private static List<String> kin(Metric metric, Set<String> catalogTerms) {
        if (metric.terms().stream().noneMatch(term -> Lexicon.PLACES_OF_SALE.contains(term.toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        return Lexicon.PLACES_OF_SALE.stream().filter(noun -> !catalogTerms.contains(noun)).sorted().toList();
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
            if (best != null) {
                cues.add(new Cue(i, i + best.words.length, best.metric, best.weak));
                i += best.words.length;
            } else if (valuingEnd > 0) {
                cues.add(new Cue(i, valuingEnd, verbAtTerms.get(stem(t.lower(i))), false));
                i = valuingEnd;
            } else {
                if (levelMetric != null && t.isAny(i, LEVEL_VERBS) && !countOfThings(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
                } else if (levelMetric != null && t.isAny(i, WORKING_VERBS)
                        && (Lexicon.peopleNoun(t.lower(i - 1)) || Lexicon.peopleNoun(t.lower(i - 2)))) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
                } else if (levelMetric != null && t.isAny(i, HAVING_VERBS) && !auxiliary(t, i)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true, Reach.PEOPLE_AFTER));
                }
                if (valuationMetric != null && valuedNoun(t, i)) {
                    cues.add(new Cue(i, i + 1, valuationMetric, false));
                }
                if (roundMetric != null && seriesName(t, i)) {
                    cues.add(new Cue(i, i + 2, roundMetric, false));
                }
                i++;
            }
        }
        return cues;
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
        for (int k = i + 1; k <= i + 1 + VALUED_OBJECT && k < t.size; k++) {
            if (t.is(k, "at")) {
                return k + 1;
            }
            if (!t.isWord(k) && !t.isSymAny(k, "'\u2019-")) {
                return -1;
            }
        }
        return -1;
    }

    /** "a $4 billion company", "a $900m start-up": a company noun right after a sum of money. */
    private static boolean valuedNoun(Tokens t, int i) {
        boolean startUp = t.is(i, "start") && t.isSym(i + 1, '-') && t.is(i + 2, "up");
        if (!t.isAny(i, VALUED_NOUNS) || (t.is(i, "start") && !startUp)) {
            return false;
        }
        return t.isNum(i - 1) || t.isAny(i - 1, SCALE_WORDS);
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

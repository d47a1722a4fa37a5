package dev.factcheck.claims;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
     * Nouns for a company that a sum of money right before them values: "a $4 billion company", "the
     * $2bn start-up" (a start-up is "start-up" or "startup").
     */
    private static final Set<String> VALUED_NOUNS = Set.of(
            "company", "firm", "business", "startup", "start", "unicorn", "group", "maker", "developer");
    /** The words a figure of money ends with before a noun it values: "$4 billion company", "$900m start-up". */
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion", "m", "bn", "b");
    /** The longest object between a valuing verb and its "at": "valued Hooli at", "values the company at". */
    private static final int VALUED_OBJECT = 4;

    record Cue(int start, int end, Metric metric, boolean weak) {
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
        for (Metric metric : catalog.metrics()) {
            for (String term : metric.terms()) {
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
                    String singular = words[0].substring(0, words[0].length() - 1);
                    byFirstWord.computeIfAbsent(singular, k -> new ArrayList<>())
                            .add(new Term(new String[] {singular, "count"}, metric, false));
                }
            }
        }
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
            int valuingEnd = best == null ? valuingVerbEnd(t, i) : -1;
            if (best != null) {
                cues.add(new Cue(i, i + best.words.length, best.metric, best.weak));
                i += best.words.length;
            } else if (valuingEnd > 0) {
                cues.add(new Cue(i, valuingEnd, verbAtTerms.get(stem(t.lower(i))), false));
                i = valuingEnd;
            } else {
                if (levelMetric != null && t.isAny(i, LEVEL_VERBS)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
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

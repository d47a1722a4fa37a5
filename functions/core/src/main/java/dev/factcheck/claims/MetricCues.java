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
     * A round of people is a round of layoffs ("its October round of 1,500", "the round would affect
     * 17,000 roles"): cues of the metric the layoff words name, when the catalog has one. A round of
     * money ("a funding round") is the catalog's own term; the figure's dimension picks between them.
     */
    private static final Set<String> ROUND_WORDS = Set.of("round", "rounds");

    /**
     * A cue term at tokens {@code [start, end)}; a {@code forward} cue names the metric only of the
     * figures after it ("its October round of 1,500", never "used by 2,000 firms ... in a round").
     */
    record Cue(int start, int end, Metric metric, boolean weak, boolean forward) {

        Cue(int start, int end, Metric metric, boolean weak) {
            this(start, end, metric, weak, false);
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
    /** The metric of "layoffs": what a round of people counts; null when the catalog has none. */
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
                if (term.equals("layoffs") && metric.dimension() == Dimension.PEOPLE && roundMetric == null) {
                    roundMetric = metric;
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
            if (roundMetric != null && t.isAny(i, ROUND_WORDS) && !countedRounds(t, i)
                    && (best == null || best.metric.dimension() != Dimension.PEOPLE)) {
                cues.add(new Cue(i, i + 1, roundMetric, false, true));
            }
            if (best != null) {
                cues.add(new Cue(i, i + best.words.length, best.metric, best.weak));
                i += best.words.length;
            } else {
                if (levelMetric != null && t.isAny(i, LEVEL_VERBS)) {
                    cues.add(new Cue(i, i + 1, levelMetric, true));
                }
                i++;
            }
        }
        return cues;
    }

    /**
     * "three rounds", "2 rounds": the figure counts the rounds, not the people in them (a year before
     * the word, "its 2023 round", counts nothing).
     */
    private static boolean countedRounds(Tokens t, int round) {
        return (t.isNum(round - 1) && t.text(round - 1).length() <= 2)
                || Lexicon.NUMBER_WORDS.containsKey(t.lower(round - 1));
    }
}

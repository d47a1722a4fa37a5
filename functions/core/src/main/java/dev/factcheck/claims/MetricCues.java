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
            if (best != null) {
                cues.add(new Cue(i, i + best.words.length, best.metric, best.weak));
                i += best.words.length;
            } else {
                i++;
            }
        }
        return cues;
    }
}

package dev.factcheck.summary;

import dev.factcheck.verify.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The most central sentences of an article in article order, each figure in them annotated with its
 * verdict, and the verdict counts for the whole article.
 *
 * @param counts how many claims of the whole article got each verdict; every verdict is present,
 *               zero included, in the order of {@link Verdict}
 */
public record VerifiedSummary(List<SummarySentence> sentences, Map<Verdict, Integer> counts) {

    public VerifiedSummary {
        sentences = List.copyOf(sentences);
        EnumMap<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            Integer count = counts.get(verdict);
            all.put(verdict, count == null ? 0 : count);
        }
        counts = Collections.unmodifiableMap(all);
    }
}

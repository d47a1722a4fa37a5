package dev.factcheck.summary;

import dev.factcheck.verify.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The most central sentences of an article, each figure in them annotated with its verdict, and the
 * verdict counts for the whole article.
 */
public record VerifiedSummary(List<SummarySentence> sentences, Map<Verdict, Integer> counts) {

    public VerifiedSummary {
        sentences = List.copyOf(sentences);
        counts = Map.copyOf(counts);
    }
}

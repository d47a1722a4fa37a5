package dev.factcheck.summary;

import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds verified summaries. Stateless and thread-safe. */
public final class Summarizer {

    public VerifiedSummary summarize(String text, List<CheckedClaim> claims, int sentenceCount) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        claims.forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
        List<SummarySentence> sentences = new ArrayList<>();
        String[] parts = text.split("(?<=[.!?])\\s+");
        for (int i = 0; i < parts.length && sentences.size() < sentenceCount; i++) {
            String sentence = parts[i];
            sentences.add(new SummarySentence(i, sentence,
                    claims.stream().filter(c -> sentence.contains(c.claim().text())).toList()));
        }
        return new VerifiedSummary(sentences, counts);
    }
}

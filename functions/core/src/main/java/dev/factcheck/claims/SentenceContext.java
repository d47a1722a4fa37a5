package dev.factcheck.claims;

import dev.factcheck.text.NormalizedText;
import dev.factcheck.text.Sentence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What every stage knows about one sentence, read once before its figures become claims.
 *
 * @param source      the article's text, normalised, with the map back to the original
 * @param tokens      the sentence's tokens (offsets into the normalised text)
 * @param sentence    the sentence
 * @param clauses     the clause of each token
 * @param periods     its time expressions, resolved against the publication date
 * @param mentions    its organisation names, counterparties marked and coreferences resolved
 * @param cues        its metric cues
 * @param figures     every figure read in it, in text order (also those that will not become claims)
 * @param priorEntity the organisation the article named last before this sentence, or null
 * @param row         the table row this "sentence" is, or null for prose
 * @param priorMeasure the measure of the article's last claim before this sentence, or null
 * @param ownership   who put money into whom in the sentences before this one
 * @param earlierMeasures the measure of the article's latest claim of each value before this sentence
 *                     (values as {@link Figure#normal}), read-only
 * @param priorClaim  the draft of the article's last claim before this sentence, after every stage, or null
 */
record SentenceContext(NormalizedText source, Tokens tokens, Sentence sentence, Clauses clauses, List<PeriodMention> periods,
                       List<Mention> mentions, List<MetricCues.Cue> cues, List<Figure> figures, String priorEntity,
                       TableRow row, ClaimDraft.Measure priorMeasure, Ownership ownership,
                       Map<BigDecimal, ClaimDraft.Measure> earlierMeasures, ClaimDraft priorClaim) {

    /** A sentence of prose. */
    SentenceContext(NormalizedText source, Tokens tokens, Sentence sentence, Clauses clauses, List<PeriodMention> periods,
                    List<Mention> mentions, List<MetricCues.Cue> cues, List<Figure> figures, String priorEntity) {
        this(source, tokens, sentence, clauses, periods, mentions, cues, figures, priorEntity, null, null, Ownership.NONE,
                Map.of(), null);
    }

    SentenceContext {
        periods = List.copyOf(periods);
        mentions = List.copyOf(mentions);
        cues = List.copyOf(cues);
        figures = List.copyOf(figures);
    }
}

package dev.factcheck.claims;

import dev.factcheck.text.NormalizedText;
import dev.factcheck.text.Sentence;
import java.util.List;

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
 * @param carried     what the text before says this sentence's figures are about when they name no
 *                    period: a list header's period for its bullets, a results release's for its
 *                    revenue and profit ({@link Carried}); or null
 */
record SentenceContext(NormalizedText source, Tokens tokens, Sentence sentence, Clauses clauses, List<PeriodMention> periods,
                       List<Mention> mentions, List<MetricCues.Cue> cues, List<Figure> figures, String priorEntity,
                       TableRow row, ClaimDraft.Measure priorMeasure, Ownership ownership, Carried carried) {

    /**
     * A period the sentence inherits: {@code listHeader} when a header of the list it belongs to names it
     * (every figure of the bullet takes it), otherwise a results release's (its revenue and profit do).
     */
    record Carried(dev.factcheck.time.Period period, boolean listHeader) {
    }

    /** A sentence of prose. */
    SentenceContext(NormalizedText source, Tokens tokens, Sentence sentence, Clauses clauses, List<PeriodMention> periods,
                    List<Mention> mentions, List<MetricCues.Cue> cues, List<Figure> figures, String priorEntity) {
        this(source, tokens, sentence, clauses, periods, mentions, cues, figures, priorEntity, null, null, Ownership.NONE,
                null);
    }

    SentenceContext {
        periods = List.copyOf(periods);
        mentions = List.copyOf(mentions);
        cues = List.copyOf(cues);
        figures = List.copyOf(figures);
    }
}

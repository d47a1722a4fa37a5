package dev.factcheck.summary;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the article chosen for the summary, with a verdict on every figure it holds.
 *
 * @param index       the sentence's position in the article, from 0
 * @param text        the sentence as written in the article
 * @param annotations the figures in the sentence, in text order, spans relative to {@code text}
 */
public record SummarySentence(int index, String text, List<FigureAnnotation> annotations) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        annotations = List.copyOf(annotations);
    }
}

package dev.factcheck.summary;

/**
 * How long a verified summary is: a number of central sentences, and whether it is the default
 * summary, which opens with the lead and adds every sentence with a contested figure, so that it
 * never hides one; a length the caller asks for is honoured exactly.
 *
 * @param sentences      how many central sentences, {@value Summarizer#MIN_SENTENCES} to
 *                       {@value Summarizer#MAX_SENTENCES}
 * @param everyContested whether the lead and each sentence holding a CONTRADICTED or OUTDATED figure are
 *                       shown too
 */
public record SummaryLength(int sentences, boolean everyContested) {

    /** {@value Summarizer#DEFAULT_SENTENCES} central sentences and every contested one. */
    public static final SummaryLength DEFAULT = new SummaryLength(Summarizer.DEFAULT_SENTENCES, true);

    public SummaryLength {
        if (sentences < Summarizer.MIN_SENTENCES || sentences > Summarizer.MAX_SENTENCES) {
            throw new IllegalArgumentException("sentenceCount must be between " + Summarizer.MIN_SENTENCES + " and "
                    + Summarizer.MAX_SENTENCES + ", was " + sentences);
        }
    }

    /** Exactly {@code sentences} sentences (fewer when the article is shorter). */
    public static SummaryLength exactly(int sentences) {
        return new SummaryLength(sentences, false);
    }
}

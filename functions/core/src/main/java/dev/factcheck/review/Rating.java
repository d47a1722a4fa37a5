package dev.factcheck.review;

import dev.factcheck.verify.Verdict;

/**
 * The schema.org {@code Rating} of a claim review, on the scale of {@link #valueOf(Verdict)}.
 *
 * @param type              always {@code Rating}
 * @param alternateName     the verdict's name, e.g. {@code OUTDATED}
 * @param ratingExplanation the verifier's one-sentence explanation
 */
public record Rating(String type, int ratingValue, int bestRating, int worstRating, String alternateName,
                     String ratingExplanation) {

    public static final int WORST = 1;
    public static final int BEST = 4;

    public static Rating of(Verdict verdict, String explanation) {
        return new Rating("Rating", valueOf(verdict), BEST, WORST, verdict.name(), explanation);
    }

    /**
     * How far the reference data lets a reader rely on the figure, from known wrong to known right:
     * <ol>
     *   <li>{@code CONTRADICTED}: the records say otherwise;</li>
     *   <li>{@code OUTDATED}: it was right once, and a later record has replaced it;</li>
     *   <li>{@code UNVERIFIED}: the records can neither confirm nor refute it;</li>
     *   <li>{@code SUPPORTED}: the records confirm it.</li>
     * </ol>
     * An outdated figure ranks below an unverified one because the records show that a reader who
     * takes it at face value is misinformed today, while an unverified figure may still be right.
     */
    public static int valueOf(Verdict verdict) {
        return switch (verdict) {
            case CONTRADICTED -> 1;
            case OUTDATED -> 2;
            case UNVERIFIED -> 3;
            case SUPPORTED -> 4;
        };
    }
}

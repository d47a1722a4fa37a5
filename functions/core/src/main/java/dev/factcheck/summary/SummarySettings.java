package dev.factcheck.summary;

/**
 * Tunable parts of the sentence ranking.
 *
 * @param damping            share of a sentence's score that flows along similarity edges (TextRank's d)
 * @param maxIterations      bound on the power iteration
 * @param tolerance          the iteration stops once scores change less than this in total (L1)
 * @param leadExponent       the teleport prior of sentence i is proportional to 1/(i+1)^leadExponent:
 *                           news puts the gist first; 0 switches the lead prior off
 * @param claimBoost         a sentence carrying at least one claim scores (1 + claimBoost) times higher
 * @param maxGraphSentences  only this many leading sentences are ranked, bounding time and memory on
 *                           huge texts
 */
public record SummarySettings(double damping, int maxIterations, double tolerance, double leadExponent,
                              double claimBoost, int maxGraphSentences) {

    public static final SummarySettings DEFAULTS = new SummarySettings(0.85, 60, 1e-7, 0.5, 0.5, 2000);

    public SummarySettings {
        if (!(damping >= 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1)");
        }
        if (maxIterations < 1 || maxGraphSentences < 1) {
            throw new IllegalArgumentException("maxIterations and maxGraphSentences must be positive");
        }
        if (!(tolerance >= 0) || !(leadExponent >= 0) || !(claimBoost >= 0)) {
            throw new IllegalArgumentException("tolerance, leadExponent and claimBoost must not be negative");
        }
    }
}

package dev.factcheck.verify;

/**
 * Tunable defaults of the verification rules.
 *
 * @param recentDays a flow record this many days or fewer before publication is "the" figure an
 *                   undated claim refers to
 */
public record VerificationSettings(int recentDays) {

    public static final VerificationSettings DEFAULTS = new VerificationSettings(120);

    public VerificationSettings {
        if (recentDays < 0) {
            throw new IllegalArgumentException("recentDays must not be negative");
        }
    }
}

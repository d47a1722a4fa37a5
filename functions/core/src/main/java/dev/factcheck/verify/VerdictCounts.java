package dev.factcheck.verify;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many claims got each verdict: the one count behind article answers, summaries and stored items. */
public final class VerdictCounts {

    private VerdictCounts() {
    }

    /** Every verdict, zero included, in the order of {@link Verdict}. */
    public static Map<Verdict, Integer> of(Collection<CheckedClaim> claims) {
        EnumMap<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        for (CheckedClaim claim : claims) {
            counts.put(claim.verdict(), counts.get(claim.verdict()) + 1);
        }
        return Collections.unmodifiableMap(counts);
    }
}

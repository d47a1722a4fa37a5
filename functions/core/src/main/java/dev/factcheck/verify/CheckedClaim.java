package dev.factcheck.verify;

import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A claim with its verdict.
 *
 * @param expected    the reference value the claim was judged against, or null when there is none
 * @param evidence    the records used, oldest first
 * @param explanation one sentence with the numbers behind the verdict
 */
public record CheckedClaim(Claim claim, Verdict verdict, BigDecimal expected, List<Fact> evidence, String explanation) {

    public CheckedClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The day {@link #expected()} was recorded: the end of the latest evidence record's period, the
     * current record for an {@link Verdict#OUTDATED} claim; null when there is no evidence.
     */
    public LocalDate expectedAsOf() {
        return evidence.isEmpty() ? null : evidence.getLast().period().to();
    }
}

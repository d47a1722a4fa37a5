package dev.factcheck.verify;

import dev.factcheck.catalog.Metric;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import java.time.LocalDate;
import java.util.List;

/** Judges claims against reference records. Stateless and thread-safe. */
public final class Verifier {

    private final VerificationSettings settings;

    public Verifier(VerificationSettings settings) {
        this.settings = settings;
    }

    /**
     * @param metric the claim's metric from the catalog, or null when the claim has none
     * @param series every record of the claim's series, ordered by period
     */
    public CheckedClaim verify(Claim claim, Metric metric, List<Fact> series, LocalDate publishedAt) {
        if (claim.entity() == null || metric == null || series.isEmpty()) {
            return new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), "No reference records for this figure.");
        }
        Fact latest = null;
        for (Fact fact : series) {
            if (!fact.period().to().isAfter(publishedAt)) {
                latest = fact;
            }
        }
        if (latest == null) {
            return new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), "No reference record before publication.");
        }
        boolean holds = claim.bounds().contains(latest.value());
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, latest.value(),
                List.of(latest), "Latest record " + latest.value().toPlainString() + " on " + latest.period() + ".");
    }
}

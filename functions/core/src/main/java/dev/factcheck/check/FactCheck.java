package dev.factcheck.check;

import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.verify.CheckedClaim;
import java.util.List;

/** The result of checking one text: every claim with its verdict, and the verified summary. */
public record FactCheck(List<CheckedClaim> claims, VerifiedSummary summary, String factsVersion) {

    public FactCheck {
        claims = List.copyOf(claims);
    }
}

package dev.factcheck.summary;

import dev.factcheck.verify.CheckedClaim;
import java.util.List;

/** A sentence of the article chosen for the summary, with the checked claims it carries. */
public record SummarySentence(int index, String text, List<CheckedClaim> claims) {

    public SummarySentence {
        claims = List.copyOf(claims);
    }
}

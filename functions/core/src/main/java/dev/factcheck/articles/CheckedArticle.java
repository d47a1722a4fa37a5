package dev.factcheck.articles;

import dev.factcheck.verify.CheckedClaim;
import java.time.Instant;
import java.util.List;

/** An article with the verdicts of its claims, as of {@code checkedAt} against reference data {@code factsVersion}. */
public record CheckedArticle(Article article, List<CheckedClaim> claims, String factsVersion, Instant checkedAt) {

    public CheckedArticle {
        claims = List.copyOf(claims);
    }
}

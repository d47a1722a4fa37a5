package dev.factcheck.review;

import dev.factcheck.claims.Claim;
import dev.factcheck.verify.CheckedClaim;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Turns checked claims into schema.org ClaimReviews, one per claim, in the order given. */
public final class ClaimReviews {

    private ClaimReviews() {
    }

    public static List<ClaimReview> of(List<CheckedClaim> claims, ArticleRef article, Author author) {
        return of(claims, article, author, null);
    }

    /** @param reviewedAt the day of the check, published as the review's {@code datePublished}; may be null */
    public static List<ClaimReview> of(List<CheckedClaim> claims, ArticleRef article, Author author,
                                       LocalDate reviewedAt) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(author, "author");
        ArticleRef where = article == null ? new ArticleRef(null, null) : article;
        ReviewedClaim item = new ReviewedClaim(where.url(), where.publishedAt());
        return claims.stream()
                .map(checked -> new ClaimReview(ClaimReview.SCHEMA_ORG, "ClaimReview", reviewed(checked.claim()), item,
                        Rating.of(checked.verdict(), checked.explanation()), author, reviewedAt))
                .toList();
    }

    private static String reviewed(Claim claim) {
        String sentence = claim.sentence();
        return sentence == null || sentence.isBlank() ? claim.text() : sentence.strip();
    }
}

package dev.factcheck.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One schema.org {@code ClaimReview}: a checked claim as search engines and fact-check aggregators
 * read it.
 *
 * @param context       always {@code https://schema.org} (JSON-LD {@code @context})
 * @param type          always {@code ClaimReview}
 * @param claimReviewed the sentence holding the claim, or the claim's own words when the sentence is unknown
 * @param datePublished when the review was made, or null when not given
 */
public record ClaimReview(String context, String type, String claimReviewed, ReviewedClaim itemReviewed,
                          Rating reviewRating, Author author, LocalDate datePublished) {

    public static final String SCHEMA_ORG = "https://schema.org";

    public ClaimReview {
        Objects.requireNonNull(claimReviewed, "claimReviewed");
        Objects.requireNonNull(itemReviewed, "itemReviewed");
        Objects.requireNonNull(reviewRating, "reviewRating");
        Objects.requireNonNull(author, "author");
    }
}

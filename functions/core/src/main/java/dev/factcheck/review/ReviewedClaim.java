package dev.factcheck.review;

import java.time.LocalDate;

/**
 * The schema.org {@code Claim} a review is about ({@code itemReviewed}).
 *
 * @param type          always {@code Claim}
 * @param appearance    the URL of the article the claim appears in, or null when unknown
 * @param datePublished when that article was published, or null when unknown
 */
public record ReviewedClaim(String type, String appearance, LocalDate datePublished) {

    public ReviewedClaim(String appearance, LocalDate datePublished) {
        this("Claim", appearance, datePublished);
    }
}

package dev.factcheck.review;

import java.time.LocalDate;

/**
 * The article the reviewed claims appear in.
 *
 * @param url         where it was published, or null when unknown
 * @param publishedAt when it was published, or null when unknown
 */
public record ArticleRef(String url, LocalDate publishedAt) {
}

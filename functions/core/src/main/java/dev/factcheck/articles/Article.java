package dev.factcheck.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as submitted.
 *
 * @param id          derived from the URL, or from the normalised text when there is none; see {@link ArticleIds}
 * @param url         where it was published, or null
 * @param source      the publication's name, or null
 * @param publishedAt the publication day, which relative dates and undated figures are read against
 * @param createdAt   when this service stored it
 */
public record Article(String id, String title, String text, String url, String source, LocalDate publishedAt,
                      Instant createdAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

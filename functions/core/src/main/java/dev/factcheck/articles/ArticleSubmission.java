package dev.factcheck.articles;

import java.time.LocalDate;

/** An article as a caller or a feed hands it in; {@code publishedAt} null means today. */
public record ArticleSubmission(String title, String text, String url, String source, LocalDate publishedAt) {
}

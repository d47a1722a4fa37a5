package dev.factcheck.articles;

import java.util.Optional;

/** Where articles and their checks are kept. Implementations make {@link #createIfAbsent} atomic. */
public interface ArticleRepository {

    boolean exists(String id);

    /** Stores the article unless one with its id exists; true when this call created it. */
    boolean createIfAbsent(CheckedArticle article);

    Optional<CheckedArticle> get(String id);

    /** Replaces the checks if they are still those of {@code previousVersion}; false when another writer won. */
    boolean replaceChecks(CheckedArticle article, String previousVersion);
}

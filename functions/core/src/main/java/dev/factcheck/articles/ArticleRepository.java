package dev.factcheck.articles;

import java.util.Optional;

/** Where articles and their checks are kept. Implementations make {@link #createIfAbsent} atomic. */
public interface ArticleRepository {

    boolean exists(String id);

    /** Stores the article unless one with its id exists; true when this call created it. */
    boolean createIfAbsent(CheckedArticle article);

    Optional<CheckedArticle> get(String id);

    /**
     * Replaces the stored checks if {@code article}'s facts version is newer than theirs (one conditional
     * write); false when the stored checks are as new or newer, which then stay as they are.
     */
    boolean replaceChecksIfNewer(CheckedArticle article);
}

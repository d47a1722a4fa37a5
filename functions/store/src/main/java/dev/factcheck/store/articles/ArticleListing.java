package dev.factcheck.store.articles;

import dev.factcheck.verify.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An article as the list shows it: no text, no claims, the verdict counts. */
public record ArticleListing(String id, String title, String url, String source, LocalDate publishedAt,
                             Instant createdAt, Map<Verdict, Integer> counts) {

    public ArticleListing {
        counts = Map.copyOf(counts);
    }
}

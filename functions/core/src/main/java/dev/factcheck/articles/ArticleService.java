package dev.factcheck.articles;

import dev.factcheck.check.FactCheck;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.Claim;
import dev.factcheck.summary.SummaryLength;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.verify.CheckedClaim;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ingests articles and keeps their verdicts current. The one path by which both the API and the
 * scheduled feed ingestion store an article.
 */
public final class ArticleService {

    private final FactChecker checker;
    private final ArticleRepository articles;
    private final Clock clock;

    public ArticleService(FactChecker checker, ArticleRepository articles, Clock clock) {
        this.checker = checker;
        this.articles = articles;
        this.clock = clock;
    }

    /** Checks a text without storing it: a pasted draft, or the rule tour that primes a function for SnapStart. */
    public FactCheck check(String text, LocalDate publishedAt) {
        return checker.check(text, publishedAt);
    }

    /**
     * Checks and stores a submission, unless an article with the same URL (or, without one, the same
     * normalised text) is stored already; then nothing is written and the stored one is returned.
     */
    public Ingested ingest(ArticleSubmission submission) {
        String id = ArticleIds.of(submission.url(), submission.text());
        Optional<CheckedArticle> stored = articles.get(id);
        if (stored.isPresent()) {
            return new Ingested(false, stored.get());
        }
        LocalDate publishedAt = submission.publishedAt() == null ? LocalDate.now(clock) : submission.publishedAt();
        FactCheck check = checker.check(submission.text(), publishedAt);
        Article article = new Article(id, submission.title(), submission.text(), submission.url(), submission.source(),
                publishedAt, clock.instant());
        CheckedArticle checked = new CheckedArticle(article, check.claims(), check.factsVersion(), clock.instant());
        if (articles.createIfAbsent(checked)) {
            return new Ingested(true, checked);
        }
        return new Ingested(false, articles.get(id).orElseThrow());
    }

    /** Whether an article with this id is stored. */
    public boolean isStored(String id) {
        return articles.exists(id);
    }

    /**
     * The stored article with verdicts as of the current reference data: when the facts changed since
     * it was checked, its claims are verified again (not extracted again) and the new verdicts stored.
     */
    public Optional<CheckedArticle> current(String id) {
        Optional<CheckedArticle> stored = articles.get(id);
        if (stored.isEmpty()) {
            return stored;
        }
        return Optional.of(refresh(stored.get(), SummaryLength.DEFAULT).article());
    }

    /**
     * {@link #current} with its verified summary of {@code sentences} sentences. The article is verified
     * again at most once and summarised exactly once: a re-verification brings its summary along.
     */
    public Optional<Summarized> summarized(String id, int sentences) {
        return summarized(id, SummaryLength.exactly(sentences));
    }

    /**
     * {@link #current} with its verified summary of {@code sentences}' length (the default one shows
     * every contested figure). The article is verified again at most once and summarised exactly once.
     */
    public Optional<Summarized> summarized(String id, SummaryLength sentences) {
        Optional<CheckedArticle> stored = articles.get(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Refreshed refreshed = refresh(stored.get(), sentences);
        CheckedArticle article = refreshed.article();
        VerifiedSummary summary = refreshed.recheck().isPresent() ? refreshed.recheck().get().summary()
                : checker.summarize(article.article().text(), article.claims(), sentences);
        return Optional.of(new Summarized(article, summary));
    }

    private Refreshed refresh(CheckedArticle article, SummaryLength sentences) {
        List<Claim> claims = new ArrayList<>(article.claims().size());
        for (CheckedClaim checked : article.claims()) {
            claims.add(checked.claim());
        }
        Optional<FactCheck> recheck = checker.recheckIfChanged(article.article().text(), claims,
                article.article().publishedAt(), article.factsVersion(), sentences);
        if (recheck.isEmpty()) {
            return new Refreshed(article, recheck);
        }
        CheckedArticle updated = new CheckedArticle(article.article(), recheck.get().claims(),
                recheck.get().factsVersion(), clock.instant());
        if (articles.replaceChecksIfNewer(updated)) {
            return new Refreshed(updated, recheck);
        }
        // A re-verification against newer facts was stored meanwhile (or ours read older facts than the
        // stored ones): answer with what is stored, never with verdicts older than it.
        return articles.get(article.article().id())
                .filter(stored -> !stored.factsVersion().equals(updated.factsVersion()))
                .map(stored -> new Refreshed(stored, Optional.<FactCheck>empty()))
                .orElseGet(() -> new Refreshed(updated, recheck));
    }

    /** The article as of the current reference data, and the check that made it so when there was one. */
    private record Refreshed(CheckedArticle article, Optional<FactCheck> recheck) {
    }

    /** An article as of the current reference data and its verified summary. */
    public record Summarized(CheckedArticle article, VerifiedSummary summary) {
    }

    /** The outcome of an ingest: whether this call stored the article, and the stored article. */
    public record Ingested(boolean created, CheckedArticle article) {
    }
}

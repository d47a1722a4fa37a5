package dev.factcheck.ingest;

import dev.factcheck.articles.Limits;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.ArticleSubmission;
import dev.factcheck.ingest.feeds.FeedEntry;
import dev.factcheck.ingest.fetch.FetchException;
import dev.factcheck.ingest.fetch.FetchResponse;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.text.MainText;
import dev.factcheck.ingest.text.PageExtractor;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.runtime.failures.StoreFailure;
import dev.factcheck.runtime.logging.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Ingests one entry of a feed, so that no entry can stall its feed: the attempt is counted in the
 * ledger (the claim) before any work starts, the work (page fetch, text extraction, storing the article)
 * runs as a {@link BoundedCall} with a time budget, and every way it can end (an article, a refusal, an
 * exception, an {@code Error}, a timeout, a cancellation) is written back to the ledger. The attempt that
 * is the {@value EntryLedger#MAX_ATTEMPTS}th, or any refusal by the fetch rules, parks the entry.
 */
final class EntryIngester {

    /** How long a claim holds an entry; longer than the function's timeout, so only a dead run's claim expires. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** The longest article text and title taken, as for POST /articles. */
    static final int MAX_TEXT = Limits.MAX_TEXT_LENGTH;
    static final int MAX_TITLE = Limits.MAX_TITLE_LENGTH;

    private final EntryLedger ledger;
    private final ArticleService articles;
    private final SafeHttpClient http;
    private final PageExtractor pages;
    private final Duration budget;
    private final Clock clock;

    EntryIngester(EntryLedger ledger, ArticleService articles, SafeHttpClient http, PageExtractor pages, Duration budget,
                  Clock clock) {
        this.ledger = ledger;
        this.articles = articles;
        this.http = http;
        this.pages = pages;
        this.budget = budget;
        this.clock = clock;
    }

    /** What became of one entry. */
    sealed interface Outcome {
        record Created() implements Outcome {
        }

        record Duplicate() implements Outcome {
        }

        record Deferred() implements Outcome {
        }

        /** Parked by an earlier run: not tried, not reported again. */
        record AlreadyParked(Feed.ParkedEntry entry) implements Outcome {
        }

        /** {@code parked}: this attempt parked the entry (null when a later run tries it again). */
        record Failed(String url, String reason, Feed.ParkedEntry parked) implements Outcome {
        }
    }

    /** An entry that cannot give an article; {@code final}: retrying cannot help. */
    private static final class Unusable extends Exception {

        private final boolean permanent;

        Unusable(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }
    }

    /**
     * Ingests {@code entry} (known to the ledger as {@code key}, last read as {@code known}) of
     * {@code feed}. {@code link} is the entry's URL resolved, or null; {@code refusal}, when not null,
     * is why the feed may not claim that URL: the entry is parked at once without being fetched.
     */
    Outcome ingest(Feed feed, String source, FeedEntry entry, String key, String link, String refusal,
                   EntryLedger.Entry known, long remainingMillis, String runId, JsonLog log) {
        String where = link != null ? link : feed.url();
        EntryLedger.Claimed claimed = ledger.claim(feed.id(), key, link, known, runId, clock.instant(), LEASE);
        switch (claimed.claim()) {
            case DONE -> {
                return new Outcome.Duplicate();
            }
            case IN_PROGRESS -> {
                return new Outcome.Deferred();
            }
            case PARKED -> {
                EntryLedger.Entry parked = ledger.entry(feed.id(), key).orElse(null);
                return new Outcome.AlreadyParked(new Feed.ParkedEntry(key, link, claimed.attempt(),
                        parked == null ? null : parked.lastError(), parked == null ? clock.instant() : parked.updatedAt()));
            }
            case CLAIMED -> {
                // Ours now, and the attempt is counted: work below.
            }
        }
        boolean lastAttempt = claimed.attempt() >= EntryLedger.MAX_ATTEMPTS;
        if (refusal != null) {
            return failed(feed, key, link, where, claimed.attempt(), runId, refusal, true, log);
        }
        Duration allowed = Duration.ofMillis(Math.min(budget.toMillis(), remainingMillis - FeedIngester.RESERVE.toMillis() / 2));
        try {
            ArticleService.Ingested ingested = BoundedCall.call("entry-" + feed.id(), allowed,
                    () -> store(feed, source, entry, link));
            ledger.markDone(feed.id(), key, ingested.article().article().id(), clock.instant());
            return ingested.created() ? new Outcome.Created() : new Outcome.Duplicate();
        } catch (BoundedCall.Failure failure) {
            return switch (failure.getCause()) {
                case null -> failed(feed, key, link, where, claimed.attempt(), runId, failure.getMessage(), lastAttempt, log);
                case FetchException e -> failed(feed, key, link, where, claimed.attempt(), runId, "page fetch: " + e.getMessage(),
                        e.isRefused() || lastAttempt, log);
                case Unusable e -> failed(feed, key, link, where, claimed.attempt(), runId, e.getMessage(),
                        e.permanent || lastAttempt, log);
                case Throwable e when StoreFailure.of(e).orElse(null) instanceof StoreFailure.Unavailable -> {
                    log.emit(log.line("WARN", "entry_store_unavailable").put("feedId", feed.id())
                            .put("exception", e.getClass().getName()));
                    yield storeFailed(feed, key, where, runId, "could not store the article (DynamoDB unavailable)", log);
                }
                case Throwable e -> {
                    log.emit(log.line("ERROR", "entry_failed").put("feedId", feed.id()).put("exception", e.getClass().getName()));
                    String reason = e instanceof Error ? "entry failed (" + e.getClass().getSimpleName() + ")"
                            : "could not store the article (" + e.getClass().getSimpleName() + ")";
                    yield failed(feed, key, link, where, claimed.attempt(), runId, reason, lastAttempt, log);
                }
            };
        }
    }

    /** The work of one attempt, on its own thread: the text, from the feed or the linked page, stored as an article. */
    private ArticleService.Ingested store(Feed feed, String source, FeedEntry entry, String link) throws Exception {
        String title = entry.title() == null ? null : MainText.ofFragment(entry.title());
        String text;
        if (entry.carriesFullText()) {
            text = entry.html() != null ? MainText.ofFragment(entry.html()) : entry.text().strip();
        } else if (link != null) {
            FetchResponse page = http.get(link, Map.of("Accept", "text/html,application/xhtml+xml"), EntryIngester::isPage);
            if (page.mediaType().equals("text/plain")) {
                text = page.bodyText().strip();
            } else {
                MainText.Page extracted = pages.extract(page.body(), page.charset().map(c -> c.name()).orElse(null));
                text = extracted.text();
                if (title == null || title.isBlank()) {
                    title = extracted.title();
                }
            }
        } else {
            throw new Unusable("entry has no text and no link", true);
        }
        if (text == null || text.isBlank()) {
            throw new Unusable("no article text found", false);
        }
        if (title == null || title.isBlank()) {
            title = link != null ? link : "(untitled)";
        }
        LocalDate publishedAt = entry.published() == null ? null : LocalDate.ofInstant(entry.published(), ZoneOffset.UTC);
        return articles.ingest(new ArticleSubmission(truncate(title.strip(), MAX_TITLE), truncate(text, MAX_TEXT),
                isHttp(link) ? link : null, source, publishedAt));
    }

    private Outcome failed(Feed feed, String key, String link, String where, int attempt, String runId, String reason,
                           boolean park, JsonLog log) {
        try {
            ledger.markFailed(feed.id(), key, runId, reason, clock.instant(), park);
        } catch (RuntimeException storeDown) {
            // The claim's lease runs out instead; the attempt is counted already, so the entry cannot loop forever.
            log.emit(log.line("ERROR", "mark_failed_failed").put("feedId", feed.id())
                    .put("exception", storeDown.getClass().getName()));
        }
        return new Outcome.Failed(where, reason, park ? new Feed.ParkedEntry(key, link, attempt, reason, clock.instant()) : null);
    }

    /**
     * The store failed, not the entry: the attempt is taken back, so an outage of DynamoDB can never park
     * an entry (the entry is tried again by the next run). When even that write fails, the claim's lease
     * runs out instead, and the next run takes the entry over.
     */
    private Outcome storeFailed(Feed feed, String key, String where, String runId, String reason, JsonLog log) {
        try {
            ledger.markStoreFailed(feed.id(), key, runId, reason, clock.instant());
        } catch (RuntimeException storeDown) {
            log.emit(log.line("ERROR", "mark_failed_failed").put("feedId", feed.id())
                    .put("exception", storeDown.getClass().getName()));
        }
        return new Outcome.Failed(where, reason, null);
    }

    static boolean isPage(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || mediaType.equals("text/plain");
    }

    private static boolean isHttp(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

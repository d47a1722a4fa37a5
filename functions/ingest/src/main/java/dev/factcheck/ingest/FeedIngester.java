package dev.factcheck.ingest;

import dev.factcheck.runtime.logging.JsonLog;

import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.Limits;
import dev.factcheck.articles.ArticleSubmission;
import dev.factcheck.ingest.feeds.FeedEntry;
import dev.factcheck.ingest.feeds.FeedParser;
import dev.factcheck.ingest.feeds.MalformedFeedException;
import dev.factcheck.ingest.feeds.ParsedFeed;
import dev.factcheck.ingest.fetch.FetchException;
import dev.factcheck.ingest.fetch.FetchResponse;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.text.MainText;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.FeedRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One ingestion run over every registered feed. Feeds and entries are independent: whatever fails is
 * reported and the run goes on. An entry is claimed in the ledger before its article is ingested and
 * marked done only after the article is stored; a feed's validators (ETag, Last-Modified) advance only
 * when every entry of the fetch is stored (or given up), so a failed or deferred entry is seen again
 * next run. An entry is given up after {@value #MAX_ATTEMPTS} failures, or at once when the fetch rules
 * refused its page (a private address, a size or type limit): retrying those cannot help.
 */
public final class FeedIngester {

    /** No new feed or entry is started when less than this remains of the invocation. */
    public static final Duration RESERVE = Duration.ofSeconds(10);
    /** An entry that failed this often is no longer tried (refusals by the fetch rules: at once). */
    public static final int MAX_ATTEMPTS = 5;
    /** How long a claim holds an entry; longer than the function's timeout, so only a dead run's claim expires. */
    public static final Duration LEASE = Duration.ofMinutes(10);
    /** The longest article text and title taken, as for POST /articles. */
    static final int MAX_TEXT = Limits.MAX_TEXT_LENGTH;
    static final int MAX_TITLE = Limits.MAX_TITLE_LENGTH;

    private final FeedRegistry feeds;
    private final EntryLedger ledger;
    private final ArticleService articles;
    private final SafeHttpClient http;
    private final FeedParser parser = new FeedParser();
    private final Clock clock;

    public FeedIngester(FeedRegistry feeds, EntryLedger ledger, ArticleService articles, SafeHttpClient http, Clock clock) {
        this.feeds = feeds;
        this.ledger = ledger;
        this.articles = articles;
        this.http = http;
        this.clock = clock;
    }

    /**
     * Pulls every feed. {@code remainingMillis} tells how much of the invocation is left
     * ({@code Context::getRemainingTimeInMillis}); {@code runId} identifies this run's claims.
     */
    /**
     * Harmless reads of absent items in both tables the run writes, for SnapStart priming: they load
     * and warm the DynamoDB client and the stores' request paths without changing anything.
     */
    void primeStores() {
        feeds.get("fd_000000000000000000000000");
        articles.isStored("a_000000000000000000000000");
    }

    public RunReport run(LongSupplier remainingMillis, String runId, JsonLog log) {
        Run run = new Run(remainingMillis, runId, log);
        List<Feed> registered = feeds.list();
        for (Feed feed : registered) {
            if (run.outOfTime()) {
                run.deferred++;
                continue;
            }
            run.feeds++;
            try {
                pull(feed, run);
            } catch (RuntimeException unexpected) {
                // The store or a library failed in a way pull() does not foresee: report it, go on.
                run.fail(feed.url(), "feed run failed: " + unexpected.getClass().getSimpleName());
                log.emit(log.line("ERROR", "feed_failed").put("feedId", feed.id()).put("exception", unexpected.getClass().getName()));
            }
        }
        return run.report();
    }

    private void pull(Feed feed, Run run) {
        Map<String, String> validators = new LinkedHashMap<>();
        if (feed.etag() != null) {
            validators.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            validators.put("If-Modified-Since", feed.lastModified());
        }
        FetchResponse response;
        ParsedFeed parsed;
        try {
            response = http.get(feed.url(), validators, FeedParser::acceptsMediaType);
            if (response.notModified()) {
                run.notModified++;
                feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), "not_modified", null, 0, 0, 0, 0, null));
                return;
            }
            parsed = parser.parse(response.body(), response.mediaType());
        } catch (FetchException | MalformedFeedException e) {
            String reason = (e instanceof MalformedFeedException ? "malformed feed: " : "feed fetch: ") + e.getMessage();
            run.fail(feed.url(), reason);
            feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), "failed", reason, 0, 0, 0, 0, null));
            return;
        }
        int created = 0;
        int duplicates = 0;
        int failed = 0;
        int seen = 0;
        boolean complete = true;
        for (FeedEntry entry : parsed.entries()) {
            if (run.outOfTime()) {
                run.deferred += parsed.entries().size() - seen;
                complete = false;
                break;
            }
            seen++;
            run.fetched++;
            switch (ingest(feed, parsed, entry, response.uri(), run)) {
                case Outcome.Created c -> {
                    created++;
                    run.created++;
                }
                case Outcome.Duplicate d -> {
                    duplicates++;
                    run.duplicates++;
                }
                case Outcome.Deferred d -> {
                    run.deferred++;
                    complete = false;
                }
                case Outcome.Failed f -> {
                    failed++;
                    // An entry given up on no longer holds the feed back; one to retry does.
                    complete &= !f.retried();
                    run.fail(f.url(), f.retried() ? f.reason() : f.reason() + " (given up)");
                }
                case Outcome.GivenUp g -> {
                    // Reported when it was given up; nothing more to do.
                }
            }
        }
        String status = failed > 0 ? "partial" : complete ? "ok" : "deferred";
        String error = failed > 0 ? failed + (failed == 1 ? " entry" : " entries") + " failed" : null;
        feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), status, error, seen, created, duplicates, failed,
                complete ? new FeedRegistry.Validators(response.etag(), response.lastModified()) : null));
        run.log.emit(run.log.line("INFO", "feed_pulled").put("feedId", feed.id()).put("status", status)
                .put("entries", seen).put("new", created).put("duplicates", duplicates).put("failed", failed));
    }

    /** What became of one entry. */
    private sealed interface Outcome {
        record Created() implements Outcome {
        }

        record Duplicate() implements Outcome {
        }

        record Deferred() implements Outcome {
        }

        record GivenUp() implements Outcome {
        }

        /** {@code retried}: the next run tries the entry again; otherwise it was given up. */
        record Failed(String url, String reason, boolean retried) implements Outcome {
        }
    }

    private Outcome ingest(Feed feed, ParsedFeed parsed, FeedEntry entry, URI feedUri, Run run) {
        String key = entry.key();
        String link = absolute(feedUri, entry.link());
        String where = link != null ? link : feed.url();
        if (key == null) {
            // Nothing to remember it by: it cannot be retried either.
            return new Outcome.Failed(where, "entry has neither an id nor a link", false);
        }
        EntryLedger.Claimed claimed = ledger.claim(feed.id(), key, run.runId, clock.instant(), LEASE);
        switch (claimed.claim()) {
            case DONE -> {
                return new Outcome.Duplicate();
            }
            case IN_PROGRESS -> {
                return new Outcome.Deferred();
            }
            case GAVE_UP -> {
                return new Outcome.GivenUp();
            }
            case CLAIMED -> {
                // ours now: ingest below
            }
        }
        boolean lastAttempt = claimed.attempts() + 1 >= MAX_ATTEMPTS;
        try {
            String title = entry.title() == null ? null : MainText.ofFragment(entry.title());
            String text;
            if (entry.carriesFullText()) {
                text = entry.html() != null ? MainText.ofFragment(entry.html()) : entry.text().strip();
            } else if (link != null) {
                FetchResponse page = http.get(link, Map.of("Accept", "text/html,application/xhtml+xml"), FeedIngester::isPage);
                if (page.mediaType().equals("text/plain")) {
                    text = page.bodyText().strip();
                } else {
                    MainText.Page extracted = MainText.ofPage(page.body(), page.charset().map(c -> c.name()).orElse(null));
                    text = extracted.text();
                    if (title == null || title.isBlank()) {
                        title = extracted.title();
                    }
                }
            } else {
                return failed(feed, key, run, where, "entry has no text and no link", true);
            }
            if (text == null || text.isBlank()) {
                return failed(feed, key, run, where, "no article text found", lastAttempt);
            }
            if (title == null || title.isBlank()) {
                title = link != null ? link : "(untitled)";
            }
            String source = feed.name() != null ? feed.name() : parsed.title() != null ? parsed.title() : feedUri.getHost();
            LocalDate publishedAt = entry.published() == null ? null : LocalDate.ofInstant(entry.published(), ZoneOffset.UTC);
            ArticleService.Ingested ingested = articles.ingest(new ArticleSubmission(truncate(title.strip(), MAX_TITLE),
                    truncate(text, MAX_TEXT), isHttp(link) ? link : null, source, publishedAt));
            ledger.markDone(feed.id(), key, ingested.article().article().id(), clock.instant());
            return ingested.created() ? new Outcome.Created() : new Outcome.Duplicate();
        } catch (FetchException e) {
            return failed(feed, key, run, where, "page fetch: " + e.getMessage(), e.isRefused() || lastAttempt);
        } catch (RuntimeException e) {
            run.log.emit(run.log.line("ERROR", "entry_failed").put("feedId", feed.id()).put("exception", e.getClass().getName()));
            return failed(feed, key, run, where, "could not store the article (" + e.getClass().getSimpleName() + ")", lastAttempt);
        }
    }

    private Outcome failed(Feed feed, String key, Run run, String where, String reason, boolean giveUp) {
        try {
            ledger.markFailed(feed.id(), key, run.runId, reason, clock.instant(), giveUp);
        } catch (RuntimeException storeDown) {
            // The claim's lease runs out instead, and the next run takes the entry over.
            run.log.emit(run.log.line("ERROR", "mark_failed_failed").put("feedId", feed.id())
                    .put("exception", storeDown.getClass().getName()));
        }
        return new Outcome.Failed(where, reason, !giveUp);
    }

    static boolean isPage(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || mediaType.equals("text/plain");
    }

    private static boolean isHttp(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The entry's link resolved against the feed's URL; null when it has none or it is not http(s). */
    private static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(new URI(link.strip()));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : link.strip();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** The state of one run: counters, failures and the time budget. */
    private static final class Run {

        private final LongSupplier remainingMillis;
        private final String runId;
        private final JsonLog log;
        private final List<RunReport.Failure> failures = new ArrayList<>();
        private int feeds;
        private int fetched;
        private int created;
        private int duplicates;
        private int notModified;
        private int deferred;

        Run(LongSupplier remainingMillis, String runId, JsonLog log) {
            this.remainingMillis = remainingMillis;
            this.runId = runId;
            this.log = log;
        }

        boolean outOfTime() {
            return remainingMillis.getAsLong() < RESERVE.toMillis();
        }

        void fail(String url, String reason) {
            failures.add(new RunReport.Failure(url, reason));
        }

        RunReport report() {
            return new RunReport(feeds, fetched, created, duplicates, notModified, deferred, failures);
        }
    }
}

package dev.factcheck.ingest;

import dev.factcheck.ids.Urls;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.RuleTour;
import dev.factcheck.ingest.feeds.FeedEntry;
import dev.factcheck.ingest.feeds.FeedParser;
import dev.factcheck.ingest.feeds.MalformedFeedException;
import dev.factcheck.ingest.feeds.ParsedFeed;
import dev.factcheck.ingest.fetch.FetchException;
import dev.factcheck.ingest.fetch.FetchResponse;
import dev.factcheck.ingest.fetch.SafeHttpClient;
import dev.factcheck.ingest.sites.FeedSite;
import dev.factcheck.ingest.sites.PublicSuffixList;
import dev.factcheck.ingest.text.MainText;
import dev.factcheck.ingest.text.PageExtractor;
import dev.factcheck.runtime.logging.JsonLog;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.Feed;
import dev.factcheck.store.feeds.FeedRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Ingestion of feeds: {@link #run} pulls every registered feed, {@link #ingestFeed} pulls one. Feeds
 * and entries are independent: whatever one of them does is reported and the others go on. Each entry
 * is handled by the {@link EntryIngester} (attempt counted first, work bounded in time, parked after
 * {@value EntryLedger#MAX_ATTEMPTS} attempts). Entries are taken oldest first, and those that failed
 * before go behind the others, so a bad entry cannot keep the rest of its feed waiting. A feed's
 * validators (ETag, Last-Modified) advance only when every entry of the fetch is stored or parked, so a
 * failed or deferred entry is seen again next run. An entry whose link is outside the feed's site
 * ({@link FeedSite}) is parked at once, never fetched or stored; if the feed's allowed domains later
 * take that link in, the entry is reopened and taken like a new one.
 */
public final class FeedIngester {

    /** No new feed or entry is started when less than this remains of the invocation. */
    public static final Duration RESERVE = Duration.ofSeconds(10);
    /** The most one entry may take (its fetch of at most 10 s, text extraction, storing), and a feed its fetch and parse. */
    public static final Duration ENTRY_BUDGET = Duration.ofSeconds(25);

    private final FeedRegistry feeds;
    private final EntryLedger ledger;
    private final SafeHttpClient http;
    private final EntryIngester entries;
    private final FeedParser parser = new FeedParser();
    private final ArticleService primingArticles;
    private final Duration budget;
    private final Clock clock;

    public FeedIngester(FeedRegistry feeds, EntryLedger ledger, ArticleService articles, SafeHttpClient http, Clock clock) {
        this(feeds, ledger, articles, http, MainText::ofPage, ENTRY_BUDGET, clock);
    }

    /** {@code pages} and {@code entryBudget}: how linked pages are read, and the most one entry may take. */
    public FeedIngester(FeedRegistry feeds, EntryLedger ledger, ArticleService articles, SafeHttpClient http,
                        PageExtractor pages, Duration entryBudget, Clock clock) {
        this.feeds = feeds;
        this.ledger = ledger;
        this.http = http;
        this.entries = new EntryIngester(ledger, articles, http, pages, entryBudget, clock);
        this.budget = entryBudget;
        this.clock = clock;
        this.primingArticles = articles;
    }

    /**
     * Harmless reads of absent items in both tables the run writes, for SnapStart priming: they load
     * and warm the DynamoDB client and the stores' request paths without changing anything.
     */
    void primeStores() {
        feeds.get("fd_000000000000000000000000");
        primingArticles.isStored("a_000000000000000000000000");
    }

    /**
     * A check of the rule tour ({@link RuleTour}), stored nowhere, for SnapStart priming: it reads the
     * reference facts and runs every family of claim rules, verification and the summary, so that the
     * first article a restored container ingests finds them loaded and compiled.
     */
    void primeRules() {
        primingArticles.check(RuleTour.TEXT, RuleTour.PUBLISHED_AT);
    }

    /**
     * Pulls every feed. {@code remainingMillis} tells how much of the invocation is left
     * ({@code Context::getRemainingTimeInMillis}); {@code runId} identifies this run's claims.
     */
    public RunReport run(LongSupplier remainingMillis, String runId, JsonLog log) {
        Deadline deadline = remainingMillis::getAsLong;
        List<FeedReport> pulled = new ArrayList<>();
        int deferred = 0;
        for (Feed feed : feeds.list()) {
            if (deadline.remainingMillis() < RESERVE.toMillis()) {
                deferred++;
            } else {
                pulled.add(ingestFeed(feed, deadline, runId, log));
            }
        }
        return RunReport.of(pulled, deferred);
    }

    /**
     * Pulls one feed and ingests its new entries until {@code deadline} comes within {@link #RESERVE};
     * the rest is left for the next run. Never throws for what a feed or an entry does; a failing store
     * is reported as the feed's failure.
     */
    public FeedReport ingestFeed(Feed feed, Deadline deadline, String runId, JsonLog log) {
        try {
            return pull(feed, deadline, runId, log);
        } catch (RuntimeException unexpected) {
            // The store or a library failed in a way pull() does not foresee: report it, go on.
            log.emit(log.line("ERROR", "feed_failed").put("feedId", feed.id()).put("exception", unexpected.getClass().getName()));
            return FeedReport.failure(feed.url(), "feed run failed: " + unexpected.getClass().getSimpleName());
        }
    }

    private FeedReport pull(Feed feed, Deadline deadline, String runId, JsonLog log) {
        Map<String, String> validators = new LinkedHashMap<>();
        if (feed.etag() != null) {
            validators.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            validators.put("If-Modified-Since", feed.lastModified());
        }
        Fetched fetched;
        try {
            // Fetch and parse are bounded like an entry's work: an Error or a hang fails this feed only.
            fetched = BoundedCall.call("feed-" + feed.id(), budget, () -> {
                FetchResponse response = http.get(feed.url(), validators, FeedParser::acceptsMediaType);
                return new Fetched(response, response.notModified() ? null : parser.parse(response.body(), response.mediaType()));
            });
        } catch (BoundedCall.Failure failure) {
            String reason = switch (failure.getCause()) {
                case null -> "feed fetch: " + failure.getMessage();
                case MalformedFeedException e -> "malformed feed: " + e.getMessage();
                case FetchException e -> "feed fetch: " + e.getMessage();
                case Throwable e -> {
                    log.emit(log.line("ERROR", "feed_failed").put("feedId", feed.id()).put("exception", e.getClass().getName()));
                    yield "feed failed (" + e.getClass().getSimpleName() + ")";
                }
            };
            feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), "failed", reason, 0, 0, 0, 0, null));
            return FeedReport.failure(feed.url(), reason);
        }
        FetchResponse response = fetched.response();
        if (response.notModified()) {
            feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), "not_modified", null, 0, 0, 0, 0, null));
            return new FeedReport(0, 0, 0, true, 0, List.of());
        }
        ParsedFeed parsed = fetched.feed();
        String source = feed.name() != null ? feed.name() : parsed.title() != null ? parsed.title() : response.uri().getHost();
        List<Candidate> candidates = candidates(parsed.entries(), response.uri());
        // The suffix list loads on first use (~20 ms), not with the handler: SnapStart priming loads it before the snapshot.
        FeedSite site = FeedSite.of(feed, PublicSuffixList.bundled());
        Map<String, EntryLedger.Entry> known = ledger.entries(feed.id(),
                candidates.stream().map(Candidate::key).filter(key -> key != null).toList());
        Instant now = clock.instant();
        candidates.sort(takingOrder(known, now));

        List<RunReport.Failure> failures = new ArrayList<>();
        List<Feed.ParkedEntry> parked = new ArrayList<>();
        int created = 0;
        int duplicates = 0;
        int failed = 0;
        int deferred = 0;
        int seen = 0;
        boolean complete = true;
        for (Candidate candidate : candidates) {
            long remaining = deadline.remainingMillis();
            if (remaining < RESERVE.toMillis() || Thread.currentThread().isInterrupted()) {
                deferred += candidates.size() - seen;
                complete = false;
                break;
            }
            seen++;
            EntryLedger.Entry before = candidate.key() == null ? null : known.get(candidate.key());
            if (refusedButNowAllowed(before, candidate, site)) {
                before = ledger.reopen(feed.id(), before, now).orElseGet(() -> ledger.entry(feed.id(), candidate.key()).orElse(null));
            }
            if (before != null && before.state() == EntryLedger.State.PARKED) {
                parked.add(new Feed.ParkedEntry(candidate.key(), before.link() != null ? before.link() : candidate.link(),
                        before.attempts(), before.lastError(), before.updatedAt() != null ? before.updatedAt() : now));
                continue;
            }
            EntryIngester.Outcome outcome = candidate.key() == null
                    // Nothing to remember it by: it cannot be retried either.
                    ? new EntryIngester.Outcome.Failed(candidate.where(feed), "entry has neither an id nor a link", null)
                    : entries.ingest(feed, source, candidate.entry(), candidate.key(), candidate.link(),
                            site.refusal(candidate.link()).orElse(null),
                            before, remaining, runId, log);
            switch (outcome) {
                case EntryIngester.Outcome.Created c -> created++;
                case EntryIngester.Outcome.Duplicate d -> duplicates++;
                case EntryIngester.Outcome.Deferred d -> {
                    deferred++;
                    complete = false;
                }
                case EntryIngester.Outcome.AlreadyParked p -> parked.add(p.entry());
                case EntryIngester.Outcome.Failed f -> {
                    failed++;
                    if (f.parked() != null) {
                        parked.add(f.parked());
                    }
                    // A parked entry no longer holds the feed back; one to retry does. No key: never retried.
                    complete &= f.parked() != null || candidate.key() == null;
                    failures.add(new RunReport.Failure(f.url(), f.parked() != null ? f.reason() + " (parked)" : f.reason()));
                }
            }
        }
        String status = failed > 0 ? "partial" : complete ? "ok" : "deferred";
        String error = failed > 0 ? failed + (failed == 1 ? " entry" : " entries") + " failed" : null;
        feeds.recordRun(feed.id(), new FeedRegistry.FeedRun(clock.instant(), status, error, seen, created, duplicates, failed,
                complete ? new FeedRegistry.Validators(response.etag(), response.lastModified()) : null,
                parked));
        log.emit(log.line("INFO", "feed_pulled").put("feedId", feed.id()).put("status", status)
                .put("entries", seen).put("new", created).put("duplicates", duplicates).put("failed", failed)
                .put("parked", parked.size()));
        return new FeedReport(seen, created, duplicates, false, deferred, failures);
    }

    /**
     * True for an entry parked only because its link was outside the feed's site, which the feed may
     * claim now that its allowed domains changed: it is taken again as if new.
     */
    private static boolean refusedButNowAllowed(EntryLedger.Entry entry, Candidate candidate, FeedSite site) {
        return entry != null && entry.state() == EntryLedger.State.PARKED && FeedSite.REFUSAL.equals(entry.lastError())
                && candidate.link() != null && site.refusal(candidate.link()).isEmpty();
    }

    /** A feed's response, and its entries unless it answered 304. */
    private record Fetched(FetchResponse response, ParsedFeed feed) {
    }

    /** An entry of the fetched feed: its ledger key (null when it has neither id nor link), its resolved link. */
    private record Candidate(FeedEntry entry, int position, String key, String link) {

        String where(Feed feed) {
            return link != null ? link : feed.url();
        }
    }

    private static List<Candidate> candidates(List<FeedEntry> entries, URI feedUri) {
        List<Candidate> candidates = new ArrayList<>();
        for (FeedEntry entry : entries) {
            candidates.add(new Candidate(entry, candidates.size(), entry.key(), Urls.resolve(feedUri, entry.link())));
        }
        return candidates;
    }

    /**
     * Entries no attempt has failed first, then those that failed before (so a bad entry cannot hold up
     * the others); in each group the oldest by publication date first, undated ones after the dated in
     * the feed's order.
     */
    private static Comparator<Candidate> takingOrder(Map<String, EntryLedger.Entry> known, Instant now) {
        Comparator<Candidate> failedLast = Comparator.comparing(candidate -> {
            EntryLedger.Entry entry = candidate.key() == null ? null : known.get(candidate.key());
            return entry != null && entry.failedBefore(now);
        });
        return failedLast
                .thenComparing(candidate -> candidate.entry().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Candidate::position);
    }
}

package dev.factcheck.runtime.config;

import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.store.feeds.FeedsSchema;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting a function reads, validated once when its handler is built: the table names template.yaml
 * passes, and the optional knobs with their defaults. A malformed value fails at once with its name; a
 * table a function uses but was not given fails with its name when the function asks for it, which is
 * while its handler is constructed, so a misconfigured function stops at start, never mid-request.
 *
 * @param factsCacheFor    {@code FACTS_CACHE_SECONDS} (default 5): how long a container answers from
 *                         the reference data it read last
 * @param cursorSecret     {@code CURSOR_SECRET}, or null for the per-table default
 * @param cursorSecretArn  {@code CURSOR_SECRET_ARN}: the Secrets Manager secret that signs cursors (the
 *                         stack's generated secret; wins over {@code CURSOR_SECRET}), or null
 * @param requireIam       {@code REQUIRE_IAM}: admin routes refuse events without an IAM caller
 * @param fetchAllowLoopback {@code FETCH_ALLOW_LOOPBACK}: fetches may reach loopback (local runs and tests only)
 * @param feedQueueUrl     {@code FEED_QUEUE_URL}: where the feed dispatcher enqueues the due feeds
 * @param feedMinInterval  {@code FEED_MIN_INTERVAL_SECONDS} (default 600): a feed pulled more recently is not due
 */
public record Config(String factsTable, String articlesTable, String feedsTable, Duration factsCacheFor,
                     String cursorSecret, String cursorSecretArn, boolean requireIam, String claimReviewAuthorName,
                     String claimReviewAuthorUrl, boolean fetchAllowLoopback, String feedQueueUrl,
                     Duration feedMinInterval) {

    public static final String FACTS_TABLE = FactsSchema.TABLE_NAME_SETTING;
    public static final String ARTICLES_TABLE = ArticlesSchema.TABLE_NAME_SETTING;
    public static final String FEEDS_TABLE = FeedsSchema.TABLE_NAME_SETTING;
    public static final String FACTS_CACHE_SECONDS = "FACTS_CACHE_SECONDS";
    public static final String CURSOR_SECRET = "CURSOR_SECRET";
    public static final String CURSOR_SECRET_ARN = "CURSOR_SECRET_ARN";
    public static final String REQUIRE_IAM = "REQUIRE_IAM";
    public static final String CLAIMREVIEW_AUTHOR_NAME = "CLAIMREVIEW_AUTHOR_NAME";
    public static final String CLAIMREVIEW_AUTHOR_URL = "CLAIMREVIEW_AUTHOR_URL";
    public static final String FETCH_ALLOW_LOOPBACK = "FETCH_ALLOW_LOOPBACK";
    public static final String FEED_QUEUE_URL = "FEED_QUEUE_URL";
    public static final String FEED_MIN_INTERVAL_SECONDS = "FEED_MIN_INTERVAL_SECONDS";

    /** The settings of this process: environment variables, else system properties of the same name. */
    public static Config fromEnvironment() {
        return read(Settings.OF_THIS_PROCESS);
    }

    /** The settings {@code source} gives, validated. */
    public static Config read(Function<String, Optional<String>> source) {
        return new Config(source.apply(FACTS_TABLE).orElse(null), source.apply(ARTICLES_TABLE).orElse(null),
                source.apply(FEEDS_TABLE).orElse(null),
                Duration.ofSeconds(seconds(FACTS_CACHE_SECONDS, source.apply(FACTS_CACHE_SECONDS).orElse("5"))),
                source.apply(CURSOR_SECRET).orElse(null),
                source.apply(CURSOR_SECRET_ARN).orElse(null),
                flag(REQUIRE_IAM, source.apply(REQUIRE_IAM).orElse("false")),
                source.apply(CLAIMREVIEW_AUTHOR_NAME).orElse("factcheck"),
                source.apply(CLAIMREVIEW_AUTHOR_URL).orElse(null),
                flag(FETCH_ALLOW_LOOPBACK, source.apply(FETCH_ALLOW_LOOPBACK).orElse("false")),
                source.apply(FEED_QUEUE_URL).orElse(null),
                Duration.ofSeconds(seconds(FEED_MIN_INTERVAL_SECONDS, source.apply(FEED_MIN_INTERVAL_SECONDS).orElse("600"))));
    }

    @Override
    public String factsTable() {
        return required(FACTS_TABLE, factsTable);
    }

    @Override
    public String articlesTable() {
        return required(ARTICLES_TABLE, articlesTable);
    }

    @Override
    public String feedsTable() {
        return required(FEEDS_TABLE, feedsTable);
    }

    @Override
    public String feedQueueUrl() {
        return required(FEED_QUEUE_URL, feedQueueUrl);
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalStateException("missing setting " + name
                    + ": set the environment variable (template.yaml does) or the system property");
        }
        return value;
    }

    private static long seconds(String name, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // Same message as a negative number.
        }
        throw new IllegalStateException("setting " + name + " must be a whole number of seconds, 0 or more");
    }

    private static boolean flag(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("setting " + name + " must be true or false");
        };
    }
}

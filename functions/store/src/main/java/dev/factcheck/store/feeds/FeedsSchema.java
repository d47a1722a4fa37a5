package dev.factcheck.store.feeds;

/**
 * The layout of the feeds table (logical id {@code FeedsTable} in template.yaml):
 * <ul>
 *   <li>the registry: {@code pk = FEEDS}, {@code sk = FEED#<id>}, one item per feed with its URL, name,
 *       the domains besides its own whose URLs its items may claim ({@code allowedDomains}, a list),
 *       the validators of its last complete fetch ({@code etag}, {@code lastModified}), its last run and
 *       the parked entries its last complete fetch still listed ({@code parked}, a list of maps, at most
 *       {@value #MAX_PARKED_SHOWN}); one Query lists every feed;</li>
 *   <li>the entry ledger: {@code pk = ENTRIES#<feedId>}, {@code sk = <sha256 of the entry's id or link>},
 *       whose {@code state} is {@code CLAIMED} (a run is ingesting it, until {@code leaseUntil}),
 *       {@code DONE} (its article is stored), {@code FAILED} (the next run tries again) or {@code PARKED}
 *       (failed too often or refused for good; no run tries again; written {@code GAVE_UP} before, still
 *       read as parked). {@code attempts} counts the attempts started, {@code lastError} says why the
 *       last one failed, {@code link} is the entry's URL.</li>
 * </ul>
 * Only single-item conditional writes are used, so the layout works on every DynamoDB backend.
 */
public final class FeedsSchema {

    public static final String TABLE_LOGICAL_ID = "FeedsTable";
    public static final String TABLE_NAME_SETTING = "FEEDS_TABLE";

    public static final String PK = "pk";
    public static final String SK = "sk";

    static final String REGISTRY_PARTITION = "FEEDS";
    static final String FEED_PREFIX = "FEED#";
    static final String ENTRIES_PREFIX = "ENTRIES#";

    static final String ID = "id";
    static final String URL = "url";
    static final String NAME = "name";
    static final String CREATED_AT = "createdAt";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "lastModified";
    static final String LAST_RUN_AT = "lastRunAt";
    static final String LAST_STATUS = "lastStatus";
    static final String LAST_ERROR = "lastError";
    static final String LAST_ENTRIES = "lastEntries";
    static final String LAST_NEW = "lastNew";
    static final String LAST_DUPLICATES = "lastDuplicates";
    static final String LAST_FAILED = "lastFailed";
    static final String TOTAL_NEW = "totalNew";
    static final String TOTAL_FAILED = "totalFailed";
    static final String PARKED_ENTRIES = "parked";
    static final String ALLOWED_DOMAINS = "allowedDomains";
    /** The feed item shows at most this many parked entries: the item stays small whatever a feed lists. */
    public static final int MAX_PARKED_SHOWN = 20;

    static final String ENTRY = "entry";
    static final String STATE = "state";
    static final String RUN_ID = "runId";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String ARTICLE_ID = "articleId";
    static final String ATTEMPTS = "attempts";
    static final String UPDATED_AT = "updatedAt";
    static final String LINK = "link";

    static final String CLAIMED = "CLAIMED";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String PARKED = "PARKED";
    static final String LEGACY_GAVE_UP = "GAVE_UP";

    private FeedsSchema() {
    }
}

package dev.factcheck.store.articles;

/**
 * The layout of the articles table (logical id {@code ArticlesTable} in template.yaml):
 * <ul>
 *   <li>the article: {@code pk = ARTICLE#<id>}, {@code sk = HEAD}, with its text and its checked
 *       claims as gzip-compressed attributes, inline when they fit;</li>
 *   <li>parts of a text or check too large for one 400 KB item: {@code sk = BLOB#<sha256>.<writeTag>#<n>},
 *       by content and by the write that stored them, so a writer that fails can delete its own parts
 *       without touching another's (items written before the tag existed: {@code BLOB#<sha256>#<n>},
 *       still read, the item's reference naming the prefix);</li>
 *   <li>index {@code ByPublished}: {@code listPk = ARTICLES}, {@code listSk = <publishedAt>#<createdAt>#<id>},
 *       read backwards for "newest first".</li>
 * </ul>
 */
public final class ArticlesSchema {

    public static final String TABLE_LOGICAL_ID = "ArticlesTable";
    public static final String TABLE_NAME_SETTING = "ARTICLES_TABLE";

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String LIST_PK = "listPk";
    public static final String LIST_SK = "listSk";
    public static final String BY_PUBLISHED_INDEX = "ByPublished";

    static final String ARTICLE_PREFIX = "ARTICLE#";
    static final String HEAD = "HEAD";
    static final String BLOB_PREFIX = "BLOB#";
    static final String LIST_PARTITION = "ARTICLES";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String SOURCE = "source";
    static final String PUBLISHED_AT = "publishedAt";
    static final String CREATED_AT = "createdAt";
    static final String CHECKED_AT = "checkedAt";
    static final String FACTS_VERSION = "factsVersion";
    static final String COUNTS = "counts";
    static final String TEXT = "text";
    static final String CHECKS = "checks";
    static final String DATA = "data";
    /** Suffix of the attribute that names a chunked blob instead of holding it: {@code textRef}, {@code checksRef}. */
    static final String REF_SUFFIX = "Ref";

    private ArticlesSchema() {
    }
}

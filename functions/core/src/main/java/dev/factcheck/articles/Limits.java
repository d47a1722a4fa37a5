package dev.factcheck.articles;

/**
 * The sizes every path into the product enforces, the HTTP API and feed ingestion alike: the API refuses
 * a longer value with a 400 naming the field; ingestion cuts a feed's value to fit.
 */
public final class Limits {

    /** The longest article or text one check accepts, in characters. */
    public static final int MAX_TEXT_LENGTH = 200_000;
    public static final int MAX_TITLE_LENGTH = 1_000;
    public static final int MAX_URL_LENGTH = 2_048;
    /** A source, a feed's name, or a catalog name (entity, metric, object, alias, term). */
    public static final int MAX_NAME_LENGTH = 200;

    private Limits() {
    }
}

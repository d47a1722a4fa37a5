package dev.factcheck.store.facts;

/**
 * The layout of the facts table (logical id {@code FactsTable} in template.yaml). One table holds:
 * <ul>
 *   <li>reference records: {@code pk = SERIES#<entity>}, {@code sk = <metric>#<object>#<from>#<to>#<id>},
 *       so one Query with {@code begins_with(sk, "<metric>#<object>#")} returns a series ordered by period;</li>
 *   <li>the catalog: {@code pk = CATALOG}, {@code sk = ENTITY#<name>} or {@code METRIC#<name>}, and
 *       {@code sk = VERSION} holding a counter raised by every write, so one Query reads the catalog
 *       and its version together.</li>
 * </ul>
 * Names may not contain {@code #}: validation rejects them before they reach a key.
 */
public final class FactsSchema {

    public static final String TABLE_LOGICAL_ID = "FactsTable";
    public static final String TABLE_NAME_SETTING = "FACTS_TABLE";

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String FACT_ID = "factId";
    public static final String BY_ID_INDEX = "ById";

    public static final String SERIES_PREFIX = "SERIES#";
    public static final String CATALOG_PK = "CATALOG";
    public static final String ENTITY_PREFIX = "ENTITY#";
    public static final String METRIC_PREFIX = "METRIC#";
    public static final String VERSION_SK = "VERSION";
    public static final String SEPARATOR = "#";

    public static final String ENTITY = "entity";
    public static final String METRIC = "metric";
    public static final String OBJECT = "object";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String CUMULATIVE = "cumulative";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String SOURCE = "source";
    public static final String SOURCE_TITLE = "sourceTitle";
    public static final String NOTE = "note";
    public static final String NAME = "name";
    public static final String ALIASES = "aliases";
    public static final String DIMENSION = "dimension";
    public static final String AGGREGATION = "aggregation";
    public static final String TERMS = "terms";
    public static final String VERSION = "version";

    private FactsSchema() {
    }

    static String seriesPartition(String entity) {
        return SERIES_PREFIX + entity;
    }

    static String seriesPrefix(String metric, String object) {
        return metric + SEPARATOR + (object == null ? "" : object) + SEPARATOR;
    }
}

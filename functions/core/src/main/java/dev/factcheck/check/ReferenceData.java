package dev.factcheck.check;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where reference facts come from. A fact check calls {@link #catalog()} once and
 * {@link #series(Set)} once, so an implementation answers each with one round trip to its store;
 * deciding whether stored verdicts are still current needs only {@link #version()}.
 */
public interface ReferenceData {

    /** The entity and metric catalog and the version of the reference data it belongs to. */
    VersionedCatalog catalog();

    /**
     * The version of the reference data now, as {@link #catalog()} would report it. A store answers
     * with a read of the version alone, smaller than the catalog's: reading a stored article whose
     * verdicts are current needs nothing more.
     */
    default String version() {
        return catalog().version();
    }

    /** Every record of each requested series, each list ordered by period; absent series map to an empty list. */
    Map<SeriesKey, List<Fact>> series(Set<SeriesKey> keys);

    record VersionedCatalog(Catalog catalog, String version) {
    }
}

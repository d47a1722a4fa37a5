package dev.factcheck.verify;

import dev.factcheck.catalog.Metric;
import dev.factcheck.facts.Fact;
import java.util.List;

/**
 * The reference records one verification may read, fetched beforehand: a claim that relates
 * figures (a share of a workforce) reads more than one series, at no extra cost.
 */
public interface ReferenceRecords {

    /** The catalog metric of this name, or null when the catalog has none. */
    Metric metric(String name);

    /** Every record of the series, ordered by period; empty when there are none. */
    List<Fact> series(String entity, String metric, String object);
}

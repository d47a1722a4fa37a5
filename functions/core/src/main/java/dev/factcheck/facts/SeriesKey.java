package dev.factcheck.facts;

import java.util.Objects;

/** Identifies the records that describe one quantity over time: an entity's metric, per object. */
public record SeriesKey(String entity, String metric, String object) {

    public SeriesKey {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
    }
}

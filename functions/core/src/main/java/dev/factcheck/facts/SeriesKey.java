package dev.factcheck.facts;

import java.util.Objects;

/** Identifies the records that describe one quantity over time: an entity's metric, per object. */
public record SeriesKey(String entity, String metric, String object) {

    public SeriesKey {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
    }

    /*
     * Written out, with the meaning of the generated ones: a fact check hashes series keys on its first
     * request, and a record's generated equals and hashCode are linked through ObjectMethods' bootstrap at
     * their first call, some 15-25 ms of every cold start of FactCheckFunction and IngestArticleFunction.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesKey key && entity.equals(key.entity) && metric.equals(key.metric)
                && Objects.equals(object, key.object);
    }

    @Override
    public int hashCode() {
        return (31 * entity.hashCode() + metric.hashCode()) * 31 + Objects.hashCode(object);
    }
}

package dev.factcheck.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A measurable quantity that claims and reference facts talk about.
 *
 * @param name        the key, e.g. {@code layoffs}
 * @param dimension   what it counts; figures of another dimension never verify against it
 * @param aggregation how its records combine over time
 * @param terms       cue words that tie a figure in text to this metric
 */
public record Metric(String name, Dimension dimension, Aggregation aggregation, List<String> terms) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(aggregation, "aggregation");
        terms = List.copyOf(terms);
    }
}

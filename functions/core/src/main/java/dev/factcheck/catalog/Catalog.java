package dev.factcheck.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities and metrics claims are resolved against. Metrics uploaded with the reference data
 * replace a built-in metric of the same name or add a new one.
 */
public record Catalog(List<Entity> entities, List<Metric> metrics) {

    public Catalog {
        entities = List.copyOf(entities);
        metrics = List.copyOf(metrics);
    }

    /** The built-in metrics with the given entities and uploaded metrics merged in. */
    public static Catalog of(List<Entity> entities, List<Metric> uploadedMetrics) {
        Map<String, Metric> byName = new LinkedHashMap<>();
        for (Metric metric : BuiltInMetrics.ALL) {
            byName.put(metric.name(), metric);
        }
        for (Metric metric : uploadedMetrics) {
            byName.put(metric.name(), metric);
        }
        return new Catalog(entities, new ArrayList<>(byName.values()));
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

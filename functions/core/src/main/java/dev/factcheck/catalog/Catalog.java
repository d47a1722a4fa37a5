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
        for (Metric metric : metrics) {
            if (metric.name().equals(name)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    public Optional<Entity> entity(String name) {
        for (Entity entity : entities) {
            if (entity.name().equals(name)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }
}

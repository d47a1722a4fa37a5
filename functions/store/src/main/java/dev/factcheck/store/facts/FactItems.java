package dev.factcheck.store.facts;

import static dev.factcheck.store.facts.FactsSchema.*;
import static dev.factcheck.store.format.Attributes.optional;
import static dev.factcheck.store.format.Attributes.required;
import static dev.factcheck.store.format.Attributes.s;
import static dev.factcheck.store.format.Attributes.strings;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.facts.Fact;
import dev.factcheck.store.format.CorruptItemException;
import dev.factcheck.store.format.FormatVersion;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The storage format of the facts table: reference records, catalog entities and metrics, and the
 * version counter. Version 1: attributes as {@link FactsSchema} names them, values as DynamoDB numbers,
 * dates as ISO text, lists of names as lists of strings.
 */
final class FactItems {

    /** The format this code writes, and the newest it reads. */
    static final int FORMAT_VERSION = 1;

    private FactItems() {
    }

    static Map<String, AttributeValue> entityItem(Entity entity) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(PK, s(CATALOG_PK), SK, s(ENTITY_PREFIX + entity.name()),
                NAME, s(entity.name()), ALIASES, strings(entity.aliases())));
        return FormatVersion.stamp(item, FORMAT_VERSION);
    }

    static Map<String, AttributeValue> metricItem(Metric metric) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(PK, s(CATALOG_PK), SK, s(METRIC_PREFIX + metric.name()),
                NAME, s(metric.name()), DIMENSION, s(metric.dimension().name()),
                AGGREGATION, s(metric.aggregation().name()), TERMS, strings(metric.terms())));
        return FormatVersion.stamp(item, FORMAT_VERSION);
    }

    static Entity entity(Map<String, AttributeValue> item) {
        FormatVersion.of(item, FORMAT_VERSION);
        return new Entity(required(item, NAME), strings(item.get(ALIASES)));
    }

    static Metric metric(Map<String, AttributeValue> item) {
        FormatVersion.of(item, FORMAT_VERSION);
        return new Metric(required(item, NAME), Dimension.valueOf(required(item, DIMENSION)),
                Aggregation.valueOf(required(item, AGGREGATION)), strings(item.get(TERMS)));
    }

    /** The number of the version counter item. */
    static String version(Map<String, AttributeValue> item) {
        FormatVersion.of(item, FORMAT_VERSION);
        AttributeValue version = item.get(VERSION);
        if (version == null || version.n() == null) {
            throw new CorruptItemException(VERSION + " is missing");
        }
        return version.n();
    }

    static Map<String, AttributeValue> factItem(Fact fact) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(seriesPartition(fact.entity())));
        item.put(SK, s(seriesPrefix(fact.metric(), fact.object()) + fact.period().from() + SEPARATOR
                + fact.period().to() + SEPARATOR + fact.id()));
        item.put(FACT_ID, s(fact.id()));
        item.put(ENTITY, s(fact.entity()));
        item.put(METRIC, s(fact.metric()));
        if (fact.object() != null) {
            item.put(OBJECT, s(fact.object()));
        }
        item.put(VALUE, AttributeValue.fromN(fact.value().toPlainString()));
        item.put(UNIT, s(fact.unit().code()));
        item.put(CUMULATIVE, AttributeValue.fromBool(fact.cumulative()));
        item.put(PERIOD_FROM, s(fact.period().from().toString()));
        item.put(PERIOD_TO, s(fact.period().to().toString()));
        item.put(SOURCE, s(fact.source()));
        if (fact.sourceTitle() != null) {
            item.put(SOURCE_TITLE, s(fact.sourceTitle()));
        }
        if (fact.note() != null) {
            item.put(NOTE, s(fact.note()));
        }
        return FormatVersion.stamp(item, FORMAT_VERSION);
    }

    static Fact fact(Map<String, AttributeValue> item) {
        FormatVersion.of(item, FORMAT_VERSION);
        AttributeValue value = item.get(VALUE);
        if (value == null || value.n() == null) {
            throw new CorruptItemException(VALUE + " is missing");
        }
        String unit = required(item, UNIT);
        return new Fact(required(item, FACT_ID), required(item, ENTITY), required(item, METRIC), optional(item, OBJECT),
                new BigDecimal(value.n()), Unit.fromCode(unit).orElseThrow(() -> new CorruptItemException("unit is not a known unit")),
                item.get(CUMULATIVE) != null && Boolean.TRUE.equals(item.get(CUMULATIVE).bool()),
                new Period(LocalDate.parse(required(item, PERIOD_FROM)), LocalDate.parse(required(item, PERIOD_TO))),
                required(item, SOURCE), optional(item, SOURCE_TITLE), optional(item, NOTE));
    }
}

package dev.factcheck.facts;

import dev.factcheck.catalog.Unit;
import dev.factcheck.ids.Hashes;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A curated reference record: what a named source reported for an entity's metric.
 *
 * @param id          derived from the record's identity, see {@link #identityOf}
 * @param object      the counterparty for metrics that have one, or null
 * @param cumulative  the value is a running total that holds as of {@code period.to}
 * @param period      when the figure applies
 * @param source      the URL of the report the figure comes from
 */
public record Fact(
        String id,
        String entity,
        String metric,
        String object,
        BigDecimal value,
        Unit unit,
        boolean cumulative,
        Period period,
        String source,
        String sourceTitle,
        String note) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
    }

    public SeriesKey series() {
        return new SeriesKey(entity, metric, object);
    }

    /**
     * The id of a record with this identity. Uploading a record with the same entity, metric,
     * object, period and source again replaces it instead of adding a second one.
     */
    public static String identityOf(String entity, String metric, String object, Period period, String source) {
        String identity = String.join("\u001f", entity, metric, object == null ? "" : object,
                period.from().toString(), period.to().toString(), source);
        return "f_" + Hashes.sha256Hex(identity, 12);
    }
}

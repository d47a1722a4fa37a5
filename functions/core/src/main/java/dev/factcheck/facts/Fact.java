package dev.factcheck.facts;

import dev.factcheck.catalog.Unit;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "f_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

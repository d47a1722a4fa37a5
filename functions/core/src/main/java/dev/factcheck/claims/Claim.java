package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One checkable figure found in an article.
 *
 * @param id           stable within one extraction: {@code c1}, {@code c2}, ... in text order
 * @param text         the words of the claim as written
 * @param span         where {@code text} stands in the submitted text
 * @param sentence     the whole sentence holding the claim
 * @param value        the stated value in base units (4,000,000,000 for "$4B"); for a range, its low end
 * @param unit         people, a currency, percent, or a plain count
 * @param qualifier    the hedge that widened the bounds, or null
 * @param bounds       the band of values consistent with the wording and its precision
 * @param entity       the catalog entity the figure is about, or null when unknown
 * @param object       the counterparty ("Anthropic" in "invested $4B in Anthropic"), or null
 * @param metric       the catalog metric, or null
 * @param period       when the figure applies, or null when the text gives none
 * @param periodSource how {@code period} was found; {@link PeriodSource#NONE} when it is null
 * @param type         the QuanTemp type
 * @param relation     how the figure relates to other figures of its entity ({@link Relation#NONE} when it
 *                     stands alone)
 * @param prediction   the figure is about a period after publication, in words about the future ("will
 *                     cut 2,400 more next week"): it is judged against records dated in that period
 * @param part         the part of the entity the figure is about ("its Skyline Labs division"), or null:
 *                     no record of the entity describes a part of it
 */
public record Claim(
        String id,
        String text,
        Span span,
        String sentence,
        BigDecimal value,
        Unit unit,
        Qualifier qualifier,
        Bounds bounds,
        String entity,
        String object,
        String metric,
        Period period,
        PeriodSource periodSource,
        ClaimType type,
        Relation relation,
        boolean prediction,
        String part) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(periodSource, "periodSource");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(relation, "relation");
        if ((period == null) != (periodSource == PeriodSource.NONE)) {
            throw new IllegalArgumentException("period and periodSource disagree: " + period + " / " + periodSource);
        }
    }

    /** A claim that stands alone and is not a prediction. */
    public Claim(String id, String text, Span span, String sentence, BigDecimal value, Unit unit, Qualifier qualifier,
                 Bounds bounds, String entity, String object, String metric, Period period, PeriodSource periodSource,
                 ClaimType type) {
        this(id, text, span, sentence, value, unit, qualifier, bounds, entity, object, metric, period, periodSource,
                type, Relation.NONE, false, null);
    }

    /** A claim about a whole organisation. */
    public Claim(String id, String text, Span span, String sentence, BigDecimal value, Unit unit, Qualifier qualifier,
                 Bounds bounds, String entity, String object, String metric, Period period, PeriodSource periodSource,
                 ClaimType type, Relation relation, boolean prediction) {
        this(id, text, span, sentence, value, unit, qualifier, bounds, entity, object, metric, period, periodSource,
                type, relation, prediction, null);
    }
}

package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;

/**
 * A number as written, before it becomes a claim: its tokens, value in base units, precision
 * (half a unit of its last significant digit) and the unit its symbols or words state.
 */
final class Figure {
    int startTok;
    int endTok;
    BigDecimal value;
    BigDecimal precision;
    /** USD, EUR, GBP or PERCENT when the figure says so; null for a bare number. */
    Unit unit;
    BigDecimal scale = BigDecimal.ONE;
    boolean scaled;
    /** The high end of a stated range, or null. */
    BigDecimal high;
    BigDecimal highPrecision;
    /** The two tokens before the figure are "'s". */
    boolean possessiveBefore;
    /** A minus sign glued to its front, read as part of it ("returned -11%"): the claim is negative. */
    boolean minus;
    /** A share written in words ({@link FractionWords}): "a tenth", "one in five"; a claim only as a share. */
    boolean fraction;
    /** A ratio ("one in five"), whose whole may follow it without "of": "one in five workers". */
    boolean ratio;
    /** The value its bounds are measured from when it is more precise than the value shown: a third's 33.3333. */
    BigDecimal exact;

    /** The same figure with its sign turned: "-2.7%" in a table's change column. */
    Figure negated() {
        Figure n = new Figure();
        n.startTok = startTok;
        n.endTok = endTok;
        n.value = value.negate();
        n.precision = precision;
        n.unit = unit;
        n.scale = scale;
        n.scaled = scaled;
        n.possessiveBefore = possessiveBefore;
        n.minus = minus;
        n.fraction = fraction;
        n.ratio = ratio;
        n.exact = exact == null ? null : exact.negate();
        return n;
    }

    /** {@code v} without trailing zeros and never in exponent notation: 14000, 0.5, 4000000000. */
    static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}

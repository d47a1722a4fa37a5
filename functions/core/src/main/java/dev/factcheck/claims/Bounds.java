package dev.factcheck.claims;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The inclusive band of values a claim is consistent with. {@code high == null} means unbounded
 * ("more than 10,000").
 */
public record Bounds(BigDecimal low, BigDecimal high) {

    public Bounds {
        Objects.requireNonNull(low, "low");
        if (high != null && high.compareTo(low) < 0) {
            throw new IllegalArgumentException("bounds high " + high + " below low " + low);
        }
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(low) >= 0 && (high == null || value.compareTo(high) <= 0);
    }
}

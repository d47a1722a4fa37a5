package dev.factcheck.catalog;

import java.util.Optional;

/** The unit of a figure. Two figures compare only when their units are equal: EUR is not USD. */
public enum Unit {
    PEOPLE("people", Dimension.PEOPLE),
    USD("USD", Dimension.CURRENCY),
    EUR("EUR", Dimension.CURRENCY),
    GBP("GBP", Dimension.CURRENCY),
    PERCENT("percent", Dimension.PERCENT),
    COUNT("count", Dimension.COUNT);

    private final String code;
    private final Dimension dimension;

    Unit(String code, Dimension dimension) {
        this.code = code;
        this.dimension = dimension;
    }

    /** The wire name: {@code people}, {@code USD}, {@code EUR}, {@code GBP}, {@code percent}, {@code count}. */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    public static Optional<Unit> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Unit unit : values()) {
            if (unit.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}

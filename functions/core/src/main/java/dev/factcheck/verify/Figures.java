package dev.factcheck.verify;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes figures the way explanations and summaries show them: digits grouped by thousands with
 * commas, never abbreviated, so "$8,000,000,000" reads the same in every output and never rounds a
 * recorded value away. Currencies get their symbol, percentages a trailing {@code %}, people and
 * counts no unit.
 */
public final class Figures {

    private Figures() {
    }

    /** {@code 14000 PEOPLE} → {@code 14,000}; {@code 8e9 USD} → {@code $8,000,000,000}; {@code 4.5 PERCENT} → {@code 4.5%}. */
    public static String format(BigDecimal value, Unit unit) {
        String number = grouped(value);
        if (unit == null) {
            return number;
        }
        return switch (unit) {
            case USD -> signed(number, "$");
            case EUR -> signed(number, "\u20ac");
            case GBP -> signed(number, "\u00a3");
            case PERCENT -> number + "%";
            case PEOPLE, COUNT -> number;
        };
    }

    /** The band as a reader sees it: {@code 26,500–27,500}, or {@code 10,000 or more} when unbounded. */
    public static String band(Bounds bounds, Unit unit) {
        if (bounds.high() == null) {
            return format(bounds.low(), unit) + " or more";
        }
        if (bounds.high().compareTo(bounds.low()) == 0) {
            return format(bounds.low(), unit);
        }
        return format(bounds.low(), unit) + "\u2013" + format(bounds.high(), unit);
    }

    private static String signed(String number, String symbol) {
        return number.startsWith("-") ? "-" + symbol + number.substring(1) : symbol + number;
    }

    /** Thousands grouping without locale surprises; trailing fractional zeros dropped. */
    static String grouped(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0, RoundingMode.UNNECESSARY);
        }
        String text = plain.abs().toPlainString();
        int dot = text.indexOf('.');
        String integer = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot);
        StringBuilder out = new StringBuilder(text.length() + integer.length() / 3 + 1);
        if (plain.signum() < 0) {
            out.append('-');
        }
        int lead = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, lead);
        for (int i = lead; i < integer.length(); i += 3) {
            out.append(',').append(integer, i, i + 3);
        }
        return out.append(fraction).toString();
    }
}

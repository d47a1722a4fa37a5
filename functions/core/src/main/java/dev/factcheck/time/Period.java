package dev.factcheck.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of calendar days, both ends inclusive. A single day has {@code from == to}.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** True when every day of {@code other} lies inside this period. */
    public boolean encloses(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}

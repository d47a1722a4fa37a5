package dev.factcheck.ingest;

import java.time.Clock;
import java.time.Instant;

/**
 * When a feed's work must stop: asked afresh before each feed and each entry, so the caller may hand
 * in Lambda's {@code Context::getRemainingTimeInMillis} as it is.
 */
@FunctionalInterface
public interface Deadline {

    long remainingMillis();

    /** A fixed point in time, read on {@code clock}. */
    static Deadline at(Instant end, Clock clock) {
        return () -> end.toEpochMilli() - clock.millis();
    }
}

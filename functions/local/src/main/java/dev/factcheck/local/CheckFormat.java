package dev.factcheck.local;

import java.util.Arrays;
import java.util.Locale;

/** How {@code check} reports on files: a table for people, JSON or CSV for machines. */
enum CheckFormat {
    TABLE, JSON, CSV;

    static CheckFormat named(String value) {
        return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new UsageException("--format must be table, json or csv, not " + value));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.factcheck.catalog;

/** What a metric counts; a metric of dimension CURRENCY accepts any currency unit. */
public enum Dimension {
    PEOPLE, CURRENCY, PERCENT, COUNT
}

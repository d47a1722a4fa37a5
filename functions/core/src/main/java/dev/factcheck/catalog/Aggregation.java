package dev.factcheck.catalog;

/**
 * How records of a metric combine over time. SUM: flows such as layoffs or revenue, added up over a
 * period. LATEST: running totals or states such as cumulative investment or headcount, where the most
 * recent record holds.
 */
public enum Aggregation {
    SUM, LATEST
}

package dev.factcheck.claims;

/** Where a claim's period came from. */
public enum PeriodSource {
    /** Named in the text: a date, month, year, quarter, range. */
    EXPLICIT,
    /** Relative to the publication date: last week, this year, on Wednesday. */
    RELATIVE,
    /** The text gives none; verification falls back to the publication date. */
    NONE
}

package dev.factcheck.verify;

/** The outcome of checking one claim against the reference records. */
public enum Verdict {
    /** The reference value lies inside the claim's bounds. */
    SUPPORTED,
    /** The reference value lies outside the claim's bounds. */
    CONTRADICTED,
    /** The figure matched an earlier record of a running total, but a later record has replaced it. */
    OUTDATED,
    /** The reference data cannot judge the claim: unknown entity or metric, no record, unit mismatch. */
    UNVERIFIED
}

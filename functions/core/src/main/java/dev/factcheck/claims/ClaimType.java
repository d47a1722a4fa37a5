package dev.factcheck.claims;

/** The QuanTemp taxonomy of numeric claims. */
public enum ClaimType {
    STATISTICAL, TEMPORAL, INTERVAL, COMPARISON
}

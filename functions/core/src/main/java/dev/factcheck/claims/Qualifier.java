package dev.factcheck.claims;

/** The hedge or comparison that widens a stated figure into {@link Bounds}. */
public enum Qualifier {
    /** about, approximately, around, roughly, some, an estimated, ~ */
    APPROXIMATELY,
    /** more than, over, above, upwards of, in excess of, at least, past, ≥ */
    MORE_THAN,
    /** just over */
    JUST_OVER,
    /** fewer than, less than, under, below, up to, as many as, as high as, at most, < */
    AT_MOST,
    /** nearly, almost, close to, just under, shy of */
    NEARLY,
    /** a stated range a–b */
    RANGE
}

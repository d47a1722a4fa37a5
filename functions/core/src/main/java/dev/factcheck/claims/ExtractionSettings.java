package dev.factcheck.claims;

import java.math.BigDecimal;

/**
 * Tunable defaults of claim extraction.
 *
 * @param hedgeFraction the relative half-width that hedges such as "about" add to a figure (0.10)
 */
public record ExtractionSettings(BigDecimal hedgeFraction) {

    public static final ExtractionSettings DEFAULTS = new ExtractionSettings(new BigDecimal("0.10"));
}

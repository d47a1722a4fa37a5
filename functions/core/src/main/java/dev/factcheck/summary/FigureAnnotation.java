package dev.factcheck.summary;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Span;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The verdict on one figure of a summary sentence.
 *
 * @param claimId      the id of the checked claim
 * @param text         the figure's words as written
 * @param span         where the figure stands within the summary sentence's text
 * @param verdict      the verdict on the figure
 * @param expected     the recorded value the figure was judged against, or null when there is none;
 *                     for CONTRADICTED and OUTDATED figures the value a reader should see instead
 * @param unit         the unit of {@code expected} (the claim's unit)
 * @param recordedDate the day {@code expected} was recorded (for OUTDATED: of the current record), or null
 * @param explanation  the verifier's one-sentence explanation
 */
public record FigureAnnotation(String claimId, String text, Span span, Verdict verdict, BigDecimal expected,
                               Unit unit, LocalDate recordedDate, String explanation) {

    public FigureAnnotation {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(unit, "unit");
    }
}

package dev.factcheck.claims;

/**
 * One step from a figure to a claim. {@link ClaimExtractor} runs them in order, each seeing what
 * the earlier ones found: {@link QualifierStage} (hedge, span, bounds), {@link EntityStage} (whose
 * figure it is), {@link MetricStage} (metric, unit, counterparty), {@link PeriodStage} (when); then
 * {@link ClaimStage} assembles the claim.
 */
interface Stage {

    /** The draft with this stage's part filled in. */
    ClaimDraft apply(ClaimDraft draft);
}

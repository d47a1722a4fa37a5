package dev.factcheck.verify;

import static dev.factcheck.verify.Explanations.bandVerdict;
import static dev.factcheck.verify.Explanations.seriesName;
import static dev.factcheck.verify.Explanations.unverified;
import static dev.factcheck.verify.Explanations.valueAsOf;
import static dev.factcheck.verify.Explanations.valueAt;
import static dev.factcheck.verify.Explanations.words;
import static dev.factcheck.verify.Verifier.running;

import dev.factcheck.catalog.Metric;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Claims of a new round ({@link dev.factcheck.claims.Relation.NewRound}): "another 2,400", "a further $4 billion". */
final class NewRoundCheck {

    /**
     * A new round's record is dated when the round is announced: the latest record at most this many
     * days before publication is the round the article reports; an older one is the previous round.
     */
    static final int ANNOUNCEMENT_DAYS = 7;

    private final Verifier verifier;

    NewRoundCheck(Verifier verifier) {
        this.verifier = verifier;
    }

    /**
     * "another 600", "a further $4 billion": a new round. A further step of a running total is judged
     * against the step between its last two records by the claim's time (the end of its period, at the
     * latest publication; for a prediction the later record must lie in its period): a step's size, not
     * the total it reached, is what the figure states. Otherwise, with a period the round is judged like
     * any claim about that period; without one, the last record of a flow is the previous round's and
     * cannot support it.
     */
    CheckedClaim judge(Claim claim, ReferenceRecords records, LocalDate publishedAt) {
        CheckedClaim own = verifier.own(claim, records, publishedAt);
        if (own.evidence().isEmpty()) {
            return own;
        }
        Metric metric = records.metric(claim.metric());
        List<Fact> all = records.series(claim.entity(), claim.metric(), claim.object()).stream()
                .filter(f -> f.unit() == claim.unit()).sorted(Verifier.BY_PERIOD).toList();
        if (metric != null && running(metric, all)) {
            return step(claim, all, publishedAt, own);
        }
        if (claim.period() != null) {
            return own;
        }
        Fact latest = own.evidence().getLast();
        long age = ChronoUnit.DAYS.between(latest.period().to(), publishedAt);
        if (age >= 0 && age <= ANNOUNCEMENT_DAYS) {
            return own;
        }
        return unverified(claim, "'" + words(claim) + "' marks a new round; the latest record, "
                + valueAt(latest, claim.unit()) + ", is the previous round's and cannot support it.");
    }

    /** A further step of a running total against the step between its last two records by the claim's time. */
    private static CheckedClaim step(Claim claim, List<Fact> all, LocalDate publishedAt, CheckedClaim own) {
        boolean prediction = Verifier.isPrediction(claim, publishedAt);
        LocalDate asOf = claim.period() != null && (prediction || claim.period().to().isBefore(publishedAt))
                ? claim.period().to() : publishedAt;
        List<Fact> series = all.stream().filter(f -> !f.period().to().isAfter(asOf)).toList();
        if (prediction && (series.isEmpty() || !claim.period().encloses(series.getLast().period()))) {
            return own;
        }
        if (series.size() < 2) {
            return unverified(claim, "'" + words(claim) + "' is a step on top of earlier ones, and "
                    + seriesName(claim) + " has no two records by " + asOf + " to measure a step.");
        }
        Fact before = series.get(series.size() - 2);
        Fact latest = series.getLast();
        BigDecimal step = latest.value().subtract(before.value());
        boolean holds = claim.bounds().contains(step);
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, step,
                List.of(before, latest), "'" + words(claim) + "' is a step on top of earlier ones: from "
                + valueAsOf(before, claim.unit()) + " to " + valueAsOf(latest, claim.unit()) + " is "
                + Figures.format(step, claim.unit()) + "; " + bandVerdict(claim, holds));
    }
}

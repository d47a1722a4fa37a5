package dev.factcheck.verify;

import static dev.factcheck.verify.Explanations.bandVerdict;
import static dev.factcheck.verify.Explanations.seriesName;
import static dev.factcheck.verify.Explanations.unverified;
import static dev.factcheck.verify.Explanations.valueAsOf;
import static dev.factcheck.verify.Explanations.valueAt;
import static dev.factcheck.verify.Verifier.running;
import static dev.factcheck.verify.Verifier.within;

import dev.factcheck.catalog.Metric;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Forward-looking claims ({@link Verifier#isPrediction}): judged against the records dated in their period. */
final class PredictionCheck {

    /** How long a period may be and still name one round: a quarter or a season (92 days), not a year. */
    static final int SHORT_PERIOD_DAYS = 92;

    private PredictionCheck() {
    }

    /**
     * A prediction is judged against the records dated within its period, however late: a flow
     * against their sum, a running total against the latest of them dated after publication (a level
     * the text predicts, "aims to end the year with roughly 56,000 staff", is not the level it already
     * had in June).
     */
    static CheckedClaim judge(Claim claim, Metric metric, List<Fact> records, LocalDate publishedAt) {
        Period period = claim.period();
        boolean running = running(metric, records);
        List<Fact> inside = running ? recordedAfter(within(records, period), publishedAt) : within(records, period);
        if (inside.isEmpty()) {
            return unverified(claim, "The claim is a prediction about " + period + ", and no record of "
                    + seriesName(claim) + " is dated within it " + (running ? "after publication" : "yet") + ".");
        }
        BigDecimal value = running ? inside.getLast().value()
                : inside.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Fact> evidence = running ? List.of(inside.getLast()) : inside;
        boolean holds = claim.bounds().contains(value);
        boolean recordedToTheEnd = !records.getLast().period().to().isBefore(period.to())
                || roundOfAShortPeriod(inside, period);
        if (!running && !holds && value.compareTo(claim.bounds().low()) < 0 && !recordedToTheEnd) {
            // A flow only grows: below the band so far, it may still reach it before the period ends.
            return unverified(claim, "The claim is a prediction about " + period + "; the records so far sum to "
                    + Figures.format(value, claim.unit()) + ", below the claim's band "
                    + Figures.band(claim.bounds(), claim.unit()) + ", and none reaches the period's end yet.");
        }
        StringJoiner parts = new StringJoiner(" + ");
        evidence.forEach(f -> parts.add(running ? valueAsOf(f, claim.unit()) : valueAt(f, claim.unit())));
        String explanation = "The claim is a prediction about " + period + ", "
                + (holds ? "confirmed" : "contradicted") + " by a later record: " + parts
                + (evidence.size() > 1 ? " = " + Figures.format(value, claim.unit()) : "") + "; " + bandVerdict(claim, holds);
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, value, evidence, explanation);
    }

    /**
     * "will cut another 1,500 jobs in November", "would cut 5,000 jobs over the summer": a prediction about
     * a month, a season or a quarter names the round the company will make, and a round of a single day
     * recorded in it is that round, so the sum stands as it does for a past flow (rounds of single days tile
     * nothing). A longer period may be cut in phases: "will shed 5,000 roles in 2026" may still grow.
     */
    static boolean roundOfAShortPeriod(List<Fact> inside, Period period) {
        if (ChronoUnit.DAYS.between(period.from(), period.to()) >= SHORT_PERIOD_DAYS) {
            return false;
        }
        for (Fact fact : inside) {
            if (!fact.period().from().equals(fact.period().to())) {
                return false;
            }
        }
        return true;
    }

    private static List<Fact> recordedAfter(List<Fact> records, LocalDate publishedAt) {
        List<Fact> later = new ArrayList<>(records.size());
        for (Fact fact : records) {
            if (fact.period().to().isAfter(publishedAt)) {
                later.add(fact);
            }
        }
        return later;
    }
}

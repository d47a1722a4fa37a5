package dev.factcheck.verify;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Judges claims against reference records. Stateless and thread-safe.
 *
 * <p>The rules, with the claim's inclusive bounds:
 * <ol>
 *   <li>No entity, no metric, or no record of the series: {@link Verdict#UNVERIFIED}.</li>
 *   <li>Units must agree: the claim's unit must belong to the metric's dimension and equal the unit
 *       of the records (EUR is not USD), otherwise UNVERIFIED. Records in another unit are ignored.</li>
 *   <li>Flow metrics ({@link Aggregation#SUM}): with a claim period P the reference is the sum of the
 *       records lying inside P (none: UNVERIFIED); a P running past publication ("this year") ends at
 *       publication, because the article cannot speak of later records. Without a period the candidates are the records that
 *       ended by publication; the latest is the reference when it ended at most
 *       {@link VerificationSettings#recentDays()} before publication, otherwise an older candidate
 *       inside the bounds supports the claim and none leaves it UNVERIFIED.</li>
 *   <li>Running totals and states ({@link Aggregation#LATEST}, or records marked cumulative): the
 *       reference is the latest record ending by the end of the claim's period (at the latest
 *       publication), or by publication.
 *       Inside the bounds: SUPPORTED; an earlier record inside the bounds: OUTDATED; otherwise
 *       CONTRADICTED; no record by then: UNVERIFIED.</li>
 * </ol>
 */
public final class Verifier {

    private static final Comparator<Fact> BY_PERIOD = Comparator
            .comparing((Fact f) -> f.period().to())
            .thenComparing(f -> f.period().from());

    private final VerificationSettings settings;

    public Verifier(VerificationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param metric      the claim's metric from the catalog, or null when the claim has none
     * @param series      every record of the claim's series (entity, metric, object), ordered by period
     * @param publishedAt when the article appeared; undated claims are judged as of this day
     */
    public CheckedClaim verify(Claim claim, Metric metric, List<Fact> series, LocalDate publishedAt) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (claim.entity() == null) {
            return unverified(claim, "The figure names no entity the reference data knows.");
        }
        if (claim.part() != null) {
            return unverified(claim, "The figure is about " + claim.part() + ", a part of " + claim.entity()
                    + " that no reference record describes.");
        }
        if (claim.metric() == null || metric == null) {
            return unverified(claim, "The figure names no metric the reference data knows.");
        }
        if (series == null || series.isEmpty()) {
            return unverified(claim, "There are no reference records of " + seriesName(claim) + ".");
        }
        Unit unit = claim.unit();
        if (unit.dimension() != metric.dimension()) {
            return unverified(claim, "The figure is in " + unit.code() + " but " + metric.name()
                    + " is measured in " + metric.dimension().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        List<Fact> records = new ArrayList<>(series.size());
        for (Fact fact : series) {
            if (fact.unit() == unit) {
                records.add(fact);
            }
        }
        if (records.isEmpty()) {
            return unverified(claim, "The figure is in " + unit.code() + " but the records of "
                    + seriesName(claim) + " are in " + series.getFirst().unit().code() + ".");
        }
        records.sort(BY_PERIOD);
        boolean running = metric.aggregation() == Aggregation.LATEST
                || records.stream().anyMatch(Fact::cumulative);
        if (running) {
            return runningTotal(claim, records, publishedAt);
        }
        return claim.period() != null ? flowInPeriod(claim, records, publishedAt)
                : flowUndated(claim, records, publishedAt);
    }

    private CheckedClaim flowInPeriod(Claim claim, List<Fact> records, LocalDate publishedAt) {
        Period stated = claim.period();
        if (stated.from().isAfter(publishedAt)) {
            return unverified(claim, "The claim's period " + stated + " starts after publication on " + publishedAt + ".");
        }
        Period period = stated.to().isAfter(publishedAt) ? new Period(stated.from(), publishedAt) : stated;
        List<Fact> inside = records.stream().filter(f -> period.encloses(f.period())).toList();
        if (inside.isEmpty()) {
            return unverified(claim, "No record of " + seriesName(claim) + " lies within " + period + ".");
        }
        BigDecimal sum = inside.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean holds = claim.bounds().contains(sum);
        String explanation;
        if (inside.size() == 1) {
            Fact only = inside.getFirst();
            explanation = "The only record within " + period + " is " + valueAt(only, claim.unit()) + "; "
                    + bandVerdict(claim, holds);
        } else {
            StringJoiner parts = new StringJoiner(" + ", " (", ")");
            inside.forEach(f -> parts.add(valueAt(f, claim.unit())));
            explanation = "Records sum to " + Figures.format(sum, claim.unit()) + " for " + range(period)
                    + parts + "; " + bandVerdict(claim, holds);
        }
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, sum, inside, explanation);
    }

    private CheckedClaim flowUndated(Claim claim, List<Fact> records, LocalDate publishedAt) {
        List<Fact> candidates = records.stream().filter(f -> !f.period().to().isAfter(publishedAt)).toList();
        if (candidates.isEmpty()) {
            return unverified(claim, "No record of " + seriesName(claim) + " ends on or before " + publishedAt + ".");
        }
        Fact latest = candidates.getLast();
        long age = ChronoUnit.DAYS.between(latest.period().to(), publishedAt);
        if (age <= settings.recentDays()) {
            boolean holds = claim.bounds().contains(latest.value());
            String when = age == 0 ? "the day of publication" : age + (age == 1 ? " day" : " days") + " earlier";
            String explanation = "The latest record by publication is " + valueAt(latest, claim.unit())
                    + ", " + when + "; " + bandVerdict(claim, holds);
            return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, latest.value(),
                    List.of(latest), explanation);
        }
        for (Fact fact : candidates.reversed()) {
            if (claim.bounds().contains(fact.value())) {
                String explanation = "No record falls within " + settings.recentDays()
                        + " days before publication, but the earlier record " + valueAt(fact, claim.unit())
                        + " lies in the claim's band " + Figures.band(claim.bounds(), claim.unit()) + ".";
                return new CheckedClaim(claim, Verdict.SUPPORTED, fact.value(), List.of(fact), explanation);
            }
        }
        return unverified(claim, "No record falls within " + settings.recentDays()
                + " days before publication, and no earlier record lies in the claim's band "
                + Figures.band(claim.bounds(), claim.unit()) + ".");
    }

    private CheckedClaim runningTotal(Claim claim, List<Fact> records, LocalDate publishedAt) {
        LocalDate asOf = claim.period() != null && claim.period().to().isBefore(publishedAt)
                ? claim.period().to() : publishedAt;
        List<Fact> known = records.stream().filter(f -> !f.period().to().isAfter(asOf)).toList();
        if (known.isEmpty()) {
            return unverified(claim, "No record of " + seriesName(claim) + " ends on or before " + asOf + ".");
        }
        Fact current = known.getLast();
        Unit unit = claim.unit();
        if (claim.bounds().contains(current.value())) {
            return new CheckedClaim(claim, Verdict.SUPPORTED, current.value(), List.of(current),
                    "The latest record as of " + asOf + " is " + valueAsOf(current, unit) + "; "
                            + bandVerdict(claim, true));
        }
        for (int i = known.size() - 2; i >= 0; i--) {
            Fact earlier = known.get(i);
            if (claim.bounds().contains(earlier.value())) {
                String explanation = "The figure matches the earlier record " + valueAsOf(earlier, unit)
                        + ", but the latest record as of " + asOf + " is " + valueAsOf(current, unit)
                        + ", outside the claim's band " + Figures.band(claim.bounds(), unit) + ".";
                return new CheckedClaim(claim, Verdict.OUTDATED, current.value(), List.of(earlier, current),
                        explanation);
            }
        }
        return new CheckedClaim(claim, Verdict.CONTRADICTED, current.value(), List.of(current),
                "The latest record as of " + asOf + " is " + valueAsOf(current, unit) + "; "
                        + bandVerdict(claim, false));
    }

    private static CheckedClaim unverified(Claim claim, String explanation) {
        return new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), explanation);
    }

    private static String bandVerdict(Claim claim, boolean holds) {
        return "the claim's band " + Figures.band(claim.bounds(), claim.unit()) + (holds ? " includes it." : " excludes it.");
    }

    /** {@code 9,000 on 2023-03-20} or {@code 9,000 for 2023-01-01..2023-03-31}. */
    private static String valueAt(Fact fact, Unit unit) {
        return Figures.format(fact.value(), unit) + " " + when(fact.period());
    }

    /** A running total holds as of the end of its period: {@code $8,000,000,000 on 2024-11-22}. */
    private static String valueAsOf(Fact fact, Unit unit) {
        Period period = fact.period();
        return Figures.format(fact.value(), unit)
                + (period.from().equals(period.to()) ? " on " : " as of ") + period.to();
    }

    private static String when(Period period) {
        return period.from().equals(period.to()) ? "on " + period.from() : "for " + range(period);
    }

    private static String range(Period period) {
        return period.from() + ".." + period.to();
    }

    private static String seriesName(Claim claim) {
        return claim.entity() + " " + claim.metric() + (claim.object() == null ? "" : " in " + claim.object());
    }
}

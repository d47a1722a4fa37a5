package dev.factcheck.verify;

import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.Relation;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The rules for claims that relate figures, on top of {@link Verifier}'s rules for a single value:
 * <ul>
 *   <li>A derived total of a flow ("bringing total funding to $310 million") with a period is the sum
 *       of the period's records, as any flow; without one it is the total since some round: it holds
 *       when the latest records up to publication, counted back from the latest, sum into its band.
 *       None does: CONTRADICTED, or UNVERIFIED when the latest record is older than the recent days
 *       (the round that makes the total may not be recorded yet). A total whose words count its rounds
 *       ("over two rounds") is the sum of that many latest records, SUPPORTED or CONTRADICTED by it.</li>
 *   <li>A share ("about 6% of its 40,000 staff") is judged against the ratio of the records it names:
 *       the part as the verifier reads it for the claim's period (a flow's records in the period, or
 *       the latest round), over the whole's latest record on or before the day of the base the text
 *       dates ("the workforce at 18,300 at September 30"), else on or before the part's first record
 *       (the workforce the cut came out of), or by publication when there is none that early.</li>
 *   <li>An extreme ("its biggest layoff ever", "its smallest since 2024") must hold against the
 *       entity's other records of the metric since then; the explanation names the record that
 *       decides. A record beyond it makes the claim CONTRADICTED.</li>
 *   <li>A multiple ("double its 2023 round") holds when the figure's record is the factor times the
 *       records of the period named, within 10% either way.</li>
 * </ul>
 * A relation judged wrong makes the claim CONTRADICTED even when its value matches a record; a
 * relation that cannot be judged (no record to compare with) leaves it UNVERIFIED.
 */
final class RelatedFigures {

    /** How far a stated multiple ("double") may be from the records' ratio. */
    private static final BigDecimal MULTIPLE_TOLERANCE = new BigDecimal("0.10");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Verifier verifier;
    private final ReferenceRecords records;
    private final LocalDate publishedAt;

    RelatedFigures(Verifier verifier, ReferenceRecords records, LocalDate publishedAt) {
        this.verifier = verifier;
        this.records = records;
        this.publishedAt = publishedAt;
    }

    CheckedClaim total(Claim claim, CheckedClaim own) {
        Metric metric = records.metric(claim.metric());
        if (claim.period() != null || metric == null) {
            return own;
        }
        List<Fact> series = records.series(claim.entity(), claim.metric(), claim.object()).stream()
                .filter(f -> f.unit() == claim.unit() && !f.period().to().isAfter(publishedAt))
                .sorted(Verifier.BY_PERIOD).toList();
        if (series.isEmpty() || Verifier.running(metric, series)) {
            return own;
        }
        List<Fact> rounds = Verifier.within(series, new Period(series.getFirst().period().from(), publishedAt));
        if (claim.relation() instanceof Relation.Total(Integer counted) && counted != null) {
            return countedRounds(claim, rounds, counted);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = rounds.size() - 1; i >= 0; i--) {
            sum = sum.add(rounds.get(i).value());
            if (claim.bounds().contains(sum)) {
                List<Fact> counted = rounds.subList(i, rounds.size());
                return new CheckedClaim(claim, Verdict.SUPPORTED, sum, counted, "A total: the records from "
                        + counted.getFirst().period().from() + " to publication sum to " + Figures.format(sum, claim.unit())
                        + " (" + describe(counted, claim.unit()) + "); " + Explanations.bandVerdict(claim, true));
            }
        }
        Fact latest = rounds.getLast();
        String counted = "Counted back from the latest record, " + Explanations.valueAt(latest, claim.unit())
                + ", no run of records up to publication sums into the claim's band "
                + Figures.band(claim.bounds(), claim.unit()) + "; all " + rounds.size() + " sum to "
                + Figures.format(sum, claim.unit());
        if (ChronoUnit.DAYS.between(latest.period().to(), publishedAt) > verifier.recentDays()) {
            return Explanations.unverified(claim, counted + ", and no record falls within " + verifier.recentDays()
                    + " days before publication to hold the round that makes the total.");
        }
        return new CheckedClaim(claim, Verdict.CONTRADICTED, sum, rounds, counted + ".");
    }

    /**
     * A total of as many rounds as its words count ("over two rounds"): the latest {@code count} records
     * by publication, which hold or miss the claim's band whatever their age, since the words say which
     * rounds they are.
     */
    private CheckedClaim countedRounds(Claim claim, List<Fact> rounds, int count) {
        if (rounds.size() < count) {
            return Explanations.unverified(claim, "The claim sums " + count + " rounds, but the records hold only "
                    + rounds.size() + " by publication.");
        }
        List<Fact> counted = rounds.subList(rounds.size() - count, rounds.size());
        BigDecimal sum = counted.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean holds = claim.bounds().contains(sum);
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, sum, counted, "A total of "
                + count + " rounds: the latest " + count + " records by publication sum to "
                + Figures.format(sum, claim.unit()) + " (" + describe(counted, claim.unit()) + "); "
                + Explanations.bandVerdict(claim, holds));
    }

    CheckedClaim share(Claim claim, Relation.Share share) {
        if (claim.unit() != Unit.PERCENT) {
            return Explanations.unverified(claim, "A share is a percentage, but '" + Explanations.words(claim) + "' is in "
                    + claim.unit().code() + ".");
        }
        Metric partMetric = records.metric(share.part());
        Metric wholeMetric = records.metric(share.whole());
        if (partMetric == null || wholeMetric == null) {
            return Explanations.unverified(claim, "No metric for '" + Explanations.words(claim) + "': the reference data knows no "
                    + (partMetric == null ? share.part() : share.whole()) + ".");
        }
        List<Fact> partSeries = records.series(claim.entity(), share.part(), null);
        List<Fact> wholeSeries = records.series(claim.entity(), share.whole(), null);
        if (partSeries.isEmpty() || wholeSeries.isEmpty()) {
            return Explanations.unverified(claim, "There are no reference records of " + claim.entity() + " "
                    + (partSeries.isEmpty() ? share.part() : share.whole()) + " to take the share of.");
        }
        Unit unit = partSeries.getFirst().unit();
        CheckedClaim part = verifier.verifyValue(operand(claim, share.part(), unit), partMetric, partSeries, publishedAt);
        if (part.verdict() == Verdict.UNVERIFIED || part.expected() == null) {
            return Explanations.unverified(claim, "the share's part cannot be read: " + Explanations.reason(part));
        }
        LocalDate partStart = part.evidence().getFirst().period().from();
        List<Fact> wholes = wholeSeries.stream().filter(f -> f.unit() == unit)
                .sorted(Comparator.comparing((Fact f) -> f.period().to())).toList();
        // The base the text dates ("the workforce at 18,300 at September 30"), else the workforce the cut came out of.
        LocalDate wholeAsOf = share.wholeAsOf() != null ? share.wholeAsOf() : partStart;
        Optional<Fact> before = wholes.stream().filter(f -> !f.period().to().isAfter(wholeAsOf)).reduce((a, b) -> b);
        Optional<Fact> whole = before.or(() -> wholes.stream()
                .filter(f -> !f.period().to().isAfter(publishedAt)).reduce((a, b) -> b));
        if (whole.isEmpty() || whole.get().value().signum() == 0) {
            return Explanations.unverified(claim, "No record of " + claim.entity() + " " + share.whole() + " in " + unit.code()
                    + " by " + publishedAt + " to take the share of.");
        }
        BigDecimal ratio = part.expected().divide(whole.get().value(), MathContext.DECIMAL64).multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
        boolean holds = claim.bounds().contains(ratio);
        List<Fact> evidence = new ArrayList<>(part.evidence());
        evidence.add(whole.get());
        evidence.sort(Comparator.comparing((Fact f) -> f.period().to()));
        String explanation = "The records put " + share.part() + " at " + Figures.format(part.expected(), unit)
                + " (" + describe(part.evidence(), unit) + ") of " + share.whole() + " "
                + Explanations.valueAsOf(whole.get(), unit) + ": " + Figures.format(ratio, Unit.PERCENT) + "; "
                + Explanations.bandVerdict(claim, holds);
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, ratio, evidence, explanation);
    }

    CheckedClaim extreme(Claim claim, Relation.Extreme extreme, CheckedClaim own) {
        if (own.verdict() != Verdict.SUPPORTED) {
            return own;
        }
        LocalDate until = own.evidence().getLast().period().to();
        until = until.isAfter(publishedAt) ? until : publishedAt;
        LocalDate last = until;
        List<Fact> rivals = records.series(claim.entity(), claim.metric(), claim.object()).stream()
                .filter(f -> f.unit() == claim.unit() && !own.evidence().contains(f))
                .filter(f -> !f.period().to().isAfter(last))
                .filter(f -> extreme.since() == null || !f.period().from().isBefore(extreme.since()))
                .toList();
        String word = extreme.largest() ? "largest" : "smallest";
        String scope = extreme.since() == null ? "ever" : "since " + extreme.since();
        if (rivals.isEmpty()) {
            return new CheckedClaim(claim, Verdict.SUPPORTED, own.expected(), own.evidence(), own.explanation()
                    + " No other record of " + Explanations.seriesName(claim) + " " + scope + " competes: it is the "
                    + word + ".");
        }
        Comparator<Fact> byValue = Comparator.comparing(Fact::value);
        Fact rival = extreme.largest() ? rivals.stream().max(byValue).orElseThrow()
                : rivals.stream().min(byValue).orElseThrow();
        int order = rival.value().compareTo(own.expected());
        boolean holds = extreme.largest() ? order <= 0 : order >= 0;
        List<Fact> evidence = new ArrayList<>(own.evidence());
        evidence.add(rival);
        evidence.sort(Comparator.comparing((Fact f) -> f.period().to()));
        String explanation = own.explanation() + " The " + (extreme.largest() ? "next largest" : "next smallest")
                + " record " + scope + " is " + Explanations.valueAt(rival, claim.unit()) + ", so it "
                + (holds ? "is" : "is not") + " the " + word + " " + scope + ".";
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, own.expected(), evidence,
                explanation);
    }

    CheckedClaim multiple(Claim claim, Relation.Multiple multiple, CheckedClaim own) {
        if (own.verdict() != Verdict.SUPPORTED) {
            return own;
        }
        Period of = multiple.of();
        List<Fact> base = records.series(claim.entity(), claim.metric(), claim.object()).stream()
                .filter(f -> f.unit() == claim.unit() && of.encloses(f.period()) && !own.evidence().contains(f))
                .toList();
        if (base.isEmpty()) {
            return Explanations.unverified(claim, own.explanation() + " But no record of " + Explanations.seriesName(claim)
                    + " lies within " + of + " to compare it with.");
        }
        BigDecimal reference = base.stream().map(Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (reference.signum() == 0) {
            return Explanations.unverified(claim, own.explanation() + " The records within " + of + " sum to zero.");
        }
        BigDecimal ratio = own.expected().divide(reference, MathContext.DECIMAL64);
        BigDecimal slack = multiple.factor().multiply(MULTIPLE_TOLERANCE);
        boolean holds = new Bounds(multiple.factor().subtract(slack), multiple.factor().add(slack)).contains(ratio);
        List<Fact> evidence = new ArrayList<>(own.evidence());
        evidence.addAll(base);
        evidence.sort(Comparator.comparing((Fact f) -> f.period().to()));
        String explanation = own.explanation() + " Against " + describe(base, claim.unit()) + ", it is "
                + ratio.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " times as much, "
                + (holds ? "" : "not ") + multiple.factor().stripTrailingZeros().toPlainString() + " times.";
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, own.expected(), evidence,
                explanation);
    }

    /** The claim's period and words, read as a figure of {@code metric} with any value: one operand of a relation. */
    private static Claim operand(Claim claim, String metric, Unit unit) {
        return new Claim(claim.id(), claim.text(), claim.span(), claim.sentence(), BigDecimal.ZERO, unit, null,
                new Bounds(BigDecimal.ZERO, null), claim.entity(), null, metric, claim.period(), claim.periodSource(),
                claim.type(), Relation.NONE, claim.prediction());
    }

    private static String describe(List<Fact> facts, Unit unit) {
        StringJoiner parts = new StringJoiner(" + ");
        facts.forEach(f -> parts.add(Explanations.valueAt(f, unit)));
        return parts.toString();
    }
}

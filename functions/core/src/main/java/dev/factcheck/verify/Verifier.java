package dev.factcheck.verify;

import static dev.factcheck.verify.Explanations.bandVerdict;
import static dev.factcheck.verify.Explanations.range;
import static dev.factcheck.verify.Explanations.seriesName;
import static dev.factcheck.verify.Explanations.unverified;
import static dev.factcheck.verify.Explanations.valueAsOf;
import static dev.factcheck.verify.Explanations.valueAt;
import static dev.factcheck.verify.Explanations.words;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.PeriodSource;
import dev.factcheck.claims.Qualifier;
import dev.factcheck.claims.Relation;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 *       records lying inside P, a record enclosed by another one left out (none: UNVERIFIED); a P running past publication ("this year") ends at
 *       publication, because the article cannot speak of later records; records of spans that leave part of
 *       P without a record and sum below the bounds leave the claim UNVERIFIED. Without a period the candidates are the records that
 *       ended by publication; the latest is the reference when it ended at most
 *       {@link VerificationSettings#recentDays()} before publication, otherwise an older candidate
 *       inside the bounds supports the claim and none leaves it UNVERIFIED.</li>
 *   <li>Running totals and states ({@link Aggregation#LATEST}, or records marked cumulative): the
 *       reference is the latest record ending by the end of the claim's period (at the latest
 *       publication), or by publication.
 *       Inside the bounds: SUPPORTED; an earlier record inside the bounds: OUTDATED; otherwise
 *       CONTRADICTED; no record by then: UNVERIFIED. Two readings come before OUTDATED: a level dated by
 *       a day counted back from publication ("a year ago", at least {@code LOOSE_DAY_MIN_AGE} days
 *       before it) is SUPPORTED by the first record within {@code LOOSE_DAY_DAYS} days after that day
 *       when it lies in the band, and money put in once ("invested $250 million in the round") is
 *       SUPPORTED by the step of one round into the latest record, before any earlier record when the claim is
 *       dated in the latest record's period. An unhedged figure that states an earlier record
 *       exactly while the latest is more than 5% away is OUTDATED even when the latest lies in its
 *       rounding band, and so is an undated "about" figure while the latest lies outside half a unit of
 *       its last digit.</li>
 *   <li>Forward-looking claims: a claim about a period after publication (its period starts after
 *       publication, or ends after it and its words speak of the future, {@link Claim#prediction()}) is
 *       judged against the records dated in that period, however late ("confirmed by a later record",
 *       "contradicted by a later record"); without such records it is UNVERIFIED, and so is a flow whose
 *       records so far sum below its band while none reaches the period's end (it may still grow). A
 *       predicted level counts only records dated after publication.</li>
 *   <li>Relations ({@link Relation}): a new round ("another 2,400") without a period is never
 *       supported by the previous round's record: only a record at most {@value NewRoundCheck#ANNOUNCEMENT_DAYS} days
 *       before publication (the round the article reports) may support it, otherwise UNVERIFIED; and a further step of a running total
 *       ("a further $4 billion") is judged against the step between its last two records; a derived
 *       total, a share, an extreme and a multiple are judged by {@link RelatedFigures}.</li>
 * </ol>
 */
public final class Verifier {

    /**
     * By the end of the period, then its start. A class, not lambdas: every cold start verifies, and each
     * lambda would first be spun into a class of its own.
     */
    static final Comparator<Fact> BY_PERIOD = new Comparator<>() {
        @Override
        public int compare(Fact a, Fact b) {
            int byEnd = a.period().to().compareTo(b.period().to());
            return byEnd != 0 ? byEnd : a.period().from().compareTo(b.period().from());
        }
    };

    /**
     * How far from the truth an unhedged round figure may be and still be a rounding of it: half the
     * band of "about" (5%).
     */
    static final BigDecimal ROUNDING_LIMIT = new BigDecimal("0.05");

    /** How long after a loose day ("a year ago") a record may be dated and still be the level it means. */
    static final int LOOSE_DAY_DAYS = 45;
    /** How far before publication a day must lie to be a loose one: "two months ago", not "today". */
    static final int LOOSE_DAY_MIN_AGE = 28;

    private final VerificationSettings settings;

    public Verifier(VerificationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The series a claim's verification reads: its own, or for a share the series of its part and
     * of its whole. Empty when the claim names no entity or metric.
     */
    public static Set<SeriesKey> seriesOf(Claim claim) {
        if (claim.entity() == null || claim.metric() == null) {
            return Set.of();
        }
        if (claim.relation() instanceof Relation.Share share) {
            return Set.of(new SeriesKey(claim.entity(), share.part(), null),
                    new SeriesKey(claim.entity(), share.whole(), null));
        }
        return Set.of(new SeriesKey(claim.entity(), claim.metric(), claim.object()));
    }

    /**
     * @param metric      the claim's metric from the catalog, or null when the claim has none
     * @param series      every record of the claim's series (entity, metric, object), ordered by period
     * @param publishedAt when the article appeared; undated claims are judged as of this day
     */
    public CheckedClaim verify(Claim claim, Metric metric, List<Fact> series, LocalDate publishedAt) {
        return verify(claim, new ReferenceRecords() {
            @Override
            public Metric metric(String name) {
                return name.equals(claim.metric()) ? metric : null;
            }

            @Override
            public List<Fact> series(String entity, String metricName, String object) {
                return series == null ? List.of() : series;
            }
        }, publishedAt);
    }

    /**
     * Judges a claim, and the relation it states, against the records.
     *
     * @param records     the catalog and every series of {@link #seriesOf} the claim, already fetched
     * @param publishedAt when the article appeared; undated claims are judged as of this day
     */
    public CheckedClaim verify(Claim claim, ReferenceRecords records, LocalDate publishedAt) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (claim.entity() == null) {
            return unverified(claim, "No entity for '" + words(claim)
                    + "': the text names no organisation the reference data knows for it.");
        }
        if (claim.metric() == null) {
            return unverified(claim, "No metric for '" + words(claim)
                    + "': no metric the reference data knows describes it.");
        }
        if (claim.part() != null) {
            return unverified(claim, "The figure is about " + claim.part() + ", a part of " + claim.entity()
                    + " that no reference record describes.");
        }
        RelatedFigures related = new RelatedFigures(this, records, publishedAt);
        return switch (claim.relation()) {
            case Relation.Standalone standalone -> own(claim, records, publishedAt);
            case Relation.NewRound round -> new NewRoundCheck(this).judge(claim, records, publishedAt);
            case Relation.Total total -> related.total(claim, own(claim, records, publishedAt));
            case Relation.Share share -> related.share(claim, share);
            case Relation.Extreme extreme -> related.extreme(claim, extreme, own(claim, records, publishedAt));
            case Relation.Multiple multiple -> related.multiple(claim, multiple, own(claim, records, publishedAt));
        };
    }

    int recentDays() {
        return settings.recentDays();
    }

    /** The claim judged on its own value against its own series. */
    CheckedClaim own(Claim claim, ReferenceRecords records, LocalDate publishedAt) {
        return verifyValue(claim, records.metric(claim.metric()),
                records.series(claim.entity(), claim.metric(), claim.object()), publishedAt);
    }

    /** The claim's value against one series; the claim names an entity and a metric ({@link #verify}). */
    CheckedClaim verifyValue(Claim claim, Metric metric, List<Fact> series, LocalDate publishedAt) {
        if (metric == null) {
            return unverified(claim, "No metric for '" + words(claim) + "': the reference data knows no metric "
                    + claim.metric() + ".");
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
        if (isPrediction(claim, publishedAt)) {
            return PredictionCheck.judge(claim, metric, records, publishedAt);
        }
        if (running(metric, records)) {
            return runningTotal(claim, records, publishedAt);
        }
        return claim.period() != null ? flowInPeriod(claim, records, publishedAt)
                : flowUndated(claim, records, publishedAt);
    }

    /**
     * The records of a flow inside {@code period}, each day counted once: a record enclosed by another
     * one (the third quarter inside the year, the same period from a second source) is already part
     * of it and is left out.
     */
    static List<Fact> within(List<Fact> records, Period period) {
        List<Fact> inside = new ArrayList<>();
        for (Fact fact : records) {
            if (period.encloses(fact.period())) {
                inside.add(fact);
            }
        }
        List<Fact> counted = new ArrayList<>(inside.size());
        for (int i = 0; i < inside.size(); i++) {
            Fact fact = inside.get(i);
            boolean nested = false;
            for (int j = 0; j < inside.size() && !nested; j++) {
                Period other = inside.get(j).period();
                nested = j != i && other.encloses(fact.period()) && (!other.equals(fact.period()) || j < i);
            }
            if (!nested) {
                counted.add(fact);
            }
        }
        return counted;
    }

    /** The records whose period ends on or before {@code day}, in their order. */
    private static List<Fact> endingBy(List<Fact> records, LocalDate day) {
        List<Fact> ended = new ArrayList<>();
        for (Fact fact : records) {
            if (!fact.period().to().isAfter(day)) {
                ended.add(fact);
            }
        }
        return ended;
    }

    static boolean running(Metric metric, List<Fact> records) {
        if (metric.aggregation() == Aggregation.LATEST) {
            return true;
        }
        for (Fact fact : records) {
            if (fact.cumulative()) {
                return true;
            }
        }
        return false;
    }

    /** A claim about a period after publication, by its words or by its dates. */
    static boolean isPrediction(Claim claim, LocalDate publishedAt) {
        return claim.period() != null && (claim.prediction() || claim.period().from().isAfter(publishedAt));
    }

    private CheckedClaim flowInPeriod(Claim claim, List<Fact> records, LocalDate publishedAt) {
        Period stated = claim.period();
        Period period = stated.to().isAfter(publishedAt) ? new Period(stated.from(), publishedAt) : stated;
        List<Fact> inside = within(records, period);
        if (inside.isEmpty()) {
            return unverified(claim, "No record of " + seriesName(claim) + " lies within " + period + ".");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Fact fact : inside) {
            sum = sum.add(fact.value());
        }
        boolean holds = claim.bounds().contains(sum);
        if (!holds && sum.compareTo(claim.bounds().low()) < 0 && !stated.to().isAfter(publishedAt) && leavesAGap(inside, period)) {
            return unverified(claim, "The records of " + seriesName(claim) + " within " + period
                    + " sum to " + Figures.format(sum, claim.unit()) + ", below the claim's band "
                    + Figures.band(claim.bounds(), claim.unit()) + ", but they leave part of the period without a record.");
        }
        String explanation;
        if (inside.size() == 1) {
            Fact only = inside.getFirst();
            explanation = "The only record within " + period + " is " + valueAt(only, claim.unit()) + "; "
                    + bandVerdict(claim, holds);
        } else {
            StringJoiner parts = new StringJoiner(" + ", " (", ")");
            for (Fact fact : inside) {
                parts.add(valueAt(fact, claim.unit()));
            }
            explanation = "Records sum to " + Figures.format(sum, claim.unit()) + " for " + range(period)
                    + parts + "; " + bandVerdict(claim, holds);
        }
        return new CheckedClaim(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, sum, inside, explanation);
    }

    /**
     * Whether records reported by spans (quarters, halves) leave part of {@code period} without a
     * record: "revenue for the first half came to $9.8 billion" against a second quarter alone says
     * nothing of the first. Records of single days (a round of layoffs) tile nothing, so a day
     * without one is no gap.
     */
    static boolean leavesAGap(List<Fact> inside, Period period) {
        LocalDate covered = period.from().minusDays(1);
        for (Fact fact : inside) {
            if (fact.period().from().equals(fact.period().to())) {
                return false;
            }
        }
        // Records inside the period enclose none of each other (within), so by their end is by their start.
        for (Fact fact : inside) {
            if (fact.period().from().isAfter(covered.plusDays(1))) {
                return true;
            }
            if (fact.period().to().isAfter(covered)) {
                covered = fact.period().to();
            }
        }
        return covered.isBefore(period.to());
    }

    private CheckedClaim flowUndated(Claim claim, List<Fact> records, LocalDate publishedAt) {
        List<Fact> candidates = endingBy(records, publishedAt);
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

    /**
     * An unhedged figure that states an earlier record of a running total exactly, while the latest
     * record lies more than {@link #ROUNDING_LIMIT} of the figure away, repeats the superseded record
     * ("Globex has invested $1 billion" after the total went from $1 billion to $1.5 billion), even
     * though half a unit of its single digit puts the latest record inside its band. A figure near the
     * latest ("1.5 million" staff for 1.55 million) is a rounding of it, whatever it once was. So is an
     * undated level hedged with "about" that states an earlier record exactly while the latest lies
     * outside the figure's own rounding ("employs about 71,000 people" after 71,000 and then 68,500:
     * the "about" widens the figure, it does not make the old record new again). Null when the figure is
     * otherwise hedged, equals no earlier record, is near the latest, or misses it anyway (then the
     * usual rule calls it OUTDATED).
     */
    private static Fact repeatedEarlierRecord(Claim claim, List<Fact> known) {
        Fact current = known.getLast();
        BigDecimal distance = current.value().subtract(claim.value()).abs();
        boolean stale = claim.qualifier() == null ? distance.compareTo(claim.value().abs().multiply(ROUNDING_LIMIT)) > 0
                : claim.qualifier() == Qualifier.APPROXIMATELY && claim.period() == null
                        && distance.compareTo(halfAUnitOfTheLastDigit(claim.value())) > 0;
        if (!stale || claim.bounds().high() == null || !claim.bounds().contains(current.value())) {
            return null;
        }
        for (int i = known.size() - 2; i >= 0; i--) {
            if (known.get(i).value().compareTo(claim.value()) == 0) {
                return known.get(i);
            }
        }
        return null;
    }

    /** Half a unit of a figure's last significant digit: 500 for 71,000, $50 million for $1.45 billion. */
    static BigDecimal halfAUnitOfTheLastDigit(BigDecimal value) {
        return value.stripTrailingZeros().ulp().divide(BigDecimal.TWO);
    }

    /**
     * "A year ago it employed about 4,700 people", published on December 10: a day counted back from
     * publication is a loose date, and the year-end record three weeks after it is the level the writer
     * means. The first record within {@link #LOOSE_DAY_DAYS} days after such a day, when it lies in the
     * claim's band; null otherwise, or when the day is less than {@link #LOOSE_DAY_MIN_AGE} days before
     * publication.
     */
    private static Fact recordSoonAfterALooseDay(Claim claim, List<Fact> records, LocalDate publishedAt) {
        Period p = claim.period();
        if (p == null || claim.periodSource() != PeriodSource.RELATIVE || !p.from().equals(p.to())
                || ChronoUnit.DAYS.between(p.to(), publishedAt) < LOOSE_DAY_MIN_AGE) {
            return null;
        }
        for (Fact fact : records) {
            LocalDate day = fact.period().to();
            if (day.isAfter(p.to()) && !day.isAfter(p.to().plusDays(LOOSE_DAY_DAYS)) && !day.isAfter(publishedAt)) {
                return claim.bounds().contains(fact.value()) ? fact : null;
            }
        }
        return null;
    }

    /**
     * "Nakatomi ... invested $250 million in the round, bringing its total investment to $450 million",
     * "added $250 million in June 2025": money put in once is the step its round added to a running
     * total, not the total. Supported when the step into the latest record lies in the claim's band and
     * that record is the claim's round: inside the claim's period, or without one at most
     * {@value NewRoundCheck#ANNOUNCEMENT_DAYS} days before publication. Null otherwise.
     */
    private static CheckedClaim stepIntoTheLatest(Claim claim, List<Fact> known, LocalDate publishedAt) {
        if (known.size() < 2) {
            return null;
        }
        Fact latest = known.getLast();
        Fact before = known.get(known.size() - 2);
        boolean itsRound = claim.period() != null ? claim.period().encloses(latest.period())
                : ChronoUnit.DAYS.between(latest.period().to(), publishedAt) <= NewRoundCheck.ANNOUNCEMENT_DAYS;
        BigDecimal step = latest.value().subtract(before.value());
        if (!itsRound || !claim.bounds().contains(step)) {
            return null;
        }
        return new CheckedClaim(claim, Verdict.SUPPORTED, step, List.of(before, latest), "'" + words(claim)
                + "' is the step of one round: from " + valueAsOf(before, claim.unit()) + " to "
                + valueAsOf(latest, claim.unit()) + " is " + Figures.format(step, claim.unit()) + "; "
                + bandVerdict(claim, true));
    }

    private CheckedClaim runningTotal(Claim claim, List<Fact> records, LocalDate publishedAt) {
        LocalDate asOf = claim.period() != null && claim.period().to().isBefore(publishedAt)
                ? claim.period().to() : publishedAt;
        List<Fact> known = endingBy(records, asOf);
        if (known.isEmpty()) {
            return unverified(claim, "No record of " + seriesName(claim) + " ends on or before " + asOf + ".");
        }
        Fact current = known.getLast();
        Unit unit = claim.unit();
        Fact repeated = repeatedEarlierRecord(claim, known);
        if (repeated != null) {
            return new CheckedClaim(claim, Verdict.OUTDATED, current.value(), List.of(repeated, current),
                    "The figure is exactly the earlier record " + valueAsOf(repeated, unit) + ", but the latest record as of "
                            + asOf + " is " + valueAsOf(current, unit) + ", inside the claim's band "
                            + Figures.band(claim.bounds(), unit) + " only by rounding.");
        }
        if (claim.bounds().contains(current.value())) {
            return new CheckedClaim(claim, Verdict.SUPPORTED, current.value(), List.of(current),
                    "The latest record as of " + asOf + " is " + valueAsOf(current, unit) + "; "
                            + bandVerdict(claim, true));
        }
        Fact soonAfter = recordSoonAfterALooseDay(claim, records, publishedAt);
        if (soonAfter != null) {
            return new CheckedClaim(claim, Verdict.SUPPORTED, soonAfter.value(), List.of(soonAfter),
                    "A day told against publication (\"a year ago\") is a loose date: the first record after "
                            + claim.period().from() + ", " + valueAsOf(soonAfter, unit) + ", is "
                            + ChronoUnit.DAYS.between(claim.period().from(), soonAfter.period().to())
                            + " days later; " + bandVerdict(claim, true));
        }
        boolean aboutTheLatest = claim.period() != null && claim.period().encloses(current.period());
        CheckedClaim step = stepIntoTheLatest(claim, known, publishedAt);
        if (step != null && aboutTheLatest) {
            // "with Globex chipping in $500 million" in August: a figure dated to the latest record's own
            // period is no stale total, even when an older total happened to be that sum.
            return step;
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
        if (step != null) {
            return step;
        }
        return new CheckedClaim(claim, Verdict.CONTRADICTED, current.value(), List.of(current),
                "The latest record as of " + asOf + " is " + valueAsOf(current, unit) + "; "
                        + bandVerdict(claim, false));
    }}

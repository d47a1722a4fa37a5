package dev.factcheck.store.articles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimType;
import dev.factcheck.claims.PeriodSource;
import dev.factcheck.claims.Relation;
import dev.factcheck.claims.Span;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a stored claim keeps its relation and whether it was a prediction, so a re-check judges it alike. */
class ChecksFormatTest {

    private static final Period NEXT_WEEK = new Period(LocalDate.parse("2025-11-03"), LocalDate.parse("2025-11-09"));

    private static CheckedClaim checked(Relation relation, boolean prediction, Period period) {
        Claim claim = new Claim("c1", "2,400 more", new Span(0, 10), "Acme will cut 2,400 more next week.",
                new BigDecimal("2400"), Unit.PEOPLE, null, new Bounds(new BigDecimal("2350"), new BigDecimal("2450")),
                "Acme", null, "layoffs", period, period == null ? PeriodSource.NONE : PeriodSource.RELATIVE,
                ClaimType.STATISTICAL, relation, prediction);
        return new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), "No record yet.");
    }

    @Test
    void everyRelationAndThePredictionFlag_roundTrip() {
        List<CheckedClaim> claims = List.of(
                checked(new Relation.NewRound(), true, NEXT_WEEK),
                checked(new Relation.Total(), false, null),
                checked(new Relation.Total(2), false, null),
                checked(new Relation.Share("layoffs", "headcount"), false, null),
                checked(new Relation.Share("layoffs", "headcount", LocalDate.parse("2025-09-30")), false, null),
                checked(new Relation.Extreme(true, null), false, null),
                checked(new Relation.Extreme(false, LocalDate.parse("2024-01-01")), false, null),
                checked(new Relation.Multiple(new BigDecimal("0.5"), NEXT_WEEK), false, NEXT_WEEK),
                checked(Relation.NONE, false, null));

        assertThat(ChecksFormat.read(ChecksFormat.write(claims))).isEqualTo(claims);
    }

    @Test
    void aPlainClaim_isWrittenWithoutRelationOrPrediction_asVersionOneAlwaysWas() {
        String json = new String(ChecksFormat.write(List.of(checked(Relation.NONE, false, null))), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("relation").doesNotContain("prediction");
    }
}

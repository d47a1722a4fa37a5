package dev.factcheck.verify;

import static dev.factcheck.verify.TestClaims.claim;
import static dev.factcheck.verify.TestClaims.fact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.BuiltInMetrics;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.Relation;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 15, classes G and H: forward-looking claims and claims that relate figures. */
class RelatedFiguresTest {

    private static final Fact CUTS_2024 = fact("Initech", "layoffs", null, "1800", Unit.PEOPLE, false, "2024-03-12");
    private static final Fact CUTS_MARCH = fact("Initech", "layoffs", null, "2400", Unit.PEOPLE, false, "2025-03-04");
    private static final Fact CUTS_OCTOBER = fact("Initech", "layoffs", null, "1500", Unit.PEOPLE, false, "2025-10-20");
    private static final Fact CUTS_FEBRUARY = fact("Initech", "layoffs", null, "2900", Unit.PEOPLE, false, "2026-02-10");
    private static final Fact STAFF_2024 = fact("Initech", "headcount", null, "39800", Unit.PEOPLE, false, "2024-12-31");
    private static final Fact STAFF_JUNE = fact("Initech", "headcount", null, "37400", Unit.PEOPLE, false, "2025-06-30");
    private static final Fact STAFF_SEPTEMBER = fact("Initech", "headcount", null, "36100", Unit.PEOPLE, false,
            "2025-09-30");

    private static final Fact STAKE_1B = fact("Globex", "investment", "Hooli", "1000000000", Unit.USD, true, "2024-10-08");
    private static final Fact STAKE_1_5B = fact("Globex", "investment", "Hooli", "1500000000", Unit.USD, true,
            "2025-08-15");

    private final Verifier verifier = new Verifier(VerificationSettings.DEFAULTS);

    /** The records of the tests, as a fact check fetches them. */
    private static final ReferenceRecords RECORDS = new ReferenceRecords() {
        private final Map<String, Metric> metrics = Map.of("layoffs", BuiltInMetrics.LAYOFFS,
                "headcount", BuiltInMetrics.HEADCOUNT, "investment", BuiltInMetrics.INVESTMENT);
        private final List<Fact> all = List.of(CUTS_2024, CUTS_MARCH, CUTS_OCTOBER, CUTS_FEBRUARY, STAFF_2024, STAFF_JUNE,
                STAFF_SEPTEMBER, STAKE_1B, STAKE_1_5B);

        @Override
        public Metric metric(String name) {
            return metrics.get(name);
        }

        @Override
        public List<Fact> series(String entity, String metric, String object) {
            return all.stream().filter(f -> f.entity().equals(entity) && f.metric().equals(metric)
                    && Objects.equals(f.object(), object)).toList();
        }
    };

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static TestClaims cuts(String value, String low, String high) {
        return claim().text(value).value(value).bounds(low, high).entity("Initech").metric("layoffs");
    }

    private CheckedClaim verify(Claim claim, String publishedAt) {
        return verifier.verify(claim, RECORDS, day(publishedAt));
    }

    @Nested
    class ForwardLooking {

        @Test
        void prediction_isConfirmedByALaterRecordDatedInItsPeriod() {
            Claim claim = cuts("1500", "1450", "1550").period("2025-10-01", "2025-10-31").prediction(true).build();

            CheckedClaim checked = verify(claim, "2025-07-20");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(CUTS_OCTOBER);
            assertThat(checked.explanation()).contains("prediction about 2025-10-01..2025-10-31, confirmed by a later record");
        }

        @Test
        void prediction_isContradictedByALaterRecordDatedInItsPeriod() {
            Claim claim = cuts("2000", "1950", "2050").period("2026-01-01", "2026-04-30").prediction(true).build();

            CheckedClaim checked = verify(claim, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("2900");
            assertThat(checked.explanation()).contains("contradicted by a later record: 2,900 on 2026-02-10");
        }

        @Test
        void prediction_withoutARecordDatedInItsPeriod_isUnverified() {
            Claim claim = cuts("2400", "2350", "2450").period("2025-11-03", "2025-11-09").prediction(true).build();

            CheckedClaim checked = verify(claim, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.explanation()).contains("no record of Initech layoffs is dated within it yet");
        }

        @Test
        void predictionOfAFlow_belowItsBandSoFar_staysOpenUntilARecordReachesThePeriodsEnd() {
            // "revenue of $21.5 billion to $22.5 billion this year": half a year of records is no verdict yet.
            Claim open = cuts("3500", "3450", "3550").period("2026-01-01", "2026-04-30").prediction(true).build();
            Claim closed = cuts("3500", "3450", "3550").period("2025-10-01", "2025-10-31").prediction(true).build();

            assertThat(verify(open, "2025-10-28").verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(verify(open, "2025-10-28").explanation()).contains("below the claim's band");
            assertThat(verify(closed, "2025-09-01").verdict()).isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void predictionOfAFlow_inAMonthASeasonOrAQuarter_isJudgedOnTheRoundRecordedInIt() {
            // "Vandelay will cut another 1,500 jobs in November": the November round came, and it was 900; no later
            // record of any kind is needed to say the prediction missed. "will shed 5,000 roles in 2026" after a
            // January round of 1,000 may still be reached in phases, and revenue reported for one month of a
            // predicted quarter leaves the rest of the quarter open.
            Fact november = fact("Vandelay", "layoffs", null, "900", Unit.PEOPLE, false, "2025-11-25");
            Fact june = fact("Vandelay", "layoffs", null, "1900", Unit.PEOPLE, false, "2025-06-24");
            Fact january = fact("Vandelay", "layoffs", null, "1000", Unit.PEOPLE, false, "2026-01-14");
            List<Fact> rounds = List.of(june, november, january);
            Claim inNovember = claim().entity("Vandelay").metric("layoffs").text("1,500 jobs in November").value("1500")
                    .bounds("1450", "1550")
                    .period("2025-11-01", "2025-11-30").prediction(true).build();
            Claim overTheSummer = claim().entity("Vandelay").metric("layoffs").text("5,000 jobs").value("5000")
                    .bounds("4500", "5500")
                    .period("2025-06-01", "2025-08-31").prediction(true).build();
            Claim in2026 = claim().entity("Vandelay").metric("layoffs").text("5,000 roles in 2026").value("5000")
                    .bounds("4500", "5500")
                    .period("2026-01-01", "2026-12-31").prediction(true).build();

            CheckedClaim missed = verifier.verify(inNovember, BuiltInMetrics.LAYOFFS, rounds, day("2025-10-20"));

            assertThat(missed.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(missed.explanation()).contains("contradicted by a later record: 900 on 2025-11-25");
            assertThat(verifier.verify(overTheSummer, BuiltInMetrics.LAYOFFS, rounds, day("2025-05-16")).verdict())
                    .isEqualTo(Verdict.CONTRADICTED);
            assertThat(verifier.verify(in2026, BuiltInMetrics.LAYOFFS, rounds, day("2025-12-01")).verdict())
                    .as("a year may be cut in phases").isEqualTo(Verdict.UNVERIFIED);

            Fact july = fact("Vandelay", "revenue", null, "900000000", Unit.USD, false, "2025-07-01", "2025-07-31");
            Claim thirdQuarter = claim().text("$2.9 billion").value("2900000000").unit(Unit.USD)
                    .bounds("2850000000", "2950000000").entity("Vandelay").metric("revenue")
                    .period("2025-07-01", "2025-09-30").prediction(true).build();
            assertThat(verifier.verify(thirdQuarter, BuiltInMetrics.REVENUE, List.of(july), day("2025-06-20")).verdict())
                    .as("a month reported of a quarter is no round of it").isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void claimAboutAPeriodStartingAfterPublication_isAPredictionWhateverItsWords() {
            Claim claim = cuts("2900", "2850", "2950").period("2026-01-01", "2026-12-31").build();

            assertThat(verify(claim, "2025-10-28").verdict()).isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void flowSum_countsARecordEnclosedByAnotherOnlyOnce() {
            Fact year = fact("Initech", "revenue", null, "12400000000", Unit.USD, false, "2024-01-01", "2024-12-31");
            Fact quarter = fact("Initech", "revenue", null, "3300000000", Unit.USD, false, "2024-07-01", "2024-09-30");
            Claim claim = claim().text("$12.4 billion").value("12400000000").unit(Unit.USD)
                    .bounds("12350000000", "12450000000").entity("Initech").metric("revenue")
                    .period("2024-01-01", "2024-12-31").build();

            CheckedClaim checked = verifier.verify(claim, BuiltInMetrics.REVENUE, List.of(year, quarter), day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(year);
        }

        @Test
        void predictionOfALevel_isJudgedOnlyByRecordsDatedAfterPublication() {
            // "aims to end the year with roughly 38,000 staff", published in August: the June record is the
            // level it had, not the one it predicts; the September record is the first that can judge it.
            Claim endOfYear = claim().text("roughly 38,000").value("38000").bounds("34200", "41800").entity("Initech")
                    .metric("headcount").period("2025-01-01", "2025-12-31").prediction(true).build();

            CheckedClaim inAugust = verify(endOfYear, "2025-08-06");
            CheckedClaim inOctober = verify(endOfYear, "2025-10-06");

            assertThat(inAugust.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(inAugust.evidence()).containsExactly(STAFF_SEPTEMBER);
            assertThat(inOctober.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(inOctober.explanation()).contains("is dated within it after publication");
        }

        @Test
        void pastClaimAboutAPeriodRunningPastPublication_countsOnlyRecordsUpToPublication() {
            // "bringing this year's cuts to 3,900": the derived total is the sum of the year's records so far.
            Claim claim = cuts("3900", "3850", "3950").period("2025-01-01", "2025-12-31").build();

            CheckedClaim checked = verify(claim, "2025-10-21");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(CUTS_MARCH, CUTS_OCTOBER);
        }

        @Test
        void newRound_isNeverSupportedByThePreviousRoundsRecord() {
            Claim claim = cuts("1500", "1450", "1550").text("another 1,500").relation(new Relation.NewRound()).build();

            CheckedClaim checked = verify(claim, "2025-11-14");

            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.explanation()).contains("marks a new round").contains("1,500 on 2025-10-20")
                    .contains("previous round's");
        }

        @Test
        void newRound_isSupportedByTheRecordOfTheRoundTheArticleReports() {
            Claim claim = cuts("1500", "1450", "1550").text("1,500 more").relation(new Relation.NewRound()).build();

            assertThat(verify(claim, "2025-10-21").verdict()).isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void newRoundWithAPeriod_isJudgedAgainstTheRecordsOfThatPeriod() {
            Claim claim = cuts("2900", "2850", "2950").text("2,900 more").period("2026-02-01", "2026-02-28")
                    .prediction(true).relation(new Relation.NewRound()).build();

            assertThat(verify(claim, "2025-10-28").verdict()).isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void furtherStepOfARunningTotal_isJudgedAgainstTheStepBetweenItsLastTwoRecords() {
            Claim claim = claim().text("a further $500 million").value("500000000").unit(Unit.USD)
                    .bounds("450000000", "550000000").entity("Globex").metric("investment").object("Hooli")
                    .relation(new Relation.NewRound()).build();

            CheckedClaim checked = verify(claim, "2025-08-20");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("500000000");
            assertThat(checked.evidence()).containsExactly(STAKE_1B, STAKE_1_5B);
        }

        @Test
        void furtherStepOfARunningTotalWithAPeriod_isJudgedAgainstTheStepByThatPeriodsEnd_notTheTotal() {
            // "In August Globex put an additional $500 million into Hooli": the step, not the $1.5 billion total,
            // and never OUTDATED because the total once stood at $500 million.
            Claim claim = claim().text("an additional $500 million").value("500000000").unit(Unit.USD)
                    .bounds("475000000", "525000000").entity("Globex").metric("investment").object("Hooli")
                    .period("2025-08-01", "2025-08-31").relation(new Relation.NewRound()).build();

            CheckedClaim checked = verify(claim, "2025-10-02");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("500000000");
            assertThat(checked.evidence()).containsExactly(STAKE_1B, STAKE_1_5B);

            Claim before = claim().text("a further $500 million").value("500000000").unit(Unit.USD)
                    .bounds("475000000", "525000000").entity("Globex").metric("investment").object("Hooli")
                    .period("2024-10-01", "2024-10-31").relation(new Relation.NewRound()).build();
            assertThat(verify(before, "2025-10-02").verdict())
                    .as("by the end of October 2024 there is one record: no step to measure").isEqualTo(Verdict.UNVERIFIED);
        }
    }

    @Nested
    class DerivedTotals {

        private static final Metric FUNDRAISING = new Metric("fundraising", Dimension.CURRENCY, Aggregation.SUM,
                List.of("raised"));

        private final Fact seed = fact("Kramerica", "fundraising", null, "20000000", Unit.USD, false, "2022-04-11");
        private final Fact seriesA = fact("Kramerica", "fundraising", null, "60000000", Unit.USD, false, "2024-05-20");
        private final Fact seriesB = fact("Kramerica", "fundraising", null, "150000000", Unit.USD, false, "2025-09-02");
        private final ReferenceRecords rounds = new ReferenceRecords() {
            @Override
            public Metric metric(String name) {
                return name.equals("fundraising") ? FUNDRAISING : null;
            }

            @Override
            public List<Fact> series(String entity, String metric, String object) {
                return List.of(seed, seriesA, seriesB);
            }
        };

        private TestClaims funding(String value) {
            return claim().text("total funding to $" + value).value(value).unit(Unit.USD)
                    .bounds(new BigDecimal(value).subtract(BigDecimal.valueOf(500000)).toPlainString(),
                            new BigDecimal(value).add(BigDecimal.valueOf(500000)).toPlainString())
                    .entity("Kramerica").metric("fundraising").relation(new Relation.Total());
        }

        @Test
        void derivedTotalWithoutAPeriod_holdsWhenTheLatestRoundsCountedBackSumIntoItsBand() {
            // "The round brings total funding to $230 million": all three rounds.
            CheckedClaim all = verifier.verify(funding("230000000").build(), rounds, day("2025-09-03"));
            assertThat(all.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(all.evidence()).containsExactly(seed, seriesA, seriesB);
            assertThat(all.explanation()).contains("from 2022-04-11 to publication sum to $230,000,000");

            // "$210 million" is the total since the Series A.
            CheckedClaim sinceA = verifier.verify(funding("210000000").build(), rounds, day("2025-09-03"));
            assertThat(sinceA.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(sinceA.evidence()).containsExactly(seriesA, seriesB);
        }

        @Test
        void derivedTotalWithoutAPeriod_thatNoRunOfRoundsReaches_isContradicted_orUnverifiedWithoutARecentRound() {
            CheckedClaim wrong = verifier.verify(funding("300000000").build(), rounds, day("2025-09-03"));
            assertThat(wrong.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(wrong.expected()).isEqualByComparingTo("230000000");
            assertThat(wrong.explanation()).contains("no run of records", "all 3 sum to $230,000,000");

            CheckedClaim stale = verifier.verify(funding("300000000").build(), rounds, day("2026-06-30"));
            assertThat(stale.verdict()).as("the round that makes the total may not be recorded yet")
                    .isEqualTo(Verdict.UNVERIFIED);
            assertThat(verifier.verify(funding("230000000").build(), rounds, day("2026-06-30")).verdict())
                    .as("a total that old records make up holds however old they are").isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void derivedTotalOfCountedRounds_isTheSumOfThatManyLatestRecords_howeverOldTheyAre() {
            // "Kramerica has raised $210 million over two rounds": the Series A and B, even a year later.
            CheckedClaim two = verifier.verify(funding("210000000").relation(new Relation.Total(2)).build(), rounds,
                    day("2026-06-30"));
            assertThat(two.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(two.evidence()).containsExactly(seriesA, seriesB);
            assertThat(two.explanation()).contains("A total of 2 rounds", "sum to $210,000,000");

            // "..., not the $300 million in some profiles": what two rounds sum to, that old, is known.
            CheckedClaim rival = verifier.verify(funding("300000000").relation(new Relation.Total(2)).build(), rounds,
                    day("2026-06-30"));
            assertThat(rival.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(rival.expected()).isEqualByComparingTo("210000000");

            assertThat(verifier.verify(funding("230000000").relation(new Relation.Total(4)).build(), rounds,
                    day("2026-06-30")).verdict()).as("four rounds, three records").isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void derivedTotalWithAPeriod_isTheSumOfThePeriodsRecords() {
            Claim claim = funding("150000000").period("2025-01-01", "2025-12-31").build();
            assertThat(verifier.verify(claim, rounds, day("2025-09-03")).verdict()).isEqualTo(Verdict.SUPPORTED);
        }
    }

    @Nested
    class Shares {

        private TestClaims share(String value, String low, String high) {
            return claim().text(value + "%").value(value).unit(Unit.PERCENT).bounds(low, high).entity("Initech")
                    .metric("layoffs/headcount").relation(new Relation.Share("layoffs", "headcount"));
        }

        @Test
        void share_isCheckedAgainstTheRatioOfTheRecordsItNames() {
            // "Initech's 2,400 cuts in March were about 6% of its staff": 2,400 / 39,800 = 6.03%.
            Claim claim = share("6", "5.4", "6.6").period("2025-03-01", "2025-03-31").build();

            CheckedClaim checked = verify(claim, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("6.03");
            assertThat(checked.evidence()).containsExactly(STAFF_2024, CUTS_MARCH);
            assertThat(checked.explanation()).contains("layoffs at 2,400").contains("headcount 39,800 on 2024-12-31")
                    .contains("6.03%");
        }

        @Test
        void share_againstADatedBase_takesTheWholeOfThatDay() {
            // "... put the workforce at 37,400 at the end of June, which would make the March cut 6.4%":
            // 2,400 / 37,400 = 6.42%, while against the 39,800 the cut came out of it is 6.03%.
            Claim dated = claim().text("6.4%").value("6.4").unit(Unit.PERCENT).bounds("6.35", "6.45").entity("Initech")
                    .metric("layoffs/headcount").relation(new Relation.Share("layoffs", "headcount", day("2025-06-30")))
                    .period("2025-03-01", "2025-03-31").build();

            CheckedClaim checked = verify(dated, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("6.42");
            assertThat(checked.evidence()).containsExactly(CUTS_MARCH, STAFF_JUNE);
            assertThat(verify(share("6.4", "6.35", "6.45").period("2025-03-01", "2025-03-31").build(), "2025-10-28")
                    .verdict()).as("undated, the whole is the workforce the cut came out of")
                    .isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void share_outsideTheBoundsItsHedgeAllows_isContradicted() {
            // "nearly 5%" allows 4.5–5%; 1,500 of the 36,100 on staff before the cut is 4.16%.
            Claim claim = share("5", "4.5", "5").build();

            CheckedClaim checked = verify(claim, "2025-10-21");

            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("4.16");
        }

        @Test
        void share_withoutRecordsOfItsWhole_isUnverified() {
            Claim claim = share("6", "5.4", "6.6").entity("Globex").build();

            assertThat(verify(claim, "2025-10-28").verdict()).isEqualTo(Verdict.UNVERIFIED);
        }
    }

    @Nested
    class Comparisons {

        @Test
        void extreme_largestEver_isContradictedByALargerEarlierRecord_namedInTheExplanation() {
            Claim claim = cuts("1500", "1450", "1550").period("2025-10-01", "2025-10-31")
                    .relation(new Relation.Extreme(true, null)).build();

            CheckedClaim checked = verify(claim, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.evidence()).contains(CUTS_MARCH);
            assertThat(checked.explanation()).contains("The next largest record ever is 2,400 on 2025-03-04, so it is not "
                    + "the largest ever.");
        }

        @Test
        void extreme_smallestSince_countsOnlyTheRecordsSinceThatDay() {
            Claim claim = cuts("1500", "1450", "1550").period("2025-10-01", "2025-10-31")
                    .relation(new Relation.Extreme(false, LocalDate.parse("2024-01-01"))).build();

            CheckedClaim checked = verify(claim, "2025-10-28");

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.explanation()).contains("The next smallest record since 2024-01-01 is 1,800 on 2024-03-12");
        }

        @Test
        void extreme_whoseValueIsWrong_staysContradictedOnItsValue() {
            Claim claim = cuts("5000", "4950", "5050").period("2025-10-01", "2025-10-31")
                    .relation(new Relation.Extreme(true, null)).build();

            assertThat(verify(claim, "2025-10-28").verdict()).isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void multiple_isCheckedAgainstTheRecordsOfThePeriodItNames() {
            Period year2024 = new Period(day("2024-01-01"), day("2024-12-31"));
            Claim roughlyDouble = cuts("2400", "2350", "2450").period("2025-03-01", "2025-03-31")
                    .relation(new Relation.Multiple(BigDecimal.valueOf(2), year2024)).build();
            Claim half = cuts("2400", "2350", "2450").period("2025-03-01", "2025-03-31")
                    .relation(new Relation.Multiple(new BigDecimal("0.5"), year2024)).build();

            CheckedClaim wrong = verify(roughlyDouble, "2025-10-28");

            assertThat(wrong.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(wrong.explanation()).contains("Against 1,800 on 2024-03-12, it is 1.33 times as much, not 2 times.");
            assertThat(verify(half, "2025-10-28").verdict()).isEqualTo(Verdict.CONTRADICTED);
            Claim fourThirds = cuts("2400", "2350", "2450").period("2025-03-01", "2025-03-31")
                    .relation(new Relation.Multiple(new BigDecimal("1.3"), year2024)).build();
            assertThat(verify(fourThirds, "2025-10-28").verdict()).isEqualTo(Verdict.SUPPORTED);
        }
    }
}

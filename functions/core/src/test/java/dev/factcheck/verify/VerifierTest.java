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
import dev.factcheck.claims.Qualifier;
import dev.factcheck.facts.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerifierTest {

    private static final Metric LAYOFFS = BuiltInMetrics.LAYOFFS;
    private static final Metric INVESTMENT = BuiltInMetrics.INVESTMENT;
    private static final Metric HEADCOUNT = BuiltInMetrics.HEADCOUNT;

    private static final Fact LAYOFFS_JAN_2023 = fact("Amazon", "layoffs", null, "18000", Unit.PEOPLE, false, "2023-01-04");
    private static final Fact LAYOFFS_MAR_2023 = fact("Amazon", "layoffs", null, "9000", Unit.PEOPLE, false, "2023-03-20");
    private static final Fact LAYOFFS_OCT_2025 = fact("Amazon", "layoffs", null, "14000", Unit.PEOPLE, false, "2025-10-28");
    private static final List<Fact> AMAZON_LAYOFFS = List.of(LAYOFFS_JAN_2023, LAYOFFS_MAR_2023, LAYOFFS_OCT_2025);

    private static final Fact ANTHROPIC_4B = fact("Amazon", "investment", "Anthropic", "4000000000", Unit.USD, true, "2024-03-27");
    private static final Fact ANTHROPIC_8B = fact("Amazon", "investment", "Anthropic", "8000000000", Unit.USD, true, "2024-11-22");
    private static final List<Fact> AMAZON_IN_ANTHROPIC = List.of(ANTHROPIC_4B, ANTHROPIC_8B);

    private final Verifier verifier = new Verifier(VerificationSettings.DEFAULTS);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Claim fourBillionInAnthropic() {
        return claim().text("$4B").value("4000000000").unit(Unit.USD).bounds("3500000000", "4500000000")
                .metric("investment").object("Anthropic").build();
    }

    @Nested
    class IssueExamples {

        @Test
        void approximately14000LayoffsPublishedOnTheDay_isSupported() {
            Claim claim = claim().text("approximately 14,000").value("14000").bounds("12600", "15400").build();

            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("14000");
            assertThat(checked.evidence()).containsExactly(LAYOFFS_OCT_2025);
            assertThat(checked.explanation()).isEqualTo("The latest record by publication is 14,000 on 2025-10-28, "
                    + "the day of publication; the claim's band 12,600–15,400 includes it.");
        }

        @Test
        void twentySevenThousandJobCutsIn2022To2023_isSupportedBySumOfTwoRounds() {
            Claim claim = claim().text("27,000").value("27000").bounds("26500", "27500")
                    .period("2022-01-01", "2023-12-31").build();

            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("27000");
            assertThat(checked.evidence()).containsExactly(LAYOFFS_JAN_2023, LAYOFFS_MAR_2023);
            assertThat(checked.explanation()).isEqualTo("Records sum to 27,000 for 2022-01-01..2023-12-31 "
                    + "(18,000 on 2023-01-04 + 9,000 on 2023-03-20); the claim's band 26,500–27,500 includes it.");
        }

        @Test
        void twelveThousandInMarch2023_isContradictedWithExpected9000() {
            Claim claim = claim().text("12,000").value("12000").bounds("11500", "12500")
                    .period("2023-03-01", "2023-03-31").build();

            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("9000");
            assertThat(checked.expectedAsOf()).isEqualTo(day("2023-03-20"));
            assertThat(checked.explanation()).isEqualTo("The only record within 2023-03-01..2023-03-31 is "
                    + "9,000 on 2023-03-20; the claim's band 11,500–12,500 excludes it.");
        }

        @Test
        void fourBillionInAnthropicPublishedOctober2025_isOutdatedByEightBillion() {
            CheckedClaim checked = verifier.verify(fourBillionInAnthropic(), INVESTMENT, AMAZON_IN_ANTHROPIC,
                    day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(checked.expected()).isEqualByComparingTo("8000000000");
            assertThat(checked.expectedAsOf()).isEqualTo(day("2024-11-22"));
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_4B, ANTHROPIC_8B);
            assertThat(checked.explanation()).isEqualTo("The figure matches the earlier record $4,000,000,000 on "
                    + "2024-03-27, but the latest record as of 2025-10-28 is $8,000,000,000 on 2024-11-22, outside "
                    + "the claim's band $3,500,000,000–$4,500,000,000.");
        }

        @Test
        void fourBillionInAnthropicPublishedJune2024_isSupported() {
            CheckedClaim checked = verifier.verify(fourBillionInAnthropic(), INVESTMENT, AMAZON_IN_ANTHROPIC,
                    day("2024-06-01"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("4000000000");
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_4B);
        }

        @Test
        void teslaNotInTheCatalog_isUnverified() {
            Claim claim = claim().entity(null).period("2024-01-01", "2024-12-31").build();

            CheckedClaim checked = verifier.verify(claim, LAYOFFS, List.of(), day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.expected()).isNull();
            assertThat(checked.evidence()).isEmpty();
        }
    }

    @Nested
    class MissingReference {

        @Test
        void verdict_isUnverified_whenClaimHasNoEntity() {
            Claim claim = claim().entity(null).build();
            assertThat(verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void verdict_isUnverified_whenClaimHasNoMetric() {
            Claim claim = claim().metric(null).build();
            assertThat(verifier.verify(claim, null, AMAZON_LAYOFFS, day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void verdict_isUnverified_whenTheSeriesHasNoRecord() {
            CheckedClaim checked = verifier.verify(claim().build(), LAYOFFS, List.of(), day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.explanation())
                    .isEqualTo("No record for '14,000': there are no reference records of Amazon layoffs.");
        }
    }

    @Nested
    class FlowMetrics {

        @Test
        void verdict_isSupported_whenRecordedSumInsideThePeriodIsWithinTheClaimBand() {
            Claim claim = claim().value("18000").bounds("17500", "18500").period("2023-01-01", "2023-01-31").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(LAYOFFS_JAN_2023);
        }

        @Test
        void verdict_isContradicted_whenRecordedSumIsOutsideTheClaimBand() {
            Claim claim = claim().value("30000").bounds("29500", "30500").period("2022-01-01", "2023-12-31").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("27000");
        }

        @Test
        void verdict_isUnverified_whenNoRecordLiesInsideTheClaimPeriod() {
            Claim claim = claim().value("5000").bounds("4500", "5500").period("2024-01-01", "2024-12-31").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.expected()).isNull();
        }

        @Test
        void verdict_isUnverified_whenRecordsOfSpansLeaveAGapInThePeriodAndSumBelowTheBand() {
            // "revenue for the first half came to $9.8 billion" with only the second quarter on record.
            Metric revenue = BuiltInMetrics.REVENUE;
            Fact q1 = fact("Initech", "revenue", null, "4900000000", Unit.USD, false, "2025-01-01", "2025-03-31");
            Fact q2 = fact("Initech", "revenue", null, "4900000000", Unit.USD, false, "2025-04-01", "2025-06-30");
            Claim firstHalf = claim().text("$9.8 billion").value("9800000000").unit(Unit.USD)
                    .bounds("9750000000", "9850000000").entity("Initech").metric("revenue")
                    .period("2025-01-01", "2025-06-30").build();
            Claim tooHigh = claim().text("$4.5 billion").value("4500000000").unit(Unit.USD)
                    .bounds("4450000000", "4550000000").entity("Initech").metric("revenue")
                    .period("2025-01-01", "2025-06-30").build();

            CheckedClaim missingQuarter = verifier.verify(firstHalf, revenue, List.of(q2), day("2025-08-06"));

            assertThat(missingQuarter.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(missingQuarter.explanation()).contains("leave part of the period without a record");
            assertThat(verifier.verify(firstHalf, revenue, List.of(q1, q2), day("2025-08-06")).verdict())
                    .isEqualTo(Verdict.SUPPORTED);
            assertThat(verifier.verify(tooHigh, revenue, List.of(q2), day("2025-08-06")).verdict())
                    .isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void verdict_isContradicted_whenRecordsOfSingleDaysSumBelowTheBand() {
            // Rounds of layoffs tile no period: a year with one round of 9,000 on record is a year of 9,000.
            Claim claim = claim().text("27,000").value("27000").bounds("26500", "27500").period("2023-01-01", "2023-12-31").build();

            assertThat(verifier.verify(claim, LAYOFFS, List.of(LAYOFFS_MAR_2023), day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void sum_ignoresRecordsThatOnlyOverlapTheClaimPeriod() {
            Fact quarter = fact("Amazon", "revenue", null, "100", Unit.USD, false, "2023-01-01", "2023-03-31");
            Claim claim = claim().unit(Unit.USD).metric("revenue").value("100").bounds("95", "105")
                    .period("2023-02-01", "2023-12-31").build();
            CheckedClaim checked = verifier.verify(claim, BuiltInMetrics.REVENUE, List.of(quarter), day("2024-02-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void claimPeriodRunningPastPublication_endsAtPublication() {
            Fact december = fact("Amazon", "layoffs", null, "5000", Unit.PEOPLE, false, "2025-12-15");
            List<Fact> series = List.of(LAYOFFS_JAN_2023, LAYOFFS_MAR_2023, LAYOFFS_OCT_2025, december);
            Claim thisYear = claim().value("14000").bounds("13500", "14500").period("2025-01-01", "2025-12-31").build();

            CheckedClaim checked = verifier.verify(thisYear, LAYOFFS, series, day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(LAYOFFS_OCT_2025);
            assertThat(checked.explanation()).startsWith("The only record within 2025-01-01..2025-10-28 is 14,000");
        }

        @Test
        void verdict_isUnverified_whenClaimPeriodStartsAfterPublication() {
            Claim future = claim().period("2026-01-01", "2026-12-31").build();
            assertThat(verifier.verify(future, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void verdict_isSupported_whenUndatedClaimMatchesTheLatestRecordWithinRecentDays() {
            Claim claim = claim().value("14000").bounds("13500", "14500").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2026-02-20"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.explanation()).isEqualTo("The latest record by publication is 14,000 on "
                    + "2025-10-28, 115 days earlier; the claim's band 13,500–14,500 includes it.");
        }

        @Test
        void verdict_isContradicted_whenUndatedClaimMissesTheLatestRecordWithinRecentDays() {
            Claim claim = claim().value("18000").bounds("17500", "18500").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-11-15"));
            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("14000");
            assertThat(checked.evidence()).containsExactly(LAYOFFS_OCT_2025);
        }

        @Test
        void verdict_isSupported_whenUndatedClaimMatchesAnOlderRecordAndNoneIsRecent() {
            Claim claim = claim().value("9000").bounds("8500", "9500").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2024-06-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.expected()).isEqualByComparingTo("9000");
            assertThat(checked.evidence()).containsExactly(LAYOFFS_MAR_2023);
        }

        @Test
        void verdict_isUnverified_whenUndatedClaimMatchesNoRecordAndNoneIsRecent() {
            Claim claim = claim().value("5000").bounds("4500", "5500").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2024-06-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void undatedClaim_ignoresRecordsAfterPublication() {
            Claim claim = claim().value("14000").bounds("13500", "14500").build();
            CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-27"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void verdict_isUnverified_whenEveryRecordEndsAfterPublication() {
            CheckedClaim checked = verifier.verify(claim().build(), LAYOFFS, AMAZON_LAYOFFS, day("2022-01-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void recentDays_isConfigurable() {
            Claim claim = claim().value("14000").bounds("13500", "14500").build();
            LocalDate publishedAt = day("2026-02-20");
            Fact older = fact("Amazon", "layoffs", null, "5000", Unit.PEOPLE, false, "2024-01-01");
            List<Fact> series = List.of(older, LAYOFFS_OCT_2025);

            assertThat(new Verifier(new VerificationSettings(100)).verify(claim, LAYOFFS, series, publishedAt).verdict())
                    .as("115 days is not recent with a 100-day window; the 14,000 record still lies in the band")
                    .isEqualTo(Verdict.SUPPORTED);
            Claim matchesOnlyOlder = claim().value("5000").bounds("4500", "5500").build();
            assertThat(new Verifier(new VerificationSettings(100)).verify(matchesOnlyOlder, LAYOFFS, series, publishedAt)
                    .verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(new Verifier(new VerificationSettings(120)).verify(matchesOnlyOlder, LAYOFFS, series, publishedAt)
                    .verdict()).isEqualTo(Verdict.CONTRADICTED);
        }
    }

    @Nested
    class RunningTotals {

        @Test
        void verdict_isSupported_whenLatestRecordAsOfPublicationIsWithinTheBand() {
            Claim claim = claim().text("$8B").value("8000000000").unit(Unit.USD).bounds("7500000000", "8500000000")
                    .metric("investment").object("Anthropic").build();
            CheckedClaim checked = verifier.verify(claim, INVESTMENT, AMAZON_IN_ANTHROPIC, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.explanation()).isEqualTo("The latest record as of 2025-10-28 is $8,000,000,000 on "
                    + "2024-11-22; the claim's band $7,500,000,000–$8,500,000,000 includes it.");
        }

        @Test
        void verdict_isOutdated_whenOnlyAnEarlierRecordIsWithinTheBand() {
            CheckedClaim checked = verifier.verify(fourBillionInAnthropic(), INVESTMENT, AMAZON_IN_ANTHROPIC,
                    day("2025-01-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_4B, ANTHROPIC_8B);
            assertThat(checked.explanation()).contains("$4,000,000,000 on 2024-03-27", "$8,000,000,000 on 2024-11-22");
        }

        @Test
        void verdict_isOutdated_whenAnUnhedgedFigureIsExactlyASupersededRecord_evenIfTheLatestIsInItsRoundingBand() {
            // "Vandelay has put $2 billion into Kramerica": half a unit of the single digit lets $2 billion stand for
            // $2.5 billion, but the figure is the superseded total, word for word.
            Fact twoBillion = fact("Vandelay", "investment", "Kramerica", "2000000000", Unit.USD, true, "2023-05-02");
            Fact twoAndAHalf = fact("Vandelay", "investment", "Kramerica", "2500000000", Unit.USD, true, "2025-02-14");
            Claim unhedged = claim().text("$2 billion").value("2000000000").unit(Unit.USD)
                    .bounds("1500000000", "2500000000").entity("Vandelay").metric("investment").object("Kramerica")
                    .build();

            CheckedClaim checked = verifier.verify(unhedged, INVESTMENT, List.of(twoBillion, twoAndAHalf),
                    day("2025-06-01"));

            assertThat(checked.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(checked.evidence()).containsExactly(twoBillion, twoAndAHalf);
            assertThat(checked.explanation()).contains("exactly the earlier record $2,000,000,000 on 2023-05-02",
                    "$2,500,000,000 on 2025-02-14");

            Claim hedged = claim().text("about $2 billion").value("2000000000").unit(Unit.USD)
                    .qualifier(Qualifier.APPROXIMATELY).bounds("1500000000", "2500000000").entity("Vandelay")
                    .metric("investment").object("Kramerica").build();
            assertThat(verifier.verify(hedged, INVESTMENT, List.of(twoBillion, twoAndAHalf), day("2025-06-01")).verdict())
                    .as("'about' allows the new total").isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void verdict_isSupported_whenTheFigureIsTheStepOfTheRoundIntoTheLatestRecord() {
            // "invested $250 million in the round, bringing its total investment to $450 million",
            // "added $250 million in June 2025": money put in once is a step of the running total.
            Fact first = fact("Nakatomi", "investment", "Prestige", "200000000", Unit.USD, true, "2024-04-02");
            Fact second = fact("Nakatomi", "investment", "Prestige", "450000000", Unit.USD, true, "2025-06-17");
            Claim inTheRound = claim().text("$250 million").value("250000000").unit(Unit.USD)
                    .bounds("245000000", "255000000").entity("Nakatomi").object("Prestige").metric("investment").build();
            Claim inJune = claim().text("$250 million").value("250000000").unit(Unit.USD)
                    .bounds("245000000", "255000000").entity("Nakatomi").object("Prestige").metric("investment")
                    .period("2025-06-01", "2025-06-30").build();
            Claim inMay = claim().text("$250 million").value("250000000").unit(Unit.USD)
                    .bounds("245000000", "255000000").entity("Nakatomi").object("Prestige").metric("investment")
                    .period("2025-05-01", "2025-05-31").build();

            CheckedClaim announced = verifier.verify(inTheRound, INVESTMENT, List.of(first, second), day("2025-06-17"));

            assertThat(announced.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(announced.expected()).isEqualByComparingTo("250000000");
            assertThat(announced.explanation()).contains("is the step of one round");
            assertThat(verifier.verify(inJune, INVESTMENT, List.of(first, second), day("2025-11-10")).verdict())
                    .isEqualTo(Verdict.SUPPORTED);
            assertThat(verifier.verify(inTheRound, INVESTMENT, List.of(first, second), day("2025-11-10")).verdict())
                    .as("months after the round, an undated figure is the total").isEqualTo(Verdict.CONTRADICTED);
            assertThat(verifier.verify(inMay, INVESTMENT, List.of(first, second), day("2025-11-10")).verdict())
                    .as("a period without the round").isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void verdict_isOutdated_whenAnUndatedLevelHedgedWithAboutIsExactlyASupersededRecord_outsideItsOwnRounding() {
            // "Wayne Enterprises, which employs about 52,000 people": the hedge widens the figure to 10%, which
            // holds the newer 49,800, but the figure is the old year-end record word for word.
            Fact end2023 = fact("Wayne Enterprises", "headcount", null, "52000", Unit.PEOPLE, false, "2023-12-31");
            Fact end2024 = fact("Wayne Enterprises", "headcount", null, "49800", Unit.PEOPLE, false, "2024-12-31");
            List<Fact> series = List.of(end2023, end2024);
            Claim about52000 = claim().text("about 52,000 people").value("52000").qualifier(Qualifier.APPROXIMATELY)
                    .bounds("46800", "57200").entity("Wayne Enterprises").metric("headcount").build();

            CheckedClaim checked = verifier.verify(about52000, HEADCOUNT, series, day("2025-06-10"));

            assertThat(checked.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(checked.evidence()).containsExactly(end2023, end2024);
            assertThat(checked.explanation()).contains("exactly the earlier record 52,000 on 2023-12-31", "49,800 on 2024-12-31");

            Claim roughly50000 = claim().text("roughly 50,000").value("50000").qualifier(Qualifier.APPROXIMATELY)
                    .bounds("45000", "55000").entity("Wayne Enterprises").metric("headcount").build();
            assertThat(verifier.verify(roughly50000, HEADCOUNT, series, day("2025-06-10")).verdict())
                    .as("a rounder figure that holds the latest is a rounding of it").isEqualTo(Verdict.SUPPORTED);
            Fact nearlyTheSame = fact("Wayne Enterprises", "headcount", null, "52300", Unit.PEOPLE, false, "2024-12-31");
            assertThat(verifier.verify(about52000, HEADCOUNT, List.of(end2023, nearlyTheSame), day("2025-06-10")).verdict())
                    .as("the latest within the figure's own rounding").isEqualTo(Verdict.SUPPORTED);
            Claim nearly52000 = claim().text("nearly 52,000").value("52000").qualifier(Qualifier.NEARLY)
                    .bounds("46800", "52000").entity("Wayne Enterprises").metric("headcount").build();
            assertThat(verifier.verify(nearly52000, HEADCOUNT, series, day("2025-06-10")).verdict())
                    .as("'nearly' says the figure is a ceiling, not the old record").isEqualTo(Verdict.SUPPORTED);
            Claim datedAbout52000 = claim().text("about 52,000 people").value("52000").qualifier(Qualifier.APPROXIMATELY)
                    .bounds("46800", "57200").entity("Wayne Enterprises").metric("headcount")
                    .period("2024-01-01", "2024-12-31").build();
            assertThat(verifier.verify(datedAbout52000, HEADCOUNT, series, day("2025-06-10")).verdict())
                    .as("a level dated by its words is judged as of its period").isEqualTo(Verdict.SUPPORTED);
        }

        @Test
        void verdict_isTheStepOfTheLatestRound_beforeAnOlderEqualTotal_whenTheFigureIsDatedInThatRound() {
            // "Hooli collected $900 million in its August round, with Stark Industries chipping in $500 million of
            // that": Stark's total went from $1 billion to $1.5 billion that month; that it once stood at $500
            // million makes the August figure no stale total.
            Fact first = fact("Stark Industries", "investment", "Hooli", "500000000", Unit.USD, true, "2023-09-01");
            Fact second = fact("Stark Industries", "investment", "Hooli", "1000000000", Unit.USD, true, "2024-09-05");
            Fact third = fact("Stark Industries", "investment", "Hooli", "1500000000", Unit.USD, true, "2025-08-14");
            List<Fact> series = List.of(first, second, third);
            Claim inAugust = claim().text("$500 million").value("500000000").unit(Unit.USD)
                    .bounds("450000000", "550000000").entity("Stark Industries").object("Hooli").metric("investment")
                    .period("2025-08-01", "2025-08-31").build();
            Claim undated = claim().text("$500 million").value("500000000").unit(Unit.USD)
                    .bounds("450000000", "550000000").entity("Stark Industries").object("Hooli").metric("investment")
                    .build();

            CheckedClaim checked = verifier.verify(inAugust, INVESTMENT, series, day("2025-09-10"));

            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(second, third);
            assertThat(checked.explanation()).contains("is the step of one round");
            assertThat(verifier.verify(undated, INVESTMENT, series, day("2025-11-10")).verdict())
                    .as("months later, an undated $500 million is the old total").isEqualTo(Verdict.OUTDATED);
        }

        @Test
        void verdict_isSupported_whenARecordSoonAfterALooseDayIsWithinTheBand() {
            // "A year ago it employed about 4,700 people", published 2025-12-10: the year-end record is meant.
            Fact end2023 = fact("Calloway", "headcount", null, "5200", Unit.PEOPLE, false, "2023-12-31");
            Fact end2024 = fact("Calloway", "headcount", null, "4700", Unit.PEOPLE, false, "2024-12-31");
            Claim aYearAgo = claim().text("about 4,700").value("4700").bounds("4230", "5170").entity("Calloway")
                    .metric("headcount").period("2024-12-10", "2024-12-10").toldAgainstPublication().build();
            Claim onTheDay = claim().text("about 4,700").value("4700").bounds("4230", "5170").entity("Calloway")
                    .metric("headcount").period("2024-12-10", "2024-12-10").build();
            Claim twoMonthsAgo = claim().text("about 4,700").value("4700").bounds("4230", "5170").entity("Calloway")
                    .metric("headcount").period("2024-10-10", "2024-10-10").toldAgainstPublication().build();

            CheckedClaim loose = verifier.verify(aYearAgo, HEADCOUNT, List.of(end2023, end2024), day("2025-12-10"));

            assertThat(loose.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(loose.evidence()).containsExactly(end2024);
            assertThat(loose.explanation()).contains("21 days later");
            assertThat(verifier.verify(onTheDay, HEADCOUNT, List.of(end2023, end2024), day("2025-12-10")).verdict())
                    .as("a date the text names is no loose one").isEqualTo(Verdict.CONTRADICTED);
            assertThat(verifier.verify(twoMonthsAgo, HEADCOUNT, List.of(end2023, end2024), day("2025-12-10")).verdict())
                    .as("a record more than 45 days later").isEqualTo(Verdict.CONTRADICTED);
        }

        @Test
        void verdict_isContradicted_whenNoRecordOfTheSeriesIsWithinTheBand() {
            Claim claim = claim().text("$6B").value("6000000000").unit(Unit.USD).bounds("5500000000", "6500000000")
                    .metric("investment").object("Anthropic").build();
            CheckedClaim checked = verifier.verify(claim, INVESTMENT, AMAZON_IN_ANTHROPIC, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.CONTRADICTED);
            assertThat(checked.expected()).isEqualByComparingTo("8000000000");
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_8B);
        }

        @Test
        void verdict_isUnverified_whenNoRecordEndsByTheReferenceDate() {
            CheckedClaim checked = verifier.verify(fourBillionInAnthropic(), INVESTMENT, AMAZON_IN_ANTHROPIC,
                    day("2024-01-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void referenceDate_isTheEndOfTheClaimPeriodWhenItHasOne() {
            Claim claim = claim().text("$4B").value("4000000000").unit(Unit.USD).bounds("3500000000", "4500000000")
                    .metric("investment").object("Anthropic").period("2024-04-01", "2024-06-30").build();
            CheckedClaim checked = verifier.verify(claim, INVESTMENT, AMAZON_IN_ANTHROPIC, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_4B);
        }

        @Test
        void referenceDate_isPublicationWhenTheClaimPeriodEndsLater() {
            Claim thisYear = claim().text("$4B").value("4000000000").unit(Unit.USD).bounds("3500000000", "4500000000")
                    .metric("investment").object("Anthropic").period("2024-01-01", "2024-12-31").build();
            CheckedClaim checked = verifier.verify(thisYear, INVESTMENT, AMAZON_IN_ANTHROPIC, day("2024-06-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
            assertThat(checked.evidence()).containsExactly(ANTHROPIC_4B);
        }

        @Test
        void headcount_isALatestMetricEvenWithoutCumulativeFlag() {
            Fact old = fact("Amazon", "headcount", null, "1500000", Unit.PEOPLE, false, "2023-12-31");
            Fact now = fact("Amazon", "headcount", null, "1550000", Unit.PEOPLE, false, "2024-12-31");
            Claim claim = claim().value("1500000").bounds("1450000", "1550000").metric("headcount").build();
            assertThat(verifier.verify(claim, HEADCOUNT, List.of(old, now), day("2025-03-01")).verdict())
                    .isEqualTo(Verdict.SUPPORTED);
            Claim stale = claim().value("1500000").bounds("1495000", "1505000").metric("headcount").build();
            assertThat(verifier.verify(stale, HEADCOUNT, List.of(old, now), day("2025-03-01")).verdict())
                    .isEqualTo(Verdict.OUTDATED);
        }

        @Test
        void cumulativeRecords_areRunningTotalsEvenUnderASumMetric() {
            Metric customSum = new Metric("grants", Dimension.CURRENCY, Aggregation.SUM, List.of("grant"));
            Fact first = fact("Amazon", "grants", "Foo", "100", Unit.USD, true, "2024-01-01");
            Fact second = fact("Amazon", "grants", "Foo", "300", Unit.USD, true, "2024-06-01");
            Claim claim = claim().unit(Unit.USD).metric("grants").object("Foo").value("100").bounds("95", "105").build();
            assertThat(verifier.verify(claim, customSum, List.of(first, second), day("2025-01-01")).verdict())
                    .isEqualTo(Verdict.OUTDATED);
        }
    }

    @Nested
    class Units {

        @ParameterizedTest
        @EnumSource(value = Unit.class, names = {"EUR", "GBP"})
        void verdict_isUnverified_whenClaimCurrencyDiffersFromRecordCurrency(Unit currency) {
            Claim claim = claim().unit(currency).value("4000000000").bounds("3500000000", "4500000000")
                    .metric("investment").object("Anthropic").build();
            CheckedClaim checked = verifier.verify(claim, INVESTMENT, AMAZON_IN_ANTHROPIC, day("2024-06-01"));
            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.explanation()).contains(currency.code(), "USD");
        }

        @Test
        void verdict_isUnverified_whenPercentClaimMeetsPeopleMetric() {
            Claim claim = claim().unit(Unit.PERCENT).value("4").bounds("3.5", "4.5").build();
            assertThat(verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void verdict_isUnverified_whenDollarClaimMeetsPeopleMetric() {
            Claim claim = claim().unit(Unit.USD).value("14000").bounds("13500", "14500").build();
            assertThat(verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28")).verdict())
                    .isEqualTo(Verdict.UNVERIFIED);
        }

        @Test
        void recordsInAnotherUnit_areIgnoredWhenSomeShareTheClaimUnit() {
            Fact euros = fact("Amazon", "investment", "Anthropic", "9000000000", Unit.EUR, true, "2025-01-01");
            List<Fact> mixed = List.of(ANTHROPIC_4B, ANTHROPIC_8B, euros);
            CheckedClaim checked = verifier.verify(fourBillionInAnthropic(), INVESTMENT, mixed, day("2025-10-28"));
            assertThat(checked.verdict()).isEqualTo(Verdict.OUTDATED);
            assertThat(checked.expected()).isEqualByComparingTo(new BigDecimal("8000000000"));
        }
    }

    @Test
    void openEndedBand_acceptsAnyLargerRecord() {
        Claim claim = claim().value("10000").bounds("10000", null).period("2023-01-01", "2023-12-31").build();
        CheckedClaim checked = verifier.verify(claim, LAYOFFS, AMAZON_LAYOFFS, day("2025-10-28"));
        assertThat(checked.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(checked.explanation()).endsWith("the claim's band 10,000 or more includes it.");
    }

    @Nested
    class MissingParts {

        @Test
        void explanation_namesTheWordsOfAFigureWithoutAMetric() {
            Claim claim = claim().text("1.2%").sentence("Initech shares rose 1.2% in early trading.").value("1.2")
                    .unit(Unit.PERCENT).bounds("1.15", "1.25").entity("Initech").metric(null).build();

            CheckedClaim checked = verifier.verify(claim, null, List.of(), day("2025-10-28"));

            assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
            assertThat(checked.explanation()).startsWith("No metric for 'shares rose 1.2%'");
        }

        @Test
        void explanation_namesTheWordsOfAFigureWithoutAnEntity() {
            Claim claim = claim().text("about 64,000 employees").sentence("- Acme: about 64,000 employees")
                    .value("64000").entity(null).metric("headcount").build();

            CheckedClaim checked = verifier.verify(claim, HEADCOUNT, List.of(), day("2025-10-28"));

            assertThat(checked.explanation()).startsWith("No entity for 'Acme: about 64,000 employees'");
        }

        @Test
        void explanation_namesTheWordsOfTheFigure_whateverElseLeavesItUnverified() {
            String sentence = "Kramerica booked a profit of $2.6 billion in 2024 at its Flagstaff mill.";
            TestClaims profit = claim().text("$2.6 billion").sentence(sentence).value("2600000000").unit(Unit.USD)
                    .bounds("2550000000", "2650000000").entity("Kramerica").metric("profit");
            Metric profitMetric = BuiltInMetrics.PROFIT;
            Fact inEuros = fact("Kramerica", "profit", null, "2400000000", Unit.EUR, false, "2024-01-01", "2024-12-31");
            Fact of2023 = fact("Kramerica", "profit", null, "2100000000", Unit.USD, false, "2023-01-01", "2023-12-31");

            List<CheckedClaim> unverified = List.of(
                    verifier.verify(profit.build(), profitMetric, List.of(), day("2025-03-01")),
                    verifier.verify(profit.build(), profitMetric, List.of(inEuros), day("2025-03-01")),
                    verifier.verify(claim().text("$2.6 billion").sentence(sentence).value("2600000000").unit(Unit.USD)
                            .bounds("2550000000", "2650000000").entity("Kramerica").metric("profit")
                            .part("its Flagstaff mill").build(), profitMetric, List.of(of2023), day("2025-03-01")),
                    verifier.verify(profit.period("2024-01-01", "2024-12-31").build(), profitMetric, List.of(of2023),
                            day("2025-03-01")),
                    verifier.verify(profit.period("2026-01-01", "2026-12-31").prediction(true).build(), profitMetric,
                            List.of(of2023), day("2025-03-01")));

            assertThat(unverified).allSatisfy(checked -> {
                assertThat(checked.verdict()).isEqualTo(Verdict.UNVERIFIED);
                assertThat(checked.explanation()).startsWith("No record for 'profit of $2.6 billion': ");
            });
            assertThat(unverified.get(1).explanation()).contains("the figure is in USD but the records of Kramerica profit are in EUR");
            assertThat(unverified.get(2).explanation()).contains("its Flagstaff mill, a part of Kramerica");
        }
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, class H: shares written as fractions and ratios ("nearly a tenth of its staff", "one in five
 * jobs") are percentage shares, related and bounded like "10% of its staff" ({@link FractionWords}).
 */
class FractionSharesTest {

    private static final Relation.Share CUT_OF_THE_WORKFORCE = new Relation.Share("layoffs", "headcount");

    private static Claim claim(String sentence, String words) {
        return Stages.claim(sentence, words);
    }

    private static void assertShare(Claim claim, String value, String low, String high) {
        assertThat(claim.unit()).isEqualTo(Unit.PERCENT);
        assertThat(claim.value()).isEqualByComparingTo(value);
        assertThat(claim.metric()).isEqualTo("layoffs/headcount");
        assertThat(claim.relation()).isEqualTo(CUT_OF_THE_WORKFORCE);
        assertThat(claim.bounds().low()).isEqualByComparingTo(low);
        assertThat(claim.bounds().high()).isEqualByComparingTo(high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon said it would lay off 1,150 employees, nearly a tenth of its staff.  | a tenth     | 10   | 9       | 10",
            "Meta will cut a third of its workforce, the memo says.                      | a third     | 33.3 | 31.6666 | 35",
            "Alphabet said it would cut half of its 2,000 employees.                     | half        | 50   | 47.5    | 52.5",
            "Microsoft is axing about a quarter of its staff.                            | a quarter   | 25   | 22.5    | 27.5",
            "Amazon will slash two-thirds of its workforce.                              | two-thirds  | 66.7 | 63.3334 | 70",
            "Meta trimmed one-fifth of its workforce in March.                           | one-fifth   | 20   | 19      | 21",
            "Alphabet has cut three quarters of its staff since 2023.                    | three quarters | 75 | 71.25 | 78.75",
            "Meta's 700 cuts in April came to less than a tenth of its people.           | a tenth     | 10   | 0       | 10"})
    void share_isReadFromAFractionWord_aTenthOfItsStaff(String sentence, String words, String value, String low,
            String high) {
        assertShare(claim(sentence, words), value, low, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon will cut one in five jobs.                                             | one in five       | 20 | 19   | 21",
            "Meta shed one in every ten jobs at the group last year.                       | one in every ten  | 10 | 9.5  | 10.5",
            "Alphabet laid off 1,000 workers, and a post said that was one in four of its employees. | one in four | 25 | 23.75 | 26.25",
            "Microsoft will let go three out of four of its staff.                         | three out of four | 75 | 71.25 | 78.75",
            "Amazon cut 1 in 20 roles.                                                     | 1 in 20           | 5  | 4.75 | 5.25",
            "Meta is cutting roughly one in twenty-five Meta jobs.                         | one in twenty-five | 4 | 3.6  | 4.4"})
    void share_isReadFromARatio_oneInFiveJobs(String sentence, String words, String value, String low, String high) {
        assertShare(claim(sentence, words), value, low, high);
    }

    /** The tolerance a reporter's fraction word implies: within 5% of its value, widened by a hedge. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta will cut a third of its staff.         | 31.667 | 35",
            "Meta will cut a tenth of its staff.         | 9.5    | 10.5",
            "Meta will cut about a third of its staff.   | 30     | 36.667",
            "Meta will cut nearly a third of its staff.  | 30     | 33.333",
            "Meta will cut more than a quarter of its staff. | 25  | -1"})
    void share_fractionWord_coversTheRatioWithinFivePercentOfItsValue(String sentence, BigDecimal low, BigDecimal high) {
        Bounds bounds = Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED).getFirst().bounds();
        assertThat(bounds.low()).isCloseTo(low, within(new BigDecimal("0.001")));
        if (high.signum() < 0) {
            assertThat(bounds.high()).isNull();
        } else {
            assertThat(bounds.high()).isCloseTo(high, within(new BigDecimal("0.001")));
        }
    }

    @Test
    void share_fractionWord_isRelatedLikeAPercentage_asABase_inAContrast_andInATableColumn() {
        Claim base = claim("Amazon had 3,300 employees at the end of June, so the 1,100 cuts come to one in three.",
                "one in three");
        assertThat(base.relation()).isEqualTo(new Relation.Share("layoffs", "headcount", LocalDate.parse("2025-06-30")));
        Claim contrasted = claim("Meta put its headcount at 4,000, which makes the cut a quarter of the workforce, "
                + "not a fifth.", "a fifth");
        assertShare(contrasted, "20", "19", "21");
        List<Claim> table = Stages.EXTRACTOR.extract(String.join("\n", "Job cuts and share of staff, 2025:", "",
                "| Company | Jobs cut | Share of staff |", "|---|---|---|", "| Amazon | 1,000 | half |",
                "| Meta | 1,150 | nearly a tenth |", "| Alphabet | 2,700 | one in 20 |"), Stages.PUBLISHED);
        assertThat(table).filteredOn(c -> c.unit() == Unit.PERCENT).extracting(Claim::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50"), new BigDecimal("10"), new BigDecimal("5"));
        assertThat(table).filteredOn(c -> c.unit() == Unit.PERCENT).extracting(Claim::relation)
                .containsOnly(CUT_OF_THE_WORKFORCE);
    }

    @Test
    void share_fractionWordThatIsTheSubjectOfAVerb_isAShareOnlyWhenTheVerbCuts() {
        assertShare(claim("Amazon said a third of its staff will lose their jobs.", "a third"), "33.3", "31.6666", "35");
        assertShare(claim("Meta said half of its 2,000 employees would be laid off.", "half"), "50", "47.5", "52.5");
        for (String sentence : List.of(
                "Alphabet, which cut 1,500 jobs in March, says half of its 40,000 employees now work remotely.",
                "Amazon cut 2,000 jobs; two-thirds of its workforce is now in Asia.",
                "After the layoffs, about a third of Meta's staff sit in its advertising arm.")) {
            assertThat(Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED)).as(sentence)
                    .filteredOn(c -> c.unit() == Unit.PERCENT).isEmpty();
        }
    }

    @Test
    void share_ofAStatedWhole_statesItsPart_alsoWhenWrittenAsAFraction() {
        String article = "Meta laid off 1,000 workers in August. Then there is Amazon, which said last month that it "
                + "would cut half of its 2,000 employees. Half is half: the records show 1,000 job cuts on October 7.";
        assertThat(Stages.claim(article, "1,000 job cuts").entity()).isEqualTo("Amazon");
        assertThat(Stages.claim("Meta's own report put its headcount at 4,000 at the end of 2024, which makes the cut "
                + "a quarter of the workforce, not a fifth.", "a fifth").period()).as("a contrast keeps its period")
                .isNull();
    }

    @Test
    void governedByACut_aFractionWordIsAShareOnlyOfACutWrittenRightBeforeIt() {
        assertShare(claim("Its 2,700 cuts were spread over July, roughly one in every twenty jobs at the group.",
                "one in every twenty"), "5", "4.5", "5.5");
        assertShare(claim("Amazon let 850 workers go, or about a tenth of its staff.", "a tenth"), "10", "9", "11");
        for (String sentence : List.of(
                "Meta, which cut jobs in March, says half of its staff back the plan.",
                "After cutting 1,500 jobs in May, Amazon told investors that a third of its workers joined since 2020.")) {
            assertThat(Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED)).as(sentence)
                    .filteredOn(c -> c.unit() == Unit.PERCENT).isEmpty();
        }
    }

    /** False friends: a fraction that is a span of time, a period, a survey's share, money with no part, a rating. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Amazon's revenue rose in the first half of 2025.",
            "The second half of 2025 will be harder for Meta.",
            "Meta expects to break even in half a year, and Amazon cut 900 jobs in a year and a half.",
            "Sales jumped in the quarter, and in a quarter of 2025 Alphabet's sales fell.",
            "One in five Americans shop at Amazon.",
            "A survey found one in four engineers want to leave Meta.",
            "Alphabet's new chip answers a tenth of a second faster.",
            "One of the biggest employers in Seattle, Amazon, hired 300 people.",
            "Search advertising brings in about a third of Alphabet's revenue.",
            "Microsoft says two-thirds of the remaining staff work in its gaming arm.",
            "Its app was rated 4 out of 5 stars in Meta's store.",
            "Half is half, Amazon said.",
            "Amazon's main plant runs at roughly two-thirds of capacity.",
            "About half of the companies on the list cut their dividends, Meta among them.",
            "Analysts give Meta a one in five chance of cutting jobs."})
    void fractionWord_isNoClaim_unlessItIsAShare(String sentence) {
        assertThat(Stages.EXTRACTOR.extract(sentence, Stages.PUBLISHED)).filteredOn(c -> c.unit() == Unit.PERCENT)
                .isEmpty();
    }

    @Test
    void fractionWord_leavesTheFiguresAroundIt() {
        List<Claim> claims = Stages.EXTRACTOR.extract("Alphabet said it would cut half of its 2,000 employees.",
                Stages.PUBLISHED);
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs/headcount", "headcount");
        assertThat(Stages.claim("Amazon cut 45 out of roughly 600 workers at its Newark warehouse.", "600").unit())
                .as("a count out of a count is no ratio").isEqualTo(Unit.PEOPLE);
    }
}

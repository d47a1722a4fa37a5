package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 class A: a figure in a table takes its metric, organisation and period from the table. */
class TableStageTest {

    private static List<Claim> claims(String article) {
        return Stages.EXTRACTOR.extract(article, Stages.PUBLISHED);
    }

    private static Claim claim(List<Claim> claims, String text) {
        return claims.stream().filter(c -> c.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + claims));
    }

    @Test
    void rowLabelNamingOnlyAMetric_leavesTheCompanyToTheTextBeforeTheTable() {
        List<Claim> claims = claims("""
                Meta Platforms (NASDAQ: META) today published its results for 2024.

                Key figures for 2024

                Metric | 2024 | 2023
                Revenue | $164.5 billion | $134.9 billion
                Employees at year end | 74,067 | 67,317
                Acme revenue | $2.1 billion | $1.9 billion""");
        assertThat(claim(claims, "$164.5 billion").entity()).isEqualTo("Meta");
        assertThat(claim(claims, "74,067").entity()).isEqualTo("Meta");
        assertThat(claim(claims, "$2.1 billion").entity()).as("a label that names an organisation").isNull();
    }

    @Test
    void rowLabelNamingOnlyAMetric_namesTheMetricOfItsRow_whenTheColumnsArePeriods() {
        List<Claim> claims = claims("""
                Microsoft Corp. today reported its annual results.

                Year | 2024 | 2023
                Net income | $88.1 billion | $72.4 billion
                Headcount | 228,000 | 221,000
                Share price at year end | $421.50 | $376.04""");
        assertThat(claim(claims, "$88.1 billion").metric()).isEqualTo("profit");
        assertThat(claim(claims, "$72.4 billion").metric()).isEqualTo("profit");
        assertThat(claim(claims, "221,000").metric()).isEqualTo("headcount");
        assertThat(claim(claims, "221,000").unit()).isEqualTo(Unit.PEOPLE);
        assertThat(claim(claims, "$421.50").metric()).as("a label that names no metric").isNull();
    }

    @Test
    void tableHeader_namesTheMetric_rowLabelNamesThePeriod_titleLineNamesTheCompany() {
        List<Claim> claims = claims("""
                Headcounts keep sliding. Microsoft headcount by year:

                Year | Headcount | Change
                2020 | 48,200 | +3%
                2021 | 46,900 | -2.7%

                Amazon, by contrast, kept hiring.""");
        Claim level = claim(claims, "46,900");
        assertThat(level.entity()).isEqualTo("Microsoft");
        assertThat(level.metric()).isEqualTo("headcount");
        assertThat(level.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(level.period()).hasToString("2021-01-01..2021-12-31");
        assertThat(claims).noneMatch(c -> c.value().intValue() == 2020 || c.value().intValue() == 2021);
    }

    @Test
    void tableChangeColumn_holdsChangesNotLevels_withTheSignAsWritten() {
        List<Claim> claims = claims("""
                Microsoft headcount by year:

                Year | Headcount | Change
                2020 | 48,200 | +3%
                2021 | 46,900 | -2.7%""");
        Claim rise = claim(claims, "3%");
        Claim fall = claim(claims, "2.7%");
        assertThat(rise.metric()).isNull();
        assertThat(rise.value()).isEqualByComparingTo("3");
        assertThat(fall.metric()).isNull();
        assertThat(fall.value()).isEqualByComparingTo("-2.7");
        assertThat(fall.bounds().high()).isLessThan(BigDecimal.ZERO);
        assertThat(fall.period()).hasToString("2021-01-01..2021-12-31");
        assertThat(fall.entity()).isEqualTo("Microsoft");
    }

    @Test
    void tableRowLabel_namesTheOrganisation_anUnknownNameStaysUnknown() {
        List<Claim> claims = claims("""
                Layoffs announced in 2025

                | Company | Jobs cut | Announced |
                |---|---|---|
                | Meta | 3,600 | Feb. 10 |
                | Bluth Company | 95 | March 4 |
                | Amazon peer Acme | 1,200 | June 3 |""");
        Claim meta = claim(claims, "3,600");
        assertThat(meta.entity()).isEqualTo("Meta");
        assertThat(meta.metric()).isEqualTo("layoffs");
        assertThat(meta.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(meta.period()).hasToString("2025-02-10");
        assertThat(claim(claims, "95").entity()).isNull();
        assertThat(claim(claims, "1,200").entity()).isNull();
        assertThat(claim(claims, "1,200").metric()).isEqualTo("layoffs");
    }

    @Test
    void htmlTable_captionNamesThePeriod_rankColumnHoldsNoClaims() {
        List<Claim> claims = claims("""
                <p>Our annual ranking, by revenue.</p>
                <table>
                <caption>Revenue and profit, fiscal 2024</caption>
                <tr><th>Rank</th><th>Company</th><th>Revenue</th><th>Profit</th></tr>
                <tr><td>1</td><td>Alphabet</td><td>$350 billion</td><td>n/a</td></tr>
                <tr><td>2</td><td>Microsoft</td><td>$245 billion</td><td>$88 billion</td></tr>
                </table>""");
        assertThat(claims).extracting(Claim::text).containsExactly("$350 billion", "$245 billion", "$88 billion");
        Claim profit = claim(claims, "$88 billion");
        assertThat(profit.entity()).isEqualTo("Microsoft");
        assertThat(profit.metric()).isEqualTo("profit");
        assertThat(profit.period()).hasToString("2024-01-01..2024-12-31");
        assertThat(claim(claims, "$350 billion").metric()).isEqualTo("revenue");
    }

    @Test
    void tableHeaderPeriod_datesItsColumn() {
        List<Claim> claims = claims("""
                Company | 2024 profit | Q3 2025 profit
                Microsoft | $88 billion | $27 billion""");
        assertThat(claim(claims, "$88 billion").period()).hasToString("2024-01-01..2024-12-31");
        assertThat(claim(claims, "$27 billion").period()).hasToString("2025-07-01..2025-09-30");
        assertThat(claim(claims, "$27 billion").metric()).isEqualTo("profit");
    }

    @Test
    void tableWithoutAMetricInItsColumn_takesOneOfTheFiguresKindFromTheProseBeforeIt() {
        List<Claim> claims = claims("""
                Each company's biggest layoff ever

                Which round hurt the most? We looked at every funding round too.

                | Company | Biggest round | When |
                |---|---|---|
                | Amazon | 18,000 | Jan. 2023 |""");
        Claim biggest = claim(claims, "18,000");
        assertThat(biggest.metric()).isEqualTo("layoffs");
        assertThat(biggest.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(biggest.period()).hasToString("2023-01-01..2023-01-31");
    }

    @Test
    void tableOfInvestments_takesTheNextNameOfTheRowAsTheCounterparty() {
        List<Claim> claims = claims("""
                Investor | Start-up | Stake
                Amazon | Anthropic | $8 billion""");
        Claim stake = claim(claims, "$8 billion");
        assertThat(stake.entity()).isEqualTo("Amazon");
        assertThat(stake.object()).isEqualTo("Anthropic");
        assertThat(stake.metric()).isEqualTo("investment");
    }

    @Test
    void tableLeadInvestorColumn_isNoCounterparty() {
        List<Claim> claims = claims("""
                Start-up | Lead investor | Stake
                Anthropic | Amazon | $8 billion""");
        assertThat(claim(claims, "$8 billion").object()).isNull();
    }

    @Test
    void tableRows_doNotChangeTheOrganisationTheProseIsAbout() {
        List<Claim> claims = claims("""
                Meta cut jobs again. The table lists its peers:

                Company | Jobs cut
                Amazon | 14,000

                The company said 3,600 roles would go.""");
        assertThat(claim(claims, "3,600").entity()).isEqualTo("Meta");
    }

    /**
     * A column header's period dates its column, before a date elsewhere in the row: that date ("As of")
     * dates the columns that name none, and a date inside the header's period is more precise.
     */
    @Test
    void columnHeaderPeriod_datesItsColumn_beforeADateElsewhereInTheRow() {
        List<Claim> claims = claims("""
                Headcount at the companies we follow:

                Company | End of 2024 | Latest | As of
                Microsoft | 228,000 | 231,000 | June 30

                Revenue by quarter, 2024:

                Quarter | Amazon revenue 2024
                Q2 2024 | $148 billion""");
        assertThat(claim(claims, "228,000").period()).hasToString("2024-01-01..2024-12-31");
        assertThat(claim(claims, "231,000").period()).hasToString("2025-06-30");
        assertThat(claim(claims, "$148 billion").period()).hasToString("2024-04-01..2024-06-30");
    }

    /** A row date written without its year ("Q4", "March") is of the year the caption names. */
    @Test
    void yearlessRowDate_takesTheYearOfTheCaption() {
        List<Claim> claims = claims("""
                Amazon revenue by quarter, 2023:

                Quarter | Revenue
                Q1 | $127 billion
                Q4 | $170 billion

                Meta layoffs in 2024, by month:

                Month | Jobs cut
                March | 1,200""");
        assertThat(claim(claims, "$127 billion").period()).hasToString("2023-01-01..2023-03-31");
        assertThat(claim(claims, "$170 billion").period()).hasToString("2023-10-01..2023-12-31");
        assertThat(claim(claims, "1,200").period()).hasToString("2024-03-01..2024-03-31");
    }

    @Test
    void tableRoundNameColumn_isNoCounterparty() {
        List<Claim> claims = claims("""
                Company | Round | Post-money valuation
                Google | Series C | $5.3bn""");
        assertThat(claim(claims, "$5.3bn").entity()).isEqualTo("Alphabet");
        assertThat(claim(claims, "$5.3bn").object()).isNull();
    }

    @Test
    void tableTotalRow_belongsToTheCaptionsCompany_elseToNoOne() {
        List<Claim> rounds = claims("""
                Amazon layoffs by round:

                Round | Announced | Jobs cut
                1 | March 2024 | 1,600
                2 | March 2025 | 2,400
                Total | | 4,000""");
        assertThat(claim(rounds, "4,000").entity()).isEqualTo("Amazon");
        List<Claim> peers = claims("""
                Meta cut jobs again. Its peers:

                Company | Jobs cut
                Amazon | 14,000
                Microsoft | 10,000
                Total | 24,000""");
        assertThat(claim(peers, "24,000").entity()).isNull();
    }
    @Test
    void columnThatDescribesTheCompany_holdsNoClaims_andDatesNoFigureOfItsRow() {
        List<Claim> claims = claims("""
                The biggest employers, ranked

                | Rank | Company | Employees | Founded | Ticker | Coffee price |
                |---|---|---|---|---|---|
                | 1 | Amazon | 2,480 | 1994 | AMZN | $3.45 |
                | 2 | Meta | 2,198 | 2004 | META | $2.29 |""");
        assertThat(claim(claims, "2,480").period()).as("a founding year dates nothing").isNull();
        assertThat(claim(claims, "2,198").metric()).isEqualTo("headcount");
        assertThat(claims).as("no rank, year or price of a coffee is a claim")
                .extracting(Claim::text).noneMatch(text -> text.contains("$3.45") || text.contains("1994"));
        assertThat(claims).hasSize(2);
    }

    @Test
    void sharePriceColumn_holdsClaims() {
        List<Claim> claims = claims("""
                Company | Share price | Founded
                Microsoft | $512.40 | 1975""");
        assertThat(claim(claims, "$512.40").entity()).isEqualTo("Microsoft");
        assertThat(claim(claims, "$512.40").period()).isNull();
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 classes C and H: the metric of a figure as reporters write it when no metric term stands next
 * to it (revenue named by a verb or by the claims before, a workforce named by its size), and the
 * metrics a figure must not take (money no record holds, a share price, a change of a level).
 */
class MetricWordingsTest {

    /** Stores and valuations besides the built-in metrics, as the news corpus's newsroom uploads them. */
    private static final Catalog NEWSROOM = Catalog.of(TestCatalog.CATALOG.entities(), List.of(
            new Metric("valuation", Dimension.CURRENCY, Aggregation.LATEST, List.of("valued at", "valuation", "valuing",
                    "worth")),
            new Metric("stores", Dimension.COUNT, Aggregation.LATEST, List.of("stores", "outlets", "shops", "locations"))));
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(NEWSROOM, ExtractionSettings.DEFAULTS);

    /** The metric ("-" for none) and unit of the claim whose words contain {@code anchor}, the first such claim. */
    private static String metricOf(String article, String anchor) {
        List<Claim> claims = EXTRACTOR.extract(article, Stages.PUBLISHED);
        for (Claim c : claims) {
            if (c.text().contains(anchor)) {
                return (c.metric() == null ? "-" : c.metric()) + " " + c.unit();
            }
        }
        throw new AssertionError("no claim " + anchor + " in " + claims);
    }

    private static List<String> metrics(String article) {
        List<String> metrics = new ArrayList<>();
        for (Claim c : EXTRACTOR.extract(article, Stages.PUBLISHED)) {
            metrics.add(c.metric() == null ? "-" : c.metric());
        }
        return metrics;
    }

    /**
     * Money a noun of savings, charges, spending or orders names has no metric, even where it would
     * otherwise count what the claim before it counted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon posted revenue of $12.4 billion in 2024. The overhaul should produce annual savings of $300 million by 2027. | $300 million",
            "Amazon posted revenue of $12.4 billion in 2024. It expects restructuring charges of about $80 million in the first quarter. | $80 million",
            "Meta reported sales of $9.1 billion, and it plans capital expenditures of roughly $2 billion next year.  | $2 billion",
            "Microsoft's revenue rose to $61 billion, and it booked $4 billion in orders in the quarter.                | $4 billion",
            "Amazon's revenue was $3.3 billion last year; the group's backlog of $14 billion keeps its plants busy.      | $14 billion"})
    void moneyNoMetricDescribes_hasNone_evenAfterAClaimItWouldContinue(String article, String anchor) {
        assertThat(metricOf(article, anchor)).isEqualTo("- USD");
        assertThat(metricOf("Amazon posted revenue of $12.4 billion in 2024. It was $11.9 billion in 2023.", "$11.9 billion"))
                .isEqualTo("revenue USD");
    }

    /** "put at" values a budget, a backlog or a cost it names, not the company: no valuation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its next game has a budget that one former producer put at $150 million.                          | $150 million | -",
            "Analysts expect the backlog, which they put at more than $40 billion, to fill the order book.       | $40 billion  | -",
            "Meta's revenue was $9 billion. Its order backlog, which analysts put at $31 billion, keeps growing. | $31 billion  | -",
            "The cost of the recall, which Meta put at $700 million, was borne by its suppliers.                 | $700 million | -",
            "Amazon's stake, which analysts put at roughly $2.2 billion, is its largest.                         | $2.2 billion | valuation",
            "Bankers put the company at $9 billion after the round.                                              | $9 billion   | valuation"})
    void putAtValuesTheMoneyItNames_notTheCompany(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " USD");
    }

    /** People counted "of" an organisation's workforce are a part of it, not its level; a cut of them stays a cut. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The union, which represents about 9,000 of Amazon's hourly workers, called a strike.   | 9,000  | -",
            "Roughly 2,000 of its employees work remotely, Meta said.                              | 2,000  | -",
            "Meta dismissed 1,100 of its roughly 52,000 workers in February.                       | 1,100  | layoffs",
            "Meta dismissed 1,100 of its roughly 52,000 workers in February.                       | 52,000 | headcount",
            "Amazon employs 9,000 of them in Ohio, it has 61,000 workers in all.                   | 61,000 | headcount"})
    void peopleOfAWorkforce_areAPartOfIt_notItsLevel(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + Unit.PEOPLE);
    }

    /** Closing or opening places changes a level, whether a hedge or "another" stands between the verb and the figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon ran 1,185 stores in June and will shut as many as 90 stores by March.     | 90        | -",
            "Amazon ran 1,185 stores in June and will close another 40 by the end of January. | 40        | -",
            "Amazon plans to open up to 25 outlets in Texas next year.                         | 25        | -",
            "Amazon ran 1,185 stores in June and expects to operate about 1,100 stores in 2026. | 1,100     | stores"})
    void closingOrOpeningPlaces_changesALevel_throughAHedgeOrAnother(String article, String anchor, String metric) {
        assertThat(metricOf(article, anchor)).startsWith(metric + " ");
    }

    /** An unscaled sum in a clause about a company's shares is their price, whatever money words stand near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon reported revenue of $3.1 billion. Its shares were little changed at $41.20 in New York.   | $41.20",
            "Meta shares rose 2.4% to €18.35 in Frankfurt, valuing the group at roughly €9 billion.           | €18.35",
            "Microsoft's stock ended the session at $388.10 after the company raised its revenue outlook.     | $388.10"})
    void unscaledSumInAClauseAboutShares_isTheirPrice_withoutAMetric(String article, String anchor) {
        assertThat(metricOf(article, anchor)).startsWith("- ");
        assertThat(metricOf("Meta shares rose 2.4% to €18.35 in Frankfurt, valuing the group at roughly €9 billion.",
                "€9 billion")).isEqualTo("valuation EUR");
    }

    /**
     * A sum of money with no metric term of its own counts what the claim before its sentence counted when a
     * span of the calendar follows it ("for the whole of 2024") or nothing does; a change column of a table
     * ("+7%") counts nothing and hands on what the row counted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta's revenue reached €2.1 billion in the second quarter. That follows €8.4 billion for the whole of 2024. | €8.4 billion",
            "Meta's revenue reached €2.1 billion in the second quarter. Analysts had pencilled in €2 billion.           | €2 billion",
            "Meta's revenue reached €2.1 billion in the second quarter, up 6%. The company made €8.4 billion in 2024.  | €8.4 billion"})
    void bareSumAfterAClaim_countsWhatThatClaimCounted(String article, String anchor) {
        assertThat(metricOf(article, anchor)).isEqualTo("revenue EUR");
        assertThat(metricOf("Meta's revenue reached €2.1 billion in the second quarter. It paid €900 million for a rival.",
                "€900 million")).isEqualTo("- EUR");
    }

    /** A table's change column counts nothing: the bare figure after the table counts what its level column did. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "headcount | The company was down to 41,200 by the end of June. | 41,200",
            "revenue   | That follows €9.9 billion for the whole of 2024.   | €9.9 billion"})
    void changeColumnOfATable_handsOnWhatItsRowCounted(String metric, String after, String anchor) {
        String header = metric.equals("headcount") ? "Year | Employees | Change" : "Quarter | Revenue | Change";
        String row = metric.equals("headcount") ? "2024 | 42,900 | -3.1%" : "Q2 2025 | €2.6 billion | +4%";
        String article = "Meta by the numbers:\n\n" + header + "\n" + row + "\n\n" + after;
        assertThat(metricOf(article, anchor)).startsWith(metric + " ");
    }

    /** "booked" a bare sum is revenue; a profit, a charge or a loss it books names its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta booked €2.3 billion in the first quarter.                   | €2.3 billion | revenue",
            "The firm booked £3.8 billion in 2024, Amazon said.               | £3.8 billion | revenue",
            "Meta booked a net profit of €310 million in the first quarter.   | €310 million | profit",
            "Meta booked a €90 million charge for the plant closure.          | €90 million  | -",
            "Amazon reported profit of $2 billion. It booked $14 billion in the quarter. | $14 billion | revenue"})
    void bookedSum_isRevenue_unlessItNamesAnotherMeasure(String article, String anchor, String metric) {
        assertThat(metricOf(article, anchor)).startsWith(metric + " ");
    }

    /**
     * A workforce named by its size: "N strong", "a studio of N people", "boasts of N colleagues", retail
     * "associates" and "colleagues" after a possessive; a group or a team of people may be a part and stays
     * none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its investor deck still describes Meta as 8,450 strong.                              | 8,450  | headcount",
            "Amazon's 12,000-strong logistics workforce will move to the new site.                | 12,000 | headcount",
            "Its careers page still calls Meta a studio of 2,150 people.                          | 2,150  | headcount",
            "Meta is a start-up of about 40 people, its founder says.                             | 40     | headcount",
            "Its careers page still boasts of 6,300 colleagues.                                   | 6,300  | headcount",
            "Amazon said it will reduce about 1,800 positions, or 3.5% of its 52,000 associates.  | 52,000 | headcount",
            "Meta has a team of 40 engineers in Lisbon.                                          | 40     | -"})
    void workforceNamedByItsSize_isHeadcount(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + Unit.PEOPLE);
    }

    /** A figure right before the period it is dated by counts what the figure before it in its sentence counted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta's payroll stood at 11,800 at the end of last year, and 12,400 the year before. | 12,400 | headcount",
            "Amazon laid off 2,100 people in 2024 and 900 last year.                             | 900    | layoffs"})
    void figureDatedRightAfter_countsWhatThePreviousFigureCounted(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + Unit.PEOPLE);
        assertThat(metrics("Meta's payroll stood at 11,800 at the end of last year, and 12 of its offices closed."))
                .containsExactly("headcount", "-");
    }
}

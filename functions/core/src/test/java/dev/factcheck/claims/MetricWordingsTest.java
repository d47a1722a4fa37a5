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

    /**
     * People counted "of" an organisation's workforce are a part of it, which no record describes (a
     * headcount of a part, as "its Newark warehouse employs 600"); a cut of them stays a cut of the company.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The union, which represents about 9,000 of Amazon's hourly workers, called a strike.   | 9,000  | headcount | Amazon's hourly workers",
            "Roughly 2,000 of its employees work remotely, Meta said.                              | 2,000  | headcount | its employees",
            "Meta dismissed 1,100 of its roughly 52,000 workers in February.                       | 1,100  | layoffs   | -",
            "Meta dismissed 1,100 of its roughly 52,000 workers in February.                       | 52,000 | headcount | -",
            "About 61,000 of them are corporate employees, Amazon says.                            | 61,000 | headcount | -"})
    void peopleOfAWorkforce_areAPartOfIt_notItsLevel(String sentence, String anchor, String metric, String part) {
        Claim claim = EXTRACTOR.extract(sentence, Stages.PUBLISHED).stream().filter(c -> c.text().contains(anchor))
                .findFirst().orElseThrow();
        assertThat(claim.metric()).isEqualTo(metric);
        if (part == null) {
            assertThat(claim.part()).isNull();
        } else {
            assertThat(claim.part()).contains(part);
        }
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

    /**
     * A share whose part is a cut told before its sentence, or a cut its sentence puts a figure on: "puts
     * the cut at", a pronoun opening the sentence ("They amount to"), "the" and the cut's figure again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta cut 3,200 jobs in May. Its last reported headcount was 68,500, which puts the cut at about 4.7%. | 4.7%",
            "Meta cut 780 jobs on October 14. They amount to 3% of the workforce.                                  | 3%",
            "Meta told 520 people their jobs were gone. The 520 works out to roughly 6% of the workforce.           | 6%",
            "Amazon laid off 900 staff last week. These represent about 2% of its employees.                       | 2%"})
    void shareOfACutToldBefore_isLayoffsOverHeadcount(String article, String anchor) {
        assertThat(metricOf(article, anchor)).isEqualTo("layoffs/headcount " + Unit.PERCENT);
        assertThat(metricOf("Meta hired 700 engineers in May. They amount to 3% of the workforce.", "3%"))
                .startsWith("- ");
    }

    /** "the" and a figure told before, with a verb right after it, counts what that figure counted, unless a strong cue says otherwise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta cut 520 jobs in August. The 520 works out to roughly 6% of the workforce.                  | The 520 | layoffs",
            "Meta said its workforce fell to 1,600. It had not: the 1,600 is the size of the cut.            | the 1,600 | layoffs",
            "Meta cut 520 jobs in August. The 520 stores it runs are untouched.                              | The 520 | stores"})
    void theFigureToldBefore_countsWhatItCountedThen(String article, String anchor, String metric) {
        List<Claim> claims = EXTRACTOR.extract(article, Stages.PUBLISHED);
        String words = anchor.substring(anchor.indexOf(' ') + 1);
        Claim restated = claims.stream().filter(c -> c.sentence().contains(anchor) && c.text().contains(words))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(restated.metric() == null ? "-" : restated.metric()).isEqualTo(metric);
    }

    /** Jobs a company or a part of it loses, and jobs said to be gone, are cut; customers lost are not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its surgery unit employs about 2,900 people and will lose 120 positions, Meta said. | 120      | layoffs",
            "The Dublin office lost 85 jobs in the reorganisation, Amazon said.                    | 85       | layoffs",
            "Last Tuesday Meta told 520 people their jobs were gone.                               | 520      | layoffs",
            "Microsoft said about 300 roles are gone after the review.                             | 300      | layoffs",
            "Amazon lost 300 customers in the quarter.                                             | 300      | -"})
    void jobsLostOrGone_areCut(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).startsWith(metric + " ");
    }

    /** A stake "carried at" a sum on the books is its value, like a stake "put at" one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon's stake in Meta is carried at up to $2 billion on its books.   | $2 billion",
            "Microsoft's holding in Meta, which it carried at $800 million, is its largest. | $800 million"})
    void stakeCarriedAt_isAValuation(String sentence, String anchor) {
        assertThat(metricOf(sentence, anchor)).isEqualTo("valuation USD");
    }

    /**
     * People a relative clause says were hired and people a company uses but does not employ are no level of
     * its workforce.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cut is small next to the 1,700 people the company added since 2023, Meta says.   | 1,700 | -         | PEOPLE",
            "It is dwarfed by the 900 engineers it hired last year.                               | 900   | -         | PEOPLE",
            "Meta, which employed 27,900 people at the end of 2024, uses some 6,000 contract workers. | 6,000 | -      | PEOPLE",
            "Meta employs 3,000 staff and 2,000 contractors.                                      | 2,000 | -         | PEOPLE",
            "Meta employs 1,700 people that it trained in-house.                                 | 1,700 | headcount | PEOPLE",
            "Amazon employs about 6,000 delivery workers.                                        | 6,000 | headcount | PEOPLE"})
    void hiredContractedOrUnheld_isNoWorkforceLevel(String sentence, String anchor, String metric, Unit unit) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + unit);
    }

    /** A share of people a relative clause narrows ("of the people who ...") is a share of no record's whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its 1,400 layoffs in August were 5% of its employees, but closer to 4% of the people who move its freight. | 4%  | -",
            "Amazon's 1,400 layoffs were about 6% of the staff who work in its warehouses.                          | 6%  | -",
            "Amazon's 1,400 layoffs in August were 5% of its employees.                                             | 5%  | layoffs/headcount"})
    void shareOfPeopleARelativeClauseNarrows_hasNoMetric(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + Unit.PERCENT);
    }

    /**
     * A sum dated right after it counts what the sum before it in its sentence counted; the size of a change
     * ("to fall by about $90 million") does not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta made revenue of $2.9 billion in 2024, so it is on course for a little over $3.1 billion this year. | $3.1 billion | revenue",
            "Meta booked revenue of $8.2 billion, and it expects reimbursement to fall by about $90 million next year. | $90 million | -"})
    void sumDatedRightAfter_countsWhatTheSumBeforeItCounted(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " USD");
    }

    /** "a 12,000-person company" counts its people; "a 50-person team" may be a part and "the 1,100-person cut" is a cut. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta is a 12,000-person company based in Austin.                               | 12,000 | headcount",
            "Amazon, a 5,000-employee manufacturer, posted sales of $2.1 billion.           | 5,000  | headcount",
            "Meta cut 1,100 jobs in May. Its 50-person team in Lisbon is safe.              | 50     | -",
            "The 1,100-person cut was Meta's second this year.                              | 1,100  | layoffs"})
    void figureSizingAnOrganisation_countsItsPeople(String article, String anchor, String metric) {
        assertThat(metricOf(article, anchor)).isEqualTo(metric + " " + Unit.PEOPLE);
    }

    /** "generated" a bare sum is revenue; cash it generated is not (money put in as cash stays an investment). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta generated $3.1 billion in the third quarter.                                 | $3.1 billion | revenue",
            "Meta generated $3.1 billion in the third quarter and $400 million in free cash flow. | $400 million | -",
            "Amazon generated about $900 million of cash from operations.                      | $900 million | -",
            "Amazon put in $4 billion cash and took a seat on Meta's board.                    | $4 billion   | investment"})
    void generatedSum_isRevenue_unlessItIsCash(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " USD");
    }

    /** An amount per share (earnings, a dividend) is no company total. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta earned $1.20 a share in the quarter, beating forecasts.      | $1.20",
            "Amazon raised its dividend to 42 cents per share.                 | 42 cents",
            "Microsoft's profit came to $3.05 a share.                         | $3.05"})
    void amountPerShare_hasNoMetric(String sentence, String anchor) {
        assertThat(metricOf(sentence, anchor)).isEqualTo("- USD");
        assertThat(metricOf("Meta earned $1.2 billion in the quarter.", "$1.2 billion")).isEqualTo("profit USD");
    }

    /** People retrained, redeployed or relocated, and jobs no one holds, are no level of the workforce. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta plans to hire 500 engineers and retrain 1,200 warehouse workers.    | 1,200 | -",
            "Amazon will redeploy about 800 staff to its new logistics arm.           | 800   | -",
            "Microsoft has 9,600 employees and 300 open vacancies.                    | 300   | -",
            "Meta said it had 1,400 unfilled roles at the end of June.                | 1,400 | -",
            "Microsoft has 9,600 employees and 300 open vacancies.                    | 9,600 | headcount",
            "Amazon operates 1,355 stores open around the clock.                      | 1,355 | stores"})
    void peopleActedOnAndUnheldJobs_areNoWorkforceLevel(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).startsWith(metric + " ");
    }

    /** "on course for", "on track to" and "on pace for" look ahead like "expects": the figure after them is a prediction. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta made revenue of $2.9 billion in 2024, so it is on course for about $3.1 billion this year. | $3.1 billion | true",
            "Amazon is on track to cut about 1,200 jobs this year, a memo says.                               | 1,200        | true",
            "Microsoft is on pace for roughly $4 billion of revenue this year.                              | $4 billion   | true",
            "Of course, Meta made revenue of $3.1 billion this year.                                          | $3.1 billion | false",
            "Amazon, on its own count, cut 1,200 jobs this year.                                              | 1,200        | false"})
    void onCourseFor_marksAPrediction(String sentence, String anchor, boolean prediction) {
        Claim claim = EXTRACTOR.extract(sentence, Stages.PUBLISHED).stream().filter(c -> c.text().contains(anchor))
                .findFirst().orElseThrow();
        assertThat(claim.prediction()).isEqualTo(prediction);
    }

    /** A sum a source "says", "lists" or "quotes" restates what the text measured before it; a sum said to lie ahead does not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon's investment in Meta reached $8 billion in 2024; a profile that still says $4 billion is out of date. | $4 billion | investment",
            "Meta's revenue was $9.1 billion last year. Its own website still lists $7.9 billion.                         | $7.9 billion | revenue",
            "Meta's revenue was $9.1 billion last year, and its chief executive said $2 billion would go to research.      | $2 billion | -"})
    void sumASourceStates_restatesWhatTheTextMeasured(String article, String anchor, String metric) {
        assertThat(metricOf(article, anchor)).isEqualTo(metric + " USD");
    }

    /** "pulled in" a sum is revenue like "brought in" (not what a sale pulled in); "netted" a sum is profit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta pulled in $3.1 billion in the quarter.                  | $3.1 billion | revenue",
            "Meta's sales were $3 billion. It netted $300 million.        | $300 million | profit",
            "The sale of the plant pulled in $300 million for Meta.       | $300 million | -"})
    void pulledInIsRevenue_nettedIsProfit(String article, String anchor, String metric) {
        assertThat(metricOf(article, anchor)).isEqualTo(metric + " USD");
    }

    /** "roughly 6% of whom will lose their jobs": a share of the workforce counted before it, cut by the clause after it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta employs about 9,600 people, roughly 6% of whom will lose their jobs.   | layoffs/headcount",
            "Amazon has 12,000 staff, about 5% of whom are to be laid off by March.      | layoffs/headcount",
            "Meta employs about 9,600 people, roughly 6% of whom work in Ohio.           | -"})
    void shareOfWhomACutFollows_isLayoffsOverHeadcount(String sentence, String metric) {
        Claim share = EXTRACTOR.extract(sentence, Stages.PUBLISHED).stream().filter(c -> c.unit() == Unit.PERCENT)
                .findFirst().orElseThrow();
        assertThat(share.metric()).isEqualTo(metric);
    }

    /** A verb of having before the figure and its people after it name the level, whatever cut the sentence names later. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon has 12,000 staff, about 5% of whom are to be laid off by March.   | 12,000 | headcount",
            "Meta had 9,000 employees before it laid off 700 of them in May.          | 9,000  | headcount",
            "Meta had 9,000 employees before it laid off 700 of them in May.          | 700    | layoffs"})
    void havingAndPeopleAroundTheFigure_nameTheLevel_overALaterCut(String sentence, String anchor, String metric) {
        assertThat(metricOf(sentence, anchor)).isEqualTo(metric + " " + Unit.PEOPLE);
    }
}

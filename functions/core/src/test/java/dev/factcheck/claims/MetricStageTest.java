package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricStageTest {

    private static ClaimDraft.Measure measure(String sentence, String anchor) {
        return Stages.draft(sentence, anchor).measure();
    }

    /** The metric of the figure at {@code anchor}, or null when it names none or is no claim at all ("12 offices"). */
    private static String metricIfClaimed(String sentence, String anchor) {
        SentenceContext c = Stages.context(sentence);
        Figure figure = Stages.figure(c, anchor);
        return Stages.EXTRACTOR.drafts(c).stream().filter(d -> d.figure() == figure).findFirst()
                .map(d -> d.measure().metric()).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 14,000 jobs.                                   | 14,000 | layoffs   | PEOPLE",
            "Amazon employs 1.5 million people.                        | 1.5    | headcount | PEOPLE",
            "Its 350,000 employees were told of the cuts.              | 350,000| headcount | PEOPLE",
            "Amazon reduced its staff from 5,000 to 3,800.             | 3,800  | headcount | PEOPLE",
            "Amazon hired 250,000 workers.                             | 250,000| -         | PEOPLE",
            "Revenue rose to $180 billion.                             | $180   | revenue   | USD",
            "Amazon sold 4,000 trucks.                                 | 4,000  | -         | COUNT"})
    void metric_isTheNearestCueOfTheFiguresDimension_andTheUnitFollows(
            String sentence, String anchor, String metric, Unit unit) {
        ClaimDraft.Measure m = measure(sentence, anchor);
        assertThat(m.metric()).isEqualTo(metric);
        assertThat(m.unit()).isEqualTo(unit);
    }

    /** Issue 15: money that no metric describes (a gain, a charge, savings, a price) is a claim without a metric. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Globex's 2024 profit included a one-off gain of about $450 million.      | $450 million",
            "Hooli's revenue was hit by charges of $1.2 billion for the recall.       | $1.2 billion",
            "Initech booked a $90 million charge against its quarterly revenue.       | $90 million",
            "The cuts will bring $500 million in annual savings, Vandelay's CFO said.  | $500 million"})
    void moneyNamedByANounNoMetricDescribes_hasNoMetric_evenWithACueInTheClause(String sentence, String anchor) {
        assertThat(measure(sentence, anchor).metric()).isNull();
        assertThat(measure("Globex's 2024 profit rose to $4.1 billion.", "$4.1 billion").metric()).isEqualTo("profit");
    }

    /** Issue 15 class C: headcount wording next to the figure wins over layoff words elsewhere in the sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon laid off 2,400 staff, bringing the workforce down to about 31,000.          | 31,000 | headcount",
            "Amazon laid off 2,400 staff, bringing the workforce down to about 31,000.          | 2,400  | layoffs",
            "Amazon dismissed 45 out of roughly 600 workers at a warehouse.                     | 600    | headcount",
            "Amazon dismissed 45 out of roughly 600 workers at a warehouse.                     | 45     | layoffs",
            "The cuts amount to nearly 4% of Amazon's roughly 112,500 workers.                  | 112,500| headcount",
            "Its cloud unit, which numbered roughly 33,000 people, was cut hardest.             | 33,000 | headcount",
            "Meta cut 120 jobs in January, as the company kept hiring, reaching 3,900 staff.    | 3,900  | headcount",
            "Amazon's employee count fell below 30,000 after the layoffs.                       | 30,000 | headcount",
            "Shopify let go of 20% of its staff, or around 2,300 people.                        | 2,300  | layoffs",
            "Cyberdyne hired 1,400 people this year, taking its workforce to 17,200.            | 17,200 | headcount",
            "Cyberdyne hired 1,400 people this year, taking its workforce to 17,200.            | 1,400  | -"})
    void levelWordingNearTheFigure_winsOverLayoffWordsElsewhere(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: an elliptical figure counts what the claim just before it counted. */
    @Test
    void bareFigureInTheNextSentence_countsWhatThePreviousClaimCounted() {
        Claim level = Stages.claim("An analyst note says Amazon employs 1.6 million people. Its last filing says 1,550,000.",
                "1,550,000");
        assertThat(level.metric()).isEqualTo("headcount");
        assertThat(level.unit()).isEqualTo(Unit.PEOPLE);
        Claim stake = Stages.claim("Amazon has invested $4 billion in Anthropic. The total reached $8 billion in November 2024.",
                "$8 billion");
        assertThat(stake.metric()).isEqualTo("investment");
        assertThat(stake.object()).isEqualTo("Anthropic");
        assertThat(Stages.claim("Amazon cut 14,000 jobs. It has 12 warehouses in Ohio.", "12").metric()).isNull();
        assertThat(Stages.roundsClaim("Meta is valued at $9 billion. Sequoia Capital, which manages $6 billion, "
                + "declined to comment.", "$6 billion").metric()).as("an unknown organisation's own money").isNull();
    }

    /** Issue 15 class C: jobs, roles and positions that a cutting word governs are layoffs, whatever level stands nearby. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "Globex will reduce about 900 roles, nearly 3% of its workforce of 30,000.                         | 900    | layoffs",
            "Globex will reduce about 900 roles, nearly 3% of its workforce of 30,000.                         | 30,000 | headcount",
            "Meta employed 70,000 people in 2024, before the reduction of 3,600 positions announced in February. | 3,600  | layoffs",
            "Meta employed 70,000 people in 2024, before the reduction of 3,600 positions announced in February. | 70,000 | headcount"})
    void cuttingWord_makesJobsRolesAndPositionsLayoffs_notTheHeadcountNamedNearby(String sentence, String anchor,
                                                                                 String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: a round of people is a round of layoffs; a figure before the word counts something else. */
    @Test
    void roundOfPeople_isARoundOfLayoffs_forTheFiguresAfterTheWord() {
        ClaimDraft.Measure round = measure("Meta's spring round of 4,000 was its smallest since 2022.", "4,000");
        assertThat(round.metric()).isEqualTo("layoffs");
        assertThat(round.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(measure("Microsoft said the round would affect between 6,000 and 7,000 roles.", "6,000").metric())
                .isEqualTo("layoffs");
        assertThat(metricIfClaimed("Alphabet, used by more than 2,000 firms, raised $20 million in a round.", "2,000"))
                .isNull();
        assertThat(Stages.EXTRACTOR.extract("The 3 biggest rounds of the year came from robotics.", Stages.PUBLISHED))
                .isEmpty();
    }

    /** Issue 15 class C: a bare figure with no cue of its own counts what the previous figure of its sentence counts. */
    @Test
    void bareFigure_countsWhatThePreviousFigureOfItsSentenceCounts() {
        Claim base = Stages.claim("Meta cut 11,000 jobs in November. Together that is 21,000 jobs, against 9,000 in 2023.",
                "9,000");
        assertThat(base.metric()).isEqualTo("layoffs");
        assertThat(base.unit()).isEqualTo(Unit.PEOPLE);
    }

    /** Issue 15 class C: jobs counted in the sentence after a claim are what that claim counted, unless hired or created. */
    @Test
    void jobsInTheNextSentence_countWhatThePreviousClaimCounted_unlessCreated() {
        assertThat(Stages.claim("Meta cut 11,000 jobs in November. An analyst put the total at 21,000 jobs by March.",
                "21,000").metric()).isEqualTo("layoffs");
        assertThat(Stages.claim("Meta cut 11,000 jobs in November. Alphabet created 3,000 jobs in Zurich.", "3,000")
                .metric()).isNull();
    }

    /** Issue 15 class C: a figure the article already gave counts what it counted then. */
    @Test
    void repeatedFigure_countsWhatItCountedBefore_andTheFigureAfterItFollows() {
        String article = "Meta will cut another 600 jobs next month. Its revenue was $40 billion. "
                + "Another 600 would take the total to 1,200.";
        List<Claim> claims = Stages.EXTRACTOR.extract(article, Stages.PUBLISHED);
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs", "revenue", "layoffs", "layoffs");
        assertThat(claims).extracting(Claim::unit).containsExactly(Unit.PEOPLE, Unit.USD, Unit.PEOPLE, Unit.PEOPLE);
    }

    /** Issue 15 classes A and C: the sentence after a table counts what the table's last figure counted. */
    @Test
    void sentenceAfterATable_countsWhatTheTableCounted() {
        String article = "| Company | Jobs cut |\n|---|---|\n| Meta | 11,000 |\n| Alphabet | 12,000 |\n\n"
                + "Together that is 23,000 jobs.";
        assertThat(Stages.claim(article, "23,000").metric()).isEqualTo("layoffs");
    }

    /** Issue 15 class C: the base of a comparison counts what the figure compared with it counts. */
    @Test
    void baseOfAComparison_countsWhatTheComparedFigureCounts() {
        Claim base = Stages.claim("Meta cut 11,000 jobs in November. Together that is 21,000 jobs, "
                + "up from about 9,000 for the same companies in 2023.", "9,000");
        assertThat(base.metric()).isEqualTo("layoffs");
        assertThat(base.unit()).isEqualTo(Unit.PEOPLE);
    }

    /** Money in another currency right after a money claim is the same metric, converted. */
    @Test
    void moneyInAnotherCurrency_inTheNextSentence_isThePreviousClaimConverted() {
        Claim dollars = Stages.claim("Meta booked revenue of €18.2 billion in 2024. In dollars, that is about $21.3 billion.",
                "$21.3 billion");
        assertThat(dollars.metric()).isEqualTo("revenue");
        assertThat(dollars.unit()).isEqualTo(Unit.USD);
        assertThat(Stages.claim("Amazon has invested $4 billion in Anthropic. It paid $2 billion for a chip designer.",
                "$2 billion").metric()).isNull();
    }

    /** Issue 15 class C: a verb of having states a level of the people counted after it, not of jobs or things. */
    @Test
    void havingPeople_statesAHeadcount_butNotJobsThingsOrAnAuxiliary() {
        String sentence = "Microsoft has 12 offices in Ireland and about 180 salespeople.";
        assertThat(measure(sentence, "180").metric()).isEqualTo("headcount");
        assertThat(measure(sentence, "180").unit()).isEqualTo(Unit.PEOPLE);
        assertThat(metricIfClaimed(sentence, "12")).isNull();
        assertThat(metricIfClaimed("Microsoft said it had 2,000 open roles in its cloud unit.", "2,000")).isNull();
        assertThat(metricIfClaimed("Meta has told roughly 300 engineers about the move.", "300")).isNull();
    }

    /** Issue 15 class C: "N people work at X" states a level; a cut named in the clause still wins. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Fewer than 40,000 people now work at Microsoft.                        | 40,000 | headcount",
            "Nearly 50,000 people worked at Meta in 2019.                           | 50,000 | headcount",
            "The 1,200 employees working at the Ohio site will lose their jobs.     | 1,200  | layoffs"})
    void peopleWhoWorkAtTheCompany_areItsHeadcount(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** A level verb after the count of a thing ("its showroom count stood at 312") counts no people. */
    @Test
    void levelVerbAfterTheCountOfAThing_countsNoPeople() {
        ClaimDraft.Measure m = measure("Amazon's locker count stood at 312 at the end of June.", "312");
        assertThat(m.metric()).isNull();
        assertThat(m.unit()).isEqualTo(Unit.COUNT);
        assertThat(measure("Amazon's employee count stood at 1,550,000 at the end of June.", "1,550,000").metric())
                .isEqualTo("headcount");
    }

    /** Issue 15 class C: a short label before a colon names the metric of the figures after it, like a table header. */
    @Test
    void labelBeforeAColon_namesTheMetricOfTheFiguresAfterIt() {
        SentenceContext c = Stages.context("Headcount at Meta: nearly 90,000 in 2022, fewer than 70,000 now.");
        assertThat(Stages.draft(c, "90,000").measure().metric()).isEqualTo("headcount");
        assertThat(Stages.draft(c, "70,000").measure().metric()).isEqualTo("headcount");
        assertThat(metricIfClaimed("Two notes from the call: Microsoft opened 40 offices.", "40")).isNull();
    }

    @Test
    void openingOrClosing_changesALevel_whichNamesNoMetric() {
        Catalog withStores = Catalog.of(TestCatalog.CATALOG.entities(),
                List.of(new Metric("stores", Dimension.COUNT, Aggregation.LATEST, List.of("stores"))));
        List<Claim> claims = new ClaimExtractor(withStores, ExtractionSettings.DEFAULTS)
                .extract("Amazon will close 55 stores and operate 1,185 stores in 14 states.", Stages.PUBLISHED);
        assertThat(claims).extracting(Claim::metric).startsWith(null, "stores");
    }

    private static final Catalog WITH_STORES = Catalog.of(TestCatalog.CATALOG.entities(),
            List.of(new Metric("stores", Dimension.COUNT, Aggregation.LATEST, List.of("stores"))));

    private static List<String> metricsWithStores(String text) {
        return new ClaimExtractor(WITH_STORES, ExtractionSettings.DEFAULTS).extract(text, Stages.PUBLISHED).stream()
                .map(c -> c.metric() == null ? "-" : c.metric()).toList();
    }

    /** Issue 15: a store metric is named by any noun for a place a chain sells from, not only by its own term. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon runs 412 showrooms in Europe.                               | stores",
            "Amazon operates 640 restaurants, down from 702 at the end of 2024. | stores stores",
            "Amazon ended June with 1,911 company-run sites.                    | stores",
            "Amazon's branch count stood at 96 in March.                        | stores",
            "Amazon has 12 branches and about 180 salespeople.                  | stores headcount"})
    void placeOfSaleNouns_nameTheStoreMetric_whicheverTheCatalogLists(String sentence, String metrics) {
        assertThat(metricsWithStores(sentence)).containsExactly(metrics.split(" "));
        assertThat(measure(sentence, sentence.replaceAll("^\\D*([0-9][0-9,]*).*$", "$1")).metric())
                .as("no store metric in the catalog").isNull();
    }

    @Test
    void placeOfSaleNoun_thatTheCatalogGivesAMetricOfItsOwn_keepsIt() {
        Catalog separate = Catalog.of(TestCatalog.CATALOG.entities(), List.of(
                new Metric("stores", Dimension.COUNT, Aggregation.LATEST, List.of("stores")),
                new Metric("branches", Dimension.COUNT, Aggregation.LATEST, List.of("branches"))));
        Claim branches = new ClaimExtractor(separate, ExtractionSettings.DEFAULTS)
                .extract("Amazon has 96 branches.", Stages.PUBLISHED).getFirst();
        assertThat(branches.metric()).isEqualTo("branches");
    }

    @Test
    void strongCue_beatsAWeakOne_layoffsOverEmployees() {
        assertThat(measure("Amazon will lay off 14,000 corporate employees.", "14,000").metric()).isEqualTo("layoffs");
    }

    @Test
    void aFurtherFigure_withoutACue_repeatsThePreviousMeasure() {
        SentenceContext c = Stages.context("Amazon cut 18,000 jobs in January and a further 9,000 in March.");
        ClaimDraft.Measure m = Stages.draft(c, "9,000").measure();
        assertThat(m.metric()).isEqualTo("layoffs");
        assertThat(m.unit()).isEqualTo(Unit.PEOPLE);
    }

    @Test
    void investment_takesTheCounterparty_asItsObject() {
        assertThat(measure("Amazon has invested $4B in Anthropic.", "$4B").object()).isEqualTo("Anthropic");
    }

    // Issue 15 class F: ownership. Valuations and rounds are metrics a newsroom uploads (TestCatalog.WITH_ROUNDS).

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta raised $900 million in a round that valued the company at $7 billion.  | $7 billion",
            "Meta raised $900 million in a round led by Amazon, which values Meta at $7 billion. | $7 billion",
            "Meta raised $900 million, and that round put the company's value at $7 billion. | $7 billion",
            "That round valued Meta at $7 billion, a note says.                          | $7 billion"})
    void valuingVerb_inAnyForm_withItsObjectBetween_namesTheValuation(String sentence, String anchor) {
        Claim valuation = Stages.roundsClaim(sentence, anchor);
        assertThat(valuation.metric()).isEqualTo("valuation");
        assertThat(valuation.entity()).isEqualTo("Meta");
    }

    @Test
    void sumOfMoneyRightBeforeACompanyNoun_isThatCompanysValuation() {
        assertThat(Stages.roundsClaim("Stop calling Meta a $9 billion company.", "$9 billion").metric())
                .isEqualTo("valuation");
        assertThat(Stages.roundsClaim("Amazon bought the $400 million start-up in May.", "$400 million").metric())
                .isEqualTo("valuation");
        assertThat(Stages.roundsClaim("Amazon sold 4,000 company cars.", "4,000").metric()).isNull();
    }

    @Test
    void investmentWithNoCompanyItWentInto_isWhatTheCompanyRaised_whenItsClauseNamesARound() {
        String article = "Meta raised $250 million in a round led by Amazon. The round brings total funding to $310 million.";
        assertThat(Stages.roundsClaim(article, "$310 million").metric()).isEqualTo("fundraising");
        assertThat(Stages.roundsClaim("Amazon has invested $250 million in Meta.", "$250 million").metric())
                .isEqualTo("investment");
    }

    @Test
    void investmentWithoutACounterparty_goesIntoTheInvestorsLatestCounterparty() {
        Claim further = Stages.claim("Amazon has invested $4 billion in Anthropic. Months later, Amazon said it would "
                + "put in a further $3 billion.", "$3 billion");
        assertThat(further.metric()).isEqualTo("investment");
        assertThat(further.object()).isEqualTo("Anthropic");
        assertThat(Stages.claim("Amazon has invested $4 billion in Anthropic. Microsoft said it would put in "
                + "$2 billion.", "$2 billion").object()).as("another investor's counterparty").isNull();
    }

    @Test
    void investmentInTheRound_goesIntoTheCompanyThatRaisedIt() {
        Claim share = Stages.roundsClaim("Kelvin Labs, a cooling start-up, said it has raised $120 million in a round "
                + "led by Amazon. Amazon invested $40 million in the round.", "$40 million");
        assertThat(share.entity()).isEqualTo("Amazon");
        assertThat(share.metric()).isEqualTo("investment");
        assertThat(share.object()).isEqualTo("Kelvin Labs");
    }

    @Test
    void investmentInACompanysRound_goesIntoThatCompany() {
        Claim stake = Stages.roundsClaim("Sequoia Capital invested $300 million in Meta's latest funding round.",
                "$300 million");
        assertThat(stake.metric()).isEqualTo("investment");
        assertThat(stake.object()).isEqualTo("Meta");
        assertThat(Stages.roundsClaim("Amazon invested $4 billion in the conglomerate's latest filing.", "$4 billion")
                .object()).as("a possessor of another noun").isNull();
    }

    @Test
    void seriesName_namesARound() {
        assertThat(Stages.roundsClaim("Meta closed a $900 million Series D in August.", "$900 million").metric())
                .isEqualTo("fundraising");
    }

    @Test
    void aMetricWithoutCounterparties_hasNoObject_evenWithAPlaceAfterIn() {
        assertThat(measure("Amazon cut 14,000 jobs in Anthropic's home town.", "14,000").object()).isNull();
    }
}

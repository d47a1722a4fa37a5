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

    /** Issue 15 class C: a verb of cutting governs the people counted inside it, whatever level noun stands near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "In November Meta let 150 people go, about 10% of its staff.                      | 150    | layoffs",
            "Amazon let about 1,200 more warehouse workers go in May.                         | 1,200  | layoffs",
            "Meta made 640 people redundant in May, most of them where the workforce had shrunk. | 640 | layoffs",
            "Microsoft said its 850 eliminations were 4% of its staff.                        | 850    | layoffs",
            "The 850 role eliminations represent 4% of the 19,400 staff Meta employed.         | 850    | layoffs",
            "Meta has no plans to reduce its workforce of 67,000, a spokesperson said.        | 67,000 | headcount"})
    void cuttingVerbAroundOrBeforeThePeople_namesLayoffs_andAWorkforceOfNamesTheLevel(String sentence, String anchor,
                                                                                   String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: jobs are cut or created, never a workforce's level, whatever level noun stands near. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The two rounds would take out 1,740 jobs in 2025, or more than 11% of the headcount. | 1,740 | layoffs",
            "The cut, 7% of the 15,200 staff Meta had, follows the loss of 640 jobs in March.      | 640   | layoffs",
            "Meta created 300 jobs in Dublin, lifting its headcount to 67,000.                   | 300   | -",
            "Another 1,000 could go in early 2026, one of my sources thinks.                      | 1,000 | layoffs",
            "Up to 2,000 jobs will go at the Ohio plant, the union said.                          | 2,000 | layoffs",
            "The 300 engineers will go to the new unit in May.                                    | 300   | -"})
    void jobsAreNeverALevel_andPeopleThatWillGoAreCut(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
        assertThat(measure(sentence, anchor).unit()).isEqualTo(Unit.PEOPLE);
    }

    /** Issue 15 class C: "Meta's 2,000" restates the 2,000 claimed for Meta before, whatever level its sentence names. */
    @Test
    void bareFigureAfterAPossessiveName_restatesTheEarlierFigureOfThatValue() {
        String article = "Meta cut 2,000 jobs in January and Amazon cut 900. Meta's 2,000 came from a workforce of "
                + "67,000, Amazon's 900 from one of 1.5 million.";
        List<Claim> restated = Stages.EXTRACTOR.extract(article, Stages.PUBLISHED).stream()
                .filter(c -> c.sentence().startsWith("Meta's")).toList();
        assertThat(restated).extracting(Claim::text).startsWith("2,000", "67,000", "900");
        assertThat(restated).extracting(Claim::metric).startsWith("layoffs", "headcount", "layoffs");
        assertThat(Stages.claim("Meta's 2,000 engineers are based in Dublin.", "2,000").metric()).isNull();
    }

    /** Money words that name no record's figure: a multiple of a metric, a company's own adjusted measure, part of a budget. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "At $612 before the call, Meta stock trades at about 25 times earnings.         | $612         | -",
            "Meta's \"adjusted\" operating profit was higher, at $71 billion.             | $71 billion  | -",
            "Meta's underlying revenue rose to $160 billion.                                | $160 billion | -",
            "In April Meta moved $200 million of its budget into Reality Labs.              | $200 million | -",
            "Meta's operating profit was $69 billion.                                       | $69 billion  | profit"})
    void multiplesAdjustedMeasuresAndBudgets_nameNoMetric(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Money spent or paid is an outlay or a price, never the metric of the claim before it or of its clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta booked revenue of $134.9 billion last year. It spent $40 billion on data centres in 2024. | $40 billion",
            "Amazon paid $2 billion for the chip designer, whose revenue was flat.                         | $2 billion",
            "Meta booked revenue of $134.9 billion in 2024. Amazon bought a chip designer for $310 million in cash. | $310 million"})
    void moneySpentOrPaid_hasNoMetric(String article, String anchor) {
        assertThat(Stages.claim(article, anchor).metric()).isNull();
    }

    /** Money a company committed or pledged is an investment, like money it invested. */
    @Test
    void moneyCommittedOrPledged_isAnInvestment() {
        assertThat(measure("Amazon committed up to $4 billion to Anthropic in 2023.", "$4 billion").metric())
                .isEqualTo("investment");
        assertThat(measure("Microsoft pledged $10 billion to OpenAI.", "$10 billion").metric()).isEqualTo("investment");
    }

    /** What a company earned is its profit; the base it is compared with is profit too. */
    @Test
    void earnedMoney_isProfit_andSoIsItsBase() {
        String article = "Microsoft earned $24.1 billion in the third quarter, compared with $22.3 billion a year earlier.";
        assertThat(Stages.claim(article, "$24.1 billion").metric()).isEqualTo("profit");
        assertThat(Stages.claim(article, "$22.3 billion").metric()).isEqualTo("profit");
    }

    /** A cue in a phrase of time after the figure ("since its last round") dates it and names no metric of it. */
    @Test
    void cueInAPhraseOfTimeAfterTheFigure_namesNoMetricOfIt() {
        assertThat(Stages.roundsClaim("Meta's valuation has more than doubled to $4 billion since its last round.",
                "$4 billion").metric()).isEqualTo("valuation");
    }

    /** Issue 15 class F: money put "into" a named company is an investment, whatever verb put it there. */
    @Test
    void moneyIntoANamedCompany_isAnInvestmentInIt() {
        Claim sunk = Stages.claim("Amazon has now sunk $8 billion into Anthropic, the AI start-up.", "$8 billion");
        assertThat(sunk.metric()).isEqualTo("investment");
        assertThat(sunk.object()).isEqualTo("Anthropic");
        assertThat(Stages.claim("Meta turned $5 into $50 in a week.", "$5").metric()).isNull();
    }

    /** Money followed by "for" and a span of the calendar counts what the previous sum of its sentence counted. */
    @Test
    void sumOfMoneyForAPeriod_countsWhatThePreviousSumOfItsSentenceCounted() {
        assertThat(Stages.claim("Meta booked $80 billion of revenue in the first half, and it expects roughly "
                + "$165 billion for the full year.", "$165 billion").metric()).isEqualTo("revenue");
    }

    /** People a company serves (customers, members, shippers) are counted, never its workforce; its team members are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta, which employs more than 1,400 people, serves roughly 7,500 shippers.    | 7,500  | -         | COUNT",
            "Meta has more than 11 million members in its loyalty scheme.                  | 11     | -         | COUNT",
            "The cuts equal 4% of the 19,400 team members Meta employed last year.         | 19,400 | headcount | PEOPLE",
            "Meta's 3,000 staff members were told on Monday.                               | 3,000  | headcount | PEOPLE"})
    void peopleACompanyServes_areCounted_neverItsWorkforce(String sentence, String anchor, String metric, Unit unit) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
        assertThat(measure(sentence, anchor).unit()).isEqualTo(unit);
    }

    /** Issue 15 class C: cutting a level "by" a figure, and affecting jobs, are cuts of that many. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta plans to reduce headcount by 2,000 this year.            | 2,000 | layoffs",
            "Meta will cut its staff by 900 in May.                         | 900   | layoffs",
            "The restructuring will affect roughly 700 jobs in Europe.      | 700   | layoffs",
            "Meta's headcount fell by 2,000 this year.                      | 2,000 | -"})
    void cuttingALevelByAFigure_orAffectingJobs_namesTheCut(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** A level of people reached ("has grown to 1,480 people") is headcount; roles "at risk" are cuts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta has grown to about 1,480 people in Dublin.         | 1,480 | headcount",
            "Meta's Dublin office shrank to 900 staff last year.      | 900   | headcount",
            "Meta said 1,100 roles were at risk in Dublin.            | 1,100 | layoffs",
            "Up to 2,000 people attended Meta's conference.           | 2,000 | -",
            "Meta's headcount, which peaked at 87,000 in 2022, is lower now. | 87,000 | headcount"})
    void levelReached_isHeadcount_andRolesAtRiskAreCuts(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** The layoff words of wire and British copy: sacked, culled, retrenched, downsized, shrink its workforce. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta sacked 450 moderators in Dublin.                  | 450",
            "Meta culled 1,200 roles in its third round this year.  | 1,200",
            "Meta retrenched 800 engineers in May.                  | 800",
            "Meta will shrink its workforce by 1,200 next year.     | 1,200"})
    void layoffWordsOfWireAndBritishCopy_nameLayoffs(String sentence, String anchor) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo("layoffs");
    }

    /** Issue 15 class C: a cue right before another figure names that one, not an earlier figure. */
    @Test
    void cueRightBeforeAnotherFigure_namesThatFigure() {
        SentenceContext c = Stages.context("Amazon's headcount dropped to 18,300 as it let go of 850 people in August.");
        assertThat(Stages.draft(c, "18,300").measure().metric()).isEqualTo("headcount");
        assertThat(Stages.draft(c, "850").measure().metric()).isEqualTo("layoffs");
    }

    /** Issue 15 class C: people hired are a flow, never the workforce level named after them, even by a strong cue. */
    @Test
    void peopleHired_takeNoLevelCue_evenAStrongOne() {
        SentenceContext c = Stages.context("Meta plans to hire 1,500 engineers next year, bringing its headcount to about 69,000.");
        assertThat(Stages.draft(c, "1,500").measure().metric()).isNull();
        assertThat(Stages.draft(c, "69,000").measure().metric()).isEqualTo("headcount");
    }

    /** Issue 15 class C: the size of a change of a level ("fell by 8,900") is no level and no flow. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Microsoft's headcount fell by 8,900 between 2020 and 2024.      | 8,900  | -",
            "Meta's payroll shrank by more than 1,000 this year.              | 1,000  | -",
            "Meta's headcount fell to 67,000 this year.                       | 67,000 | headcount",
            "Amazon's layoffs rose by 2,000 in the second half.               | 2,000  | layoffs"})
    void levelThatChangedByAFigure_givesTheChangeNoMetric(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: "with" people, and "a company of" a bare figure, state a level. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "With 42,300 colleagues in 31 countries, Meta is larger than ever.          | 42,300 | headcount",
            "Meta ended the year with 33,500 staff and no debt.                         | 33,500 | headcount",
            "How did a company of nearly 50,000 become a company of fewer than 40,000?  | 50,000 | headcount",
            "How did a company of nearly 50,000 become a company of fewer than 40,000?  | 40,000 | headcount",
            "Meta will cut 1,500 jobs, with 300 people affected in Ireland.             | 300    | layoffs",
            "Meta ended the year with 33,500 jobs filled.                               | 33,500 | -"})
    void withPeople_orACompanyOfAFigure_statesALevel(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
        assertThat(measure(sentence, anchor).unit()).isEqualTo(Unit.PEOPLE);
    }

    /** Issue 15 class C: "9,000 more" counts more of what the last claim counted, unless hiring takes them on. */
    @Test
    void moreOfAFigure_countsWhatTheLastClaimCounted_butNotAfterHiring() {
        assertThat(Stages.claim("Amazon cut 18,000 roles in January. In March it added 9,000 more.", "9,000").metric())
                .isEqualTo("layoffs");
        assertThat(Stages.claim("Meta trimmed 800 positions last year and expects to hire 1,500 more people.", "1,500")
                .metric()).isNull();
    }

    /** Money with nothing after it that its sentence's previous sum of the same currency measures is that measure again. */
    @Test
    void bareSumOfMoney_countsWhatThePreviousSumOfItsSentenceCounted() {
        assertThat(Stages.claim("Meta's profit was $19 billion last year, which looks fine until you recall it was "
                + "$39 billion in 2021.", "$39 billion").metric()).isEqualTo("profit");
        assertThat(Stages.claim("Meta's profit was $19 billion last year, which looks fine until you recall it was "
                + "€39 billion in 2021.", "€39 billion").metric()).as("another currency").isNull();
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

    /** A rate before the converted sum is no money of its own: the sum is still the previous claim converted. */
    @Test
    void moneyInAnotherCurrency_afterAConversionRate_isThePreviousClaimConverted() {
        Claim dollars = Stages.claim("Meta booked revenue of €18.2 billion in 2024. Converted at the average rate of "
                + "1.17, that is $21.3 billion.", "$21.3 billion");
        assertThat(dollars.metric()).isEqualTo("revenue");
    }

    /** "2,300 fewer than a year before" after a count of people counts people too (a change: no metric). */
    @Test
    void fewerThanAfterACountOfPeople_countsPeople() {
        ClaimDraft.Measure fewer = measure("Meta ended the year with 67,000 colleagues, 2,300 fewer than a year before.",
                "2,300");
        assertThat(fewer.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(fewer.metric()).isNull();
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

    /** A cue right before a colon names what the list after it counts: "three rounds of cuts: 1,200 jobs ..., 900 ...". */
    @Test
    void cueRightBeforeAColon_namesTheMetricOfTheListAfterIt() {
        SentenceContext c = Stages.context("Over the past 18 months Meta has announced three rounds of cuts: 1,200 jobs "
                + "in the spring of 2024, 900 last February and 1,600 in September.");
        assertThat(Stages.draft(c, "1,200").measure().metric()).isEqualTo("layoffs");
        assertThat(Stages.draft(c, "900").measure().metric()).isEqualTo("layoffs");
        assertThat(Stages.draft(c, "1,600").measure().metric()).isEqualTo("layoffs");
        assertThat(measure("Amazon trimmed its workforce after the review: it has 1.5 million employees.", "1.5 million")
                .metric()).isEqualTo("headcount");
    }

    /** "team members" count a company's workforce like "employees", in a bullet as in prose. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "- 41,000 team members at December 31, 2024                | 41,000",
            "Meta ended the year with 74,000 team members.              | 74,000",
            "Amazon's 1.5 million team members work in 60 countries.    | 1.5 million"})
    void teamMembers_countTheWorkforce(String sentence, String anchor) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo("headcount");
    }

    /** "plans to open 45 to 50 more": more places opened or closed change a level and count no more of the last claim. */
    @Test
    void moreOpenedOrClosed_countsNoMoreOfTheLastClaim() {
        assertThat(metricsWithStores("Amazon expects to end the year with about 1,400 stores and plans to open 45 to 50 "
                + "more in 2026.")).containsExactly("stores", "-");
        assertThat(metricsWithStores("Amazon ran 1,185 stores in June. It will close 40 more by the end of the year."))
                .containsExactly("stores", "-");
        assertThat(metricsWithStores("Amazon cut 18,000 roles in January. In March it added 9,000 more."))
                .containsExactly("layoffs", "layoffs");
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

    /** Issue 15 class A: a list header that names a metric and claims nothing gives it to the bare figures of its bullets. */
    @Test
    void listHeaderNamingAMetric_givesItToTheBareFiguresOfItsBullets() {
        List<String> metrics = metricsWithStores("""
                Layoffs so far this year:
                - Meta: 3,600 in February
                - Amazon: 14,000 in October

                Store counts at the end of June:
                - Amazon: 530
                - Microsoft: 80

                Other things we counted:
                - Meta: 120""");
        assertThat(metrics).containsExactly("layoffs", "layoffs", "stores", "stores", "-");
    }

    /** Issue 15: a store metric is named by any noun for a place a chain sells from, not only by its own term. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon runs 412 showrooms in Europe.                               | stores",
            "Amazon operates 640 restaurants, down from 702 at the end of 2024. | stores stores",
            "Amazon ended June with 1,911 company-run sites.                    | stores",
            "Amazon's branch count stood at 96 in March.                        | stores",
            "Amazon has 12 branches and about 180 salespeople.                  | stores headcount",
            "The fuel retailer Amazon had 2,198 stations at the end of September. | stores",
            "Amazon runs 310 forecourts across Scotland.                        | stores"})
    void placeOfSaleNouns_nameTheStoreMetric_whicheverTheCatalogLists(String sentence, String metrics) {
        assertThat(metricsWithStores(sentence)).containsExactly(metrics.split(" "));
        assertThat(measure(sentence, sentence.replaceAll("^\\D*([0-9][0-9,]*).*$", "$1")).metric())
                .as("no store metric in the catalog").isNull();
    }

    /** Issue 15 class C: a change of a level, named by a noun or a verb of changing, is no level. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon counted 1,185 stores in September. At the end of last year it had 1,240, so the net loss is 55. | stores stores -",
            "The loss of 55 stores hurt Amazon's quarter.                                                        | -",
            "Amazon will cut 40 stores and 300 jobs.                                                             | - layoffs",
            "Amazon ended the quarter with 2,198 stores, 47 fewer than in June.                                  | stores -",
            "In the quarter 14 new stores opened; Amazon has 530 stores open today.                              | - stores"})
    void changeOfAStoreCount_namedByANounOrAVerbOfChange_hasNoMetric(String text, String metrics) {
        assertThat(metricsWithStores(text)).containsExactly(metrics.split(" "));
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Stop calling Meta the $2.2 billion social-media unicorn.        | $2.2 billion | valuation",
            "Meta's market value is back above $1 trillion.                  | $1 trillion  | valuation",
            "Amazon paid $2 billion for the company in May.                  | $2 billion   | -"})
    void describedCompanyNoun_andMarketValue_nameTheValuation(String sentence, String anchor, String metric) {
        assertThat(Stages.roundsClaim(sentence, anchor).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta raised $600 million in June, a round that priced it at $5.1 billion.     | $5.1 billion | valuation",
            "Analysts at one broker put Meta's worth at $1.4 trillion; others put at $1.6 trillion. | $1.6 trillion | valuation",
            "Amazon put $2 billion into Anthropic in May.                                   | $2 billion   | investment",
            "The offering priced its shares at $18.                                         | $18          | -"})
    void puttingAValueOnACompany_namesTheValuation_notAnInvestment(String sentence, String anchor, String metric) {
        assertThat(Stages.roundsClaim(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class F: a stake's value is a valuation of the company the stake is in, not an investment. */
    @Test
    void stakesValue_isAValuationOfTheCompanyItIsIn() {
        Claim stake = Stages.roundsClaim("Amazon has invested $8 billion in Anthropic. Amazon's stake, which analysts "
                + "put at roughly $30 billion, dwarfs that.", "$30 billion");
        assertThat(stake.metric()).isEqualTo("valuation");
        assertThat(stake.entity()).isEqualTo("Amazon");
        assertThat(stake.object()).isEqualTo("Anthropic");
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

    /** Issue 15 class C: a cut that brings a workforce "to" a figure names the level it left, not the cut. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon trimmed its ranks to 12,400 after a year of cuts.                    | 12,400 | headcount",
            "Meta said on Tuesday it shed 850 jobs, trimming its ranks to 12,400.       | 12,400 | headcount",
            "Meta said on Tuesday it shed 850 jobs, trimming its ranks to 12,400.       | 850    | layoffs",
            "Microsoft cut its staff down to about 900 in May.                          | 900    | headcount",
            "Alphabet reduced its workforce to 11,300 by the end of June.               | 11,300 | headcount",
            "Amazon slashed headcount to 20,000 while it cut 300 jobs.                  | 300    | layoffs",
            "Amazon will cut its staff by 900, its second round this year.              | 900    | layoffs"})
    void cutToALevel_namesTheLevelTheCutLeft(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: the bare figure a cut is taken "from" is the workforce it came out of. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "At Amazon, a cut of 480 from 11,800 is about 4.1%.                          | 11,800 | headcount",
            "At Amazon, a cut of 480 from 11,800 is about 4.1%.                          | 480    | layoffs",
            "Meta removed 1,600 positions from 24,900, a filing shows.                  | 24,900 | headcount",
            "Meta dismissed 1,600 from roughly 24,900 in the spring.                    | 24,900 | headcount",
            "Microsoft's job cuts rose to 1,600 from 900 a year earlier.                | 900    | layoffs"})
    void wholeACutCameFrom_isTheWorkforce_notMoreCuts(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: a company's loss is its profit below zero, with the band turned; other losses name no metric. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon posted a loss of £38 million for the six months to June 30.     | £38 million  | profit | -38000000 | -38500000  | -37500000",
            "Meta swung to a net loss of about $120 million last year.              | $120 million | profit | -120000000 | -132000000 | -108000000",
            "Alphabet reported a $45 million pre-tax loss in the quarter.           | $45 million  | profit | -45000000 | -45500000  | -44500000",
            "Microsoft booked an impairment loss of $200 million on the deal.       | $200 million | -      | 200000000 | 150000000  | 250000000",
            "Amazon took a $90 million loss on the sale of its pharmacy unit.       | $90 million  | -      | 90000000  | 89500000   | 90500000"})
    void companysLoss_isAProfitBelowZero(String sentence, String anchor, String metric, String value, String low,
            String high) {
        Claim claim = Stages.claim(sentence, anchor);
        assertThat(claim.metric()).isEqualTo(metric);
        assertThat(claim.value()).isEqualByComparingTo(value);
        assertThat(claim.bounds().low()).isEqualByComparingTo(low);
        assertThat(claim.bounds().high()).isEqualByComparingTo(high);
    }

    /** Issue 15 class C: "up" or "down" before a figure with the base of the change after it make the figure a change. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon's staff fell to 37,400 in June, down 2,400 from the end of last year.   | 2,400   | -",
            "Amazon's staff fell to 37,400 in June, down 2,400 from the end of last year.   | 37,400  | headcount",
            "Meta's revenue was $3.1 billion, up $200 million on a year earlier.            | $200 million | -",
            "Microsoft's workforce is up 1,200 people compared with 2024.                    | 1,200   | -",
            "Alphabet brought its workforce down to 31,000 after the cuts.                  | 31,000  | headcount",
            "Amazon now has 1,500 fewer employees than in June.                             | 1,500   | -"})
    void upOrDownBeforeAFigureWithItsBase_makesTheSizeOfAChange(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: a loss named before a verb of size ("losses widened to") is a profit below zero too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon's losses widened to $120 million in the quarter.  | $120 million | -120000000",
            "Meta's net loss was £35 million a year earlier.          | £35 million  | -35000000",
            "At Alphabet the operating loss narrowed to €12 million.  | €12 million  | -12000000"})
    void companysLossBeforeAVerbOfSize_isAProfitBelowZero(String sentence, String anchor, String value) {
        Claim claim = Stages.claim(sentence, anchor);
        assertThat(claim.metric()).isEqualTo("profit");
        assertThat(claim.value()).isEqualByComparingTo(value);
    }

    /** Issue 15 class C: "post-money" names a valuation; a "pre-money" one is a measure no record holds. */
    @Test
    void postMoneyNamesAValuation_preMoneyNoMetric() {
        String sentence = "Meta raised $900 million at a pre-money valuation of $6.6 billion, or $7.5 billion post-money.";
        assertThat(Stages.roundsClaim(sentence, "$6.6 billion").metric()).isNull();
        assertThat(Stages.roundsClaim(sentence, "$7.5 billion").metric()).isEqualTo("valuation");
        assertThat(Stages.roundsClaim("Meta is now valued at $1.1 billion post-money.", "$1.1 billion").metric())
                .isEqualTo("valuation");
    }

    @Test
    void companysLoss_withNoUpperBound_fitsNoBandOfProfit() {
        assertThat(Stages.claim("Meta posted a loss of more than $50 million in the quarter.", "$50 million").metric())
                .isNull();
    }

    /** Issue 15 class C: jobs that a cut affected, with the participle after them, are cut. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In August, 850 roles were affected at Amazon.                                 | 850",
            "Meta said no more than 200 further positions would be affected before Christmas. | 200",
            "At Alphabet, about 300 of the roles affected were in Ohio.                    | 300",
            "Microsoft said 1,200 jobs could be impacted by the plan.                      | 1,200"})
    void jobsAffected_areCut(String sentence, String anchor) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo("layoffs");
    }

    /** Issue 15 class C: a company's own "we were N people" and "a team of N" state its workforce; a team of engineers is a part. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "\"Two years ago we were 90 people in a converted warehouse,\" the Amazon founder said. | 90  | headcount",
            "\"Today we are a team of 560,\" said Meta's recruiting chief.                      | 560 | headcount",
            "Alphabet says our team of about 1,450 is the largest it has had.                     | 1,450 | headcount",
            "Microsoft has a team of 40 engineers in Lisbon.                                      | 40  | -"})
    void weArePeopleOrATeamOfAFigure_statesTheWorkforce(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    /** Issue 15 class C: "top line" is revenue, "bottom line" profit, and money a company "brought in" its revenue. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "For 2024 as a whole, Amazon's top line came to £3.1 billion.                     | £3.1 billion | revenue",
            "Meta's bottom line showed a profit of £142 million; its top-line growth stalled.  | £142 million | profit",
            "Microsoft brought in $2.35 billion in 2024 and operates 312 stores.             | $2.35 billion | revenue",
            "Alphabet took in about $58 million last year, mostly from one game.             | $58 million | revenue",
            "The sale of Amazon's pharmacy unit brought in $310 million.                     | $310 million | -"})
    void topLineBottomLineAndMoneyBroughtIn_nameRevenueAndProfit(String sentence, String anchor, String metric) {
        assertThat(measure(sentence, anchor).metric()).isEqualTo(metric);
    }

    @Test
    void broughtIn_byARound_isNoRevenue() {
        assertThat(Stages.roundsClaim("Meta's previous round, led by Sequoia in June, brought in $650 million.",
                "$650 million").metric()).isEqualTo("fundraising");
    }

    @Test
    void worth_withNoSumAfterIt_valuesNothing() {
        assertThat(Stages.roundsClaim("Here are five figures worth a second look. Meta's revenue was $3.1 billion.",
                "$3.1 billion").metric()).isEqualTo("revenue");
        assertThat(Stages.roundsClaim("Amazon's holding in Meta is worth perhaps $1.4 billion at the new price.",
                "$1.4 billion").metric()).isEqualTo("valuation");
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, classes G and H: the relations a figure states, and whether it is a prediction. */
class RelationStageTest {

    private static ClaimDraft.Relating relating(String sentence, String anchor) {
        return Stages.draft(sentence, anchor).relating();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon will lay off another 2,400 staff.          | 2,400",
            "Amazon will lay off 2,400 more next week.         | 2,400",
            "Amazon cut a further 9,000 jobs in March 2023.    | 9,000",
            "Amazon has invested an additional $4B in Anthropic.| $4B",
            "No more than 200 further positions would go at Meta.| 200",
            "Meta will cut 1,000 additional jobs in the spring. | 1,000"})
    void newRound_isRecognised_fromAnotherFurtherAndMore(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.NewRound());
    }

    /** "put $250 million into the round, lifting its total investment to $350 million": a step of that total. */
    @Test
    void newRound_isMoneyPutIn_thatBringsTheTotalOfWhatWasInvestedNamedAfterIt() {
        assertThat(relating("Wayne Enterprises put $250 million into the round, lifting its total investment to $350 "
                + "million.", "$250 million").relation()).isEqualTo(new Relation.NewRound());
        assertThat(relating("Stark Industries invested $40 million in Hooli, bringing its stake to $90 million.",
                "$40 million").relation()).isEqualTo(new Relation.NewRound());
        assertThat(relating("Wayne Enterprises put $250 million into the round, lifting its total investment to $350 "
                + "million.", "$350 million").relation()).as("the total itself").isEqualTo(new Relation.Total());
        assertThat(relating("Hooli raised $250 million, bringing total funding to $310 million.", "$250 million")
                .relation()).as("a round raised is no step of an investment").isEqualTo(Relation.NONE);
        assertThat(relating("Wayne Enterprises put $250 million into Hooli; its total investment now stands at $350 "
                + "million.", "$250 million").relation()).as("no total named after it in its clause")
                .isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 2,400 jobs or more last year.              | 2,400",
            "Amazon cut more than 2,400 jobs last year.            | 2,400"})
    void newRound_isNot_aQualifierWithMore(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The deal brings Kramerica's total funding to $95 million.            | $95 million",
            "The cuts in May took the company's tally to 2,750.                    | 2,750",
            "Bringing its cumulative investment to about $3 billion, Globex paid. | $3 billion",
            "Hooli has raised a total of $480 million from venture investors.      | $480 million",
            "Vandelay has shed 1,350 jobs in total.                                | 1,350",
            "Initech has cut 5,100 roles all told.                                 | 5,100",
            "The cuts, about 3% of its 41,000 staff, bring the year's total to 2,600 after March.     | 2,600",
            "The two tranches, of $40 million and $60 million, take its total funding to $180 million. | $180 million",
            "Wayne Enterprises, with 9,000 workers, said the layoffs push its tally for 2025 to 1,150. | 1,150"})
    void derivedTotal_isRecognised_fromAVerbThatAddsUpAndATotalBeforeTo_aTotalOf_inTotal_pastTheFiguresOfItsSubject(
            String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Total());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cuts bring the number of jobs Meta has cut this year to 21,000.   | 21,000",
            "Amazon has shed 27,000 jobs in all.                                   | 27,000",
            "Amazon has shed 27,000 jobs altogether.                               | 27,000"})
    void derivedTotal_isRecognised_fromTheNumberOf_inAll_altogether(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Total());
    }

    @Test
    void derivedTotal_isNot_inAllBeforeANoun() {
        assertThat(relating("Amazon cut 2,400 jobs in all of its warehouses.", "2,400").relation())
                .isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kramerica's total capital raised reaches $95 million.                  | $95 million",
            "After the spring round, Hooli's total funding stands at $480 million.  | $480 million",
            "Counting the latest cuts, the company's tally rose to 2,750.           | 2,750"})
    void derivedTotal_isRecognised_fromATotalThatReachesItsFigure(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Total());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kramerica has raised $95 million over three rounds.                 | $95 million | 3",
            "Counting both rounds, Meta has cut 21,000 jobs.                     | 21,000      | 2",
            "Across the two rounds, Amazon has let go of 27,000 people.          | 27,000      | 2",
            "Amazon cut 18,000 jobs in January and 9,000 in March, or 27,000 jobs across the two rounds. | 27,000 | 2"})
    void derivedTotal_countsTheRoundsItsWordsName(String sentence, String anchor, int rounds) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Total(rounds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Close enough: Meta's two rounds add up to 21,000.            | 21,000      | 2",
            "Kramerica's three tranches total $95 million.                | $95 million | 3",
            "The company's 4 rounds came to 12,500 jobs.                  | 12,500      | 4",
            "Unions say the two rounds together have taken just shy of 1,800 roles. | 1,800 | 2",
            "Both rounds combined cost Meta about 21,000 jobs.            | 21,000      | 2"})
    void derivedTotal_countsTheRoundsThatAVerbOfSummingMakesItsSubject(String sentence, String anchor, int rounds) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Total(rounds));
    }

    @Test
    void derivedTotal_isClaimedForEveryFigureOfATotalRow_ofTheOrganisationTheCaptionNames() {
        String captioned = String.join("\n", "<table>", "<caption>Amazon layoffs by round</caption>",
                "<tr><th>Round</th><th>Announced</th><th>Jobs cut</th></tr>",
                "<tr><td>1</td><td>Jan. 2023</td><td>18,000</td></tr>",
                "<tr><td>2</td><td>March 2023</td><td>9,000</td></tr>",
                "<tr><td>Total</td><td></td><td>27,000</td></tr>", "</table>");
        Claim total = Stages.claim(captioned, "27,000");
        assertThat(total.relation()).isEqualTo(new Relation.Total());
        assertThat(total.entity()).isEqualTo("Amazon");
        assertThat(Stages.claim(captioned, "9,000").relation()).isEqualTo(Relation.NONE);

        String companies = String.join("\n", "Meta said on Monday it would cut 1,100 jobs.", "",
                "Company | Jobs cut", "Amazon | 9,000", "Meta | 1,100", "Combined | 10,100");
        assertThat(Stages.claim(companies, "10,100").entity())
                .as("the rows of several organisations add up to none of them").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 18,000 jobs in January and 9,000 in March, or 27,000 jobs across the two rounds. | 18,000",
            "Amazon cut 18,000 jobs in January and 9,000 in March, or 27,000 jobs across the two rounds. | 9,000",
            "Meta cut 11,000 jobs in November, the first of two rounds.                         | 11,000"})
    void derivedTotal_roundsCountedElsewhereInTheSentence_makeNoOtherFigureATotal(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void contrastedFigure_statesTheRelationOfTheFigureItIsSetAgainst() {
        assertThat(relating("Counting both rounds, Hooli has raised $310 million, not the \"$400 million\" in some "
                + "profiles.", "$400 million").relation()).isEqualTo(new Relation.Total(2));
        assertThat(relating("Meta cut 8% of its staff, not the 12% one post claimed.", "12%").relation())
                .isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The cuts bring the workforce down to 31,000.                 | 31,000",
            "Globex reported total revenue of $8.4 billion.               | $8.4 billion",
            "The total rose after Hooli cut 400 jobs and moved to 2,900.  | 2,900",
            "Its total of 1,200 rose to 1,500 after the spring.            | 1,500",
            "The cuts of 300, the third round, bring the workforce to 8,700. | 8,700"})
    void derivedTotal_isNot_aLevelOrATotalThatNamesNoAdding(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon laid off 600 workers, a little under 7% of its roughly 8,600 staff. | 7%",
            "Amazon cut 8% of its staff in September.                                  | 8%",
            "The reductions, roughly 4% of the company's 37,400 employees, hit sales.   | 4%",
            "Amazon will cut about 4% of its workforce.                                 | 4%"})
    void share_isRecognised_withItsPartAndItsWhole(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @Test
    void share_elided_afterAShare_isAShareOfTheSameWhole() {
        assertThat(relating("Amazon cut 8% of its staff in September, one post says; its filing puts it closer to 5%.",
                "5%").relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @Test
    void share_elided_needsAFigureWithoutACueOfItsOwn() {
        assertThat(relating("Rivian cut 4,500 jobs, or 4.5% of its staff, and Amazon owns a stake of about 16% in it.",
                "16%").relation()).isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta let 1,100 engineers go in May, roughly 3% of its staff.                     | 3%",
            "Microsoft said its 2,300 eliminations were 1.1% of its staff.                    | 1.1%",
            "The two rounds would take out 4,000 jobs, or more than 2% of the headcount.      | 2%",
            "Alphabet made 900 roles redundant, about 0.5% of its workforce.                  | 0.5%"})
    void share_part_isTheCutTheSentenceNames_whateverTheCountBeforeWasTakenFor(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @Test
    void share_part_isNoCut_whenHiringIsNamedNearerThanTheCut() {
        assertThat(relating("After last year's cuts, Meta hired 2,000 people, about 3% of its staff.", "3%").relation())
                .isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon said the 9,000 job cuts came to \"under 3%\" of its people.        | 3%",
            "Meta's 1,500 cuts were about 2% of the 76,000 team members it had.         | 2%",
            "Acme Foods will eliminate about 1,300 positions, or about 2.5% of its 52,000 associates. | 2.5%",
            "The chain cut 700 store jobs, nearly 4% of its associates.                                 | 4%"})
    void share_whole_isANounForThePeopleOfAnOrganisation_afterAnOwner_evenPastAClosingQuote_associatesToo(
            String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta will cut its global workforce by 5% next year.            | 5%",
            "Alphabet announced a 6% reduction in its staff on Monday.      | 6%",
            "Microsoft detailed a 4% workforce reduction.                   | 4%",
            "Amazon is cutting about 3% of its roles.                       | 3%",
            "Meta will slash 10% of jobs.                                   | 10%"})
    void share_isTheSizeOfACutOfTheWorkforce_byOfOrBeforeItsNoun(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta will cut costs by 5% next year.               | 5%",
            "Meta's headcount fell by 6% last year.             | 6%",
            "Meta won a 6% cut in its tax rate.                 | 6%"})
    void share_isNoCutOfTheWorkforce_whenTheCutIsOfSomethingElseOrALevelFell(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void share_whole_isNoPeopleNounWithoutAnOwner() {
        assertThat(relating("Amazon cut jobs, and about 40% of people surveyed noticed.", "40%").relation())
                .isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A cut of 1,100 from 22,000 is 5%; Meta called it a trim.                           | 5%",
            "Set against the 76,000 on Meta's payroll at the end of 2024, the cut is about 2%. | 2%",
            "Meta's filing put its workforce at 72,000, which would make the same cut about 2.1%. | 2.1%",
            "Its last filing put headcount at 52,000, which puts the cut at about 3.1%.               | 3.1%",
            "Stark Industries had 41,000 employees in June, which places the reduction at roughly 2%. | 2%",
            "With 9,800 on the payroll, analysts put the layoff at close to 6%.                         | 6%"})
    void share_base_isWhatACutIsComesToOrIsPutAt_inASentenceThatNamesALevelOfPeople(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isInstanceOfSatisfying(Relation.Share.class, share -> {
            assertThat(share.part()).isEqualTo("layoffs");
            assertThat(share.whole()).isEqualTo("headcount");
        });
    }

    @Test
    void share_base_isMeasuredOnTheDayTheTextDatesTheBase() {
        assertThat(relating("Meta's filing put its workforce at 72,000 at September 30, which would make the same cut "
                + "about 2.1%.", "2.1%").relation())
                .isEqualTo(new Relation.Share("layoffs", "headcount", LocalDate.parse("2025-09-30")));
        assertThat(relating("A cut of 1,100 from 22,000 is 5%; Meta called it a trim.", "5%").relation())
                .as("an undated base").isEqualTo(new Relation.Share("layoffs", "headcount"));
    }

    @Test
    void share_base_takesNotThePeriodThatDatesTheBase() {
        ClaimDraft draft = Stages.draft("Set against the 76,000 on Meta's payroll at the end of 2024, the cut is about 2%.",
                "2%");
        assertThat(draft.relating().relation())
                .isEqualTo(new Relation.Share("layoffs", "headcount", LocalDate.parse("2024-12-31")));
        assertThat(draft.timing().period()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta's cut is about 2%, the memo says.                              | 2%",
            "After a cut of 1,100 from 22,000 staff, its margin was 5% higher.   | 5%",
            "Wayne Enterprises has 52,000 staff, and analysts put its stake in Hooli at 9%.   | 9%",
            "After cutting 400 jobs, Acme Foods put its margin at 6%.                         | 6%"})
    void share_base_needsALevelOfPeople_andDescribesNothingAfterIt_andACutPutAtIt(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void share_isClaimedForEveryPercentageOfATableColumnWhoseHeaderNamesAWhole() {
        String article = String.join("\n", "The biggest job cuts of the spring", "",
                "| Company | Jobs cut | Share of workforce |", "|---|---|---|", "| Amazon | 9,000 | 0.6% |",
                "| Meta | 1,100 | 1.5% |", "", "Alphabet's list, with a % column:", "",
                "Company | Cut | % of staff", "Microsoft | 2,300 | 1.1%");
        List<Claim> claims = Stages.EXTRACTOR.extract(article, Stages.PUBLISHED);
        assertThat(claims).filteredOn(c -> c.unit() == dev.factcheck.catalog.Unit.PERCENT).hasSize(3)
                .extracting(Claim::relation).containsOnly(new Relation.Share("layoffs", "headcount"));
        assertThat(claims).filteredOn(c -> c.unit() != dev.factcheck.catalog.Unit.PERCENT)
                .extracting(Claim::relation).containsOnly(Relation.NONE);
    }

    @Test
    void share_elided_takesTheEarlierSharesOrganisation_whenNoneIsNamedBetween() {
        Claim claim = Stages.claim("Meta cut 1,100 of its 22,000 staff in May. Amazon cut 9,000 jobs in March. "
                + "A cut of 1,100 from 22,000 is 5%; calling it \"nearly 6%\" is generous.", "6%");
        assertThat(claim.relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(claim.entity()).isEqualTo("Meta");
    }

    @Test
    void share_elided_isNeverAChange() {
        assertThat(relating("Meta cut 8% of its staff and its shares fell 5%.", "5%").relation())
                .isEqualTo(Relation.NONE);
    }

    @Test
    void share_ofTheWholeOrganisation_isNoShareOfThePartAnAsideNames() {
        ClaimDraft draft = Stages.draft("Meta cut 1,100 jobs, mostly in its Reality Labs division, about 1.5% of its "
                + "workforce.", "1.5%");
        assertThat(draft.relating().relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(draft.subject().part()).isNull();
        // "mostly in its Reality Labs division" says where most of the cut fell: the 1,100 are still Meta's.
        assertThat(Stages.draft("Meta cut 1,100 jobs, mostly in its Reality Labs division, about 1.5% of its workforce.",
                "1,100").subject().part()).isNull();
    }

    @Test
    void share_withoutAPeriodOfItsOwn_takesThePeriodOfTheCutItMeasures() {
        Claim claim = Stages.claim("Meta employed 76,000 people at the end of 2024. In March it cut 1,100 jobs, most "
                + "of them at its Menlo Park campus, which is roughly 1.5% of that workforce.", "1.5%");
        assertThat(claim.relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(claim.period().from()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(claim.period().to()).isEqualTo(LocalDate.parse("2025-03-31"));
    }

    /** "had 11,200 staff at the end of 2024, so the latest cuts come to 8.5% of its workforce": 2024 dates the whole. */
    @Test
    void share_takesNotThePeriodThatDatesTheLevelOfItsWhole() {
        Claim claim = Stages.claim("Acme Foods laid off 950 people on June 10. It employed 11,200 people at the end of "
                + "2024, so the latest cuts come to roughly 8.5% of its workforce.", "8.5%");
        assertThat(claim.relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(claim.period()).isNull();
        Claim dated = Stages.claim("Wayne Enterprises cut 600 jobs in August 2024, roughly 5% of its workforce.", "5%");
        assertThat(dated.period().from()).as("the cut's period stays the share's").isEqualTo(LocalDate.parse("2024-08-01"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon shares rose 4% of late.                         | 4%",
            "Amazon owns 16% of Rivian.                             | 16%"})
    void share_needsAWholeAMetricNames(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    @Test
    void extreme_isRecognised_fromASuperlativeWithEverOrHistory() {
        assertThat(relating("Amazon said it would lay off 4,200 employees, its deepest round of job cuts ever.",
                "4,200").relation()).isEqualTo(new Relation.Extreme(true, null));
        assertThat(relating("Amazon's 3,100 job cuts in September are the largest in its history.", "3,100").relation())
                .isEqualTo(new Relation.Extreme(true, null));
    }

    @Test
    void extreme_isClaimedForEveryFigureOfATableColumnWhoseHeaderIsASuperlative() {
        String article = String.join("\n", "Each company's biggest layoff ever", "",
                "| Company | Biggest round | When |", "|---|---|---|", "| Amazon | 18,000 | Jan. 2023 |",
                "| Meta | 11,000 | Nov. 2022 |");
        List<Claim> claims = Stages.EXTRACTOR.extract(article, Stages.PUBLISHED);
        assertThat(claims).extracting(Claim::relation).containsOnly(new Relation.Extreme(true, null));
        assertThat(claims).hasSize(2);
    }

    @Test
    void extreme_since_startsWhereItsPeriodStarts() {
        assertThat(relating("Amazon's October round of 1,500 was its smallest since 2024.", "1,500").relation())
                .isEqualTo(new Relation.Extreme(false, LocalDate.parse("2024-01-01")));
    }

    @Test
    void extreme_sinceAtLeast_startsWhereItsPeriodStarts() {
        assertThat(relating("Amazon cut 9,000 jobs in March, its biggest since at least 2023.", "9,000").relation())
                .isEqualTo(new Relation.Extreme(true, LocalDate.parse("2023-01-01")));
    }

    @Test
    void extreme_ofTheFiguresOwner_mayStandFarAfterIt_pastFiguresThatAreNoClaims() {
        assertThat(relating("Meta will cut about 3,600 jobs worldwide, the social network said on Tuesday in a "
                + "memo to staff, its third reduction in 14 months and its deepest ever.", "3,600").relation())
                .isEqualTo(new Relation.Extreme(true, null));
        assertThat(relating("Meta will cut about 3,600 jobs worldwide, the social network said on Tuesday in a "
                + "memo to staff, and analysts called it the deepest ever.", "3,600").relation())
                .as("a superlative far away that is not the figure owner's").isEqualTo(Relation.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut a record 27,000 jobs over two years.                         | 27,000",
            "In its largest-ever round, Amazon cut 18,000 jobs.                      | 18,000",
            "Meta's biggest layoff on record, 11,000 jobs in November, shook staff.  | 11,000"})
    void extreme_writtenBeforeTheFigure_aRecordOrAnOwnedSuperlativeOfWhatItCounts(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(new Relation.Extreme(true, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its biggest customer ever, Amazon, cut 9,000 jobs.                                   | 9,000",
            "Amazon laid off 600 workers, its biggest cut since 2023, when it dismissed 450.      | 450"})
    void extreme_writtenBeforeTheFigure_mustRankWhatItCounts_andNoEarlierFigure(String sentence, String anchor) {
        assertThat(relating(sentence, anchor).relation()).isEqualTo(Relation.NONE);
    }

    /** "its third round in less than two years and the largest of the three": ranked among the window's rounds. */
    @Test
    void extreme_ofTheRanked_ranksAmongTheRoundsOfTheWindowNamedBeforeIt() {
        Claim third = Stages.claim("Stark Industries will cut 700 jobs, its third round of layoffs in less than two "
                + "years and the largest of the three.", "700");
        assertThat(third.relation()).isEqualTo(new Relation.Extreme(true, LocalDate.parse("2023-10-28")));
        assertThat(third.period()).as("the window dates no figure").isNull();
        assertThat(relating("Wayne Enterprises cut 400 roles, its second cut this year and the smallest of them.",
                "400").relation()).isEqualTo(new Relation.Extreme(false, LocalDate.parse("2025-01-01")));
        assertThat(relating("Acme Foods cut 300 jobs this year, the largest of the three chains.", "300").relation())
                .as("chains are no rounds").isEqualTo(Relation.NONE);
        assertThat(relating("Acme Foods cut 300 jobs, the largest of the three.", "300").relation())
                .as("no window to rank in").isEqualTo(Relation.NONE);
    }

    @Test
    void extreme_since_boundsTheComparison_butDoesNotDateTheFigure() {
        ClaimDraft draft = Stages.draft("Amazon laid off 600 workers, its biggest cut since 2023, when it dismissed 450.",
                "600");
        assertThat(draft.relating().relation()).isEqualTo(new Relation.Extreme(true, LocalDate.parse("2023-01-01")));
        assertThat(draft.timing().period()).isNull();
    }

    @Test
    void multiple_isRecognised_withThePeriodItComparesWith() {
        Relation relation = relating("Amazon's 600 job cuts this month were double the size of its 2023 round.", "600")
                .relation();
        assertThat(relation).isInstanceOfSatisfying(Relation.Multiple.class, m -> {
            assertThat(m.factor()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(m.of().from()).isEqualTo(LocalDate.parse("2023-01-01"));
            assertThat(m.of().to()).isEqualTo(LocalDate.parse("2023-12-31"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon will lay off 2,400 more next week.          | 2,400 | true",
            "Amazon to lay off 1,500 in December, memo shows    | 1,500 | true",
            "Amazon plans to cut 3,000 roles in February.       | 3,000 | true",
            "Amazon is expected to cut 3,000 jobs this month.   | 3,000 | true",
            "Amazon has cut 3,000 jobs this year.               | 3,000 | false",
            "Amazon cut 3,000 jobs in March.                    | 3,000 | false",
            "Amazon will cut 3,000 jobs.                        | 3,000 | false"})
    void prediction_isAFigureAboutAPeriodAfterPublication_inWordsAboutTheFuture(String sentence, String anchor,
                                                                               boolean prediction) {
        assertThat(relating(sentence, anchor).prediction()).isEqualTo(prediction);
    }

    /** A figure in a clause that names an outlook ("forecast", "guidance", "sees") is a prediction when its period runs past publication. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon narrowed its full-year forecast to between $690 billion and $700 billion.     | $690 billion | true",
            "Meta raised its full-year revenue guidance to about $190 billion.                      | $190 billion | true",
            "Alphabet now sees full-year revenue of $380 billion to $390 billion.                   | $380 billion | true",
            "Amazon's outlook calls for fourth-quarter sales of $206 billion.                       | $206 billion | true",
            "Amazon beat its own forecast with third-quarter revenue of $180 billion.               | $180 billion | false"})
    void prediction_whenTheClauseNamesAnOutlook_andThePeriodRunsPastPublication(String sentence, String anchor,
                                                                                boolean prediction) {
        assertThat(relating(sentence, anchor).prediction()).isEqualTo(prediction);
    }

    /** "That is 5% of its staff" after a cut: a sentence that points back with a demonstrative states the share of that cut. */
    @Test
    void share_ofASentencePointingBackAtACut_isTheCutsShareOfTheWorkforce() {
        assertThat(Stages.claim("Meta cut 3,600 jobs in February, from a workforce of 72,000. That is 5% of its staff.", "5%")
                .relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(Stages.claim("Amazon cut 14,000 jobs in October. This represents about 4% of its corporate staff.", "4%")
                .relation()).isInstanceOf(Relation.Share.class);
        assertThat(Stages.claim("Meta employs 72,000 people. That is 5% of its staff in Ireland.", "5%").relation())
                .as("no cut told before").isNotInstanceOf(Relation.Share.class);
    }

    /**
     * "... which puts the cut at about 4.7%. The 5% figure came from a slide. Both are defensible; 6%, which
     * one newsletter used, is not.": a percentage opening its clause restates the share told last before it.
     */
    @Test
    void share_restated_byAPercentageOpeningItsClause_isTheShareToldLastBeforeIt() {
        String article = "Stark Industries cut 1,200 jobs in May. Set against its 41,000 staff, the cut is about 2.9%. ";
        assertThat(Stages.claim(article + "The 3% figure in its memo rounded up.", "3%").relation())
                .isEqualTo(new Relation.Share("layoffs", "headcount", null));
        assertThat(Stages.claim(article + "Both are fair; 4%, which a union leaflet used, is not.", "4%").relation())
                .isInstanceOf(Relation.Share.class);
        assertThat(Stages.claim(article + "That 2.5% number came from analysts.", "2.5%").relation())
                .isInstanceOf(Relation.Share.class);
        assertThat(Stages.claim(article + "Its margin was 5%.", "5%").relation()).as("another subject")
                .isEqualTo(Relation.NONE);
        assertThat(Stages.claim(article + "Shares fell 5%.", "5%").relation()).as("a stock move")
                .isEqualTo(Relation.NONE);
        assertThat(Stages.claim(article + "Wayne Enterprises said 5% was too many.", "5%").relation())
                .as("another organisation named first").isEqualTo(Relation.NONE);
        assertThat(Stages.claim("Stark Industries cut 1,200 jobs in May. 5% is a lot.", "5%").relation())
                .as("no share told before").isEqualTo(Relation.NONE);
    }

    /**
     * "... brings the year's total to 3,900. They amount to about 10% of the workforce it had in December": the
     * period of a relative clause that says when the organisation had its whole dates the whole, and a share
     * pointing back at a cut takes the period of that cut.
     */
    @Test
    void share_pointingBackAtACut_takesItsPeriod_notTheOneThatDatesTheWholeItHad() {
        Claim share = Stages.claim("Stark Industries' October round of 1,500 jobs brings the year's total to 3,900. They "
                + "amount to about 10% of the workforce it had in December.", "10%");
        assertThat(share.relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(share.period()).hasToString("2025-01-01..2025-12-31");
        Claim ofTheStaff = Stages.claim("Acme Foods cut 640 jobs in March, about 4% of the staff it employed at the end "
                + "of 2024.", "4%");
        assertThat(ofTheStaff.period()).as("the cut's March, not 2024").hasToString("2025-03-01..2025-03-31");
        Claim inMarch = Stages.claim("Wayne Enterprises cut 8% of its staff in March.", "8%");
        assertThat(inMarch.period()).as("a period after a whole it names no holding of").hasToString("2025-03-01..2025-03-31");
    }

    /** "They amount to 3% of the workforce" after a cut: a pronoun points back at the cut like a demonstrative. */
    @Test
    void share_ofASentencePointingBackAtACutWithAPronoun_isTheCutsShareOfTheWorkforce() {
        assertThat(Stages.claim("The 780 jobs Stark Industries cut on May 4 were in billing. They amount to 3% of the "
                + "workforce.", "3%").relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(Stages.claim("Acme Foods laid off 450 drivers in June. These represent about 4% of its staff.", "4%")
                .relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(Stages.claim("Wayne Enterprises shed 1,100 roles last year. It was roughly 2% of its people.", "2%")
                .relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(Stages.claim("Acme Foods hired 900 engineers in May. They amount to 2% of its staff.", "2%")
                .relation()).as("a hiring, not a cut").isNotInstanceOf(Relation.Share.class);
        assertThat(Stages.claim("Wayne Enterprises employs 9,000 people. They are 60% of the staff in Gotham.", "60%")
                .relation()).as("no cut told before").isNotInstanceOf(Relation.Share.class);
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distractors of news copy that {@link NonClaims} rules out, one test per rule. Each case gives a
 * text and the values that must come out as claims (none: "-"): the distractor goes, and a real
 * figure beside it, or one the rule must not take, stays.
 */
class NonClaimsTest {

    private static List<String> claimedValues(String text) {
        return Stages.EXTRACTOR.extract(text, Stages.PUBLISHED).stream()
                .map(c -> c.value().stripTrailingZeros().toPlainString()).toList();
    }

    private static void assertClaims(String text, String values) {
        List<String> expected = values.equals("-") ? List.of()
                : List.of(values.split(" ")).stream().map(v -> new BigDecimal(v).toPlainString()).toList();
        assertThat(claimedValues(text)).as(text).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The clip was viewed 48,000 times after Amazon cut 2,000 jobs.  | 2000",
            "Meta's post was shared 3.5 million times.                      | -"})
    void numberOfTimes_isAFrequency_notAClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prices were last checked 14/11, when Microsoft had 228,000 staff. | 228000",
            "The tally was updated 11/14.                                      | -"})
    void dayAndMonthWithASlash_isADate(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft has raised its dividend for 21 consecutive years.   | -",
            "Amazon grew for 11 straight years and employs 1.5 million.    | 1500000"})
    void durationWithAModifierBeforeItsUnit_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The chairwoman, 66, said Microsoft would hire 500 engineers.   | 500",
            "Dana Scully, the founder, is 64 and still runs the lab.        | -",
            "Amazon's store count is 64.                                    | 64"})
    void ageAfterATitle_orStatedOfAPerson_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its offices at 350 East 52nd Street were sold.                 | -",
            "The lab moved to 2500 El Camino Real, Palo Alto.               | -"})
    void addressWithAnOrdinalOrAForeignStreetWord_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft sells consoles in 45 countries and employs 2,100 people in Ireland. | 2100",
            "The tower has 38 floors.                                                      | -",
            "My notebook of corrections has 340 rows.                                      | -",
            "Amazon closed 45 stores in 12 states.                                         | 45",
            "Meta unveiled a 7-point plan and will enter 12 new markets.                   | -",
            "Its coders work across 4 time zones.                                          | -",
            "The group has 14 plants in 9 countries.                                        | -",
            "Amazon runs 22 factories and 15 paper mills in Europe.                         | -",
            "The carrier runs 41 depots across the country.                                | -"})
    void countOfPlacesLanguagesOrParts_isNoClaim_unlessAMetricNamesThem(String text, String claims) {
        assertClaims(text, claims);
    }

    /** Issue 15: quoted wordings that a clause lists and talks about as words are examples, no organisation's figures. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta cut 1,600 jobs. \"Some 2,000\", \"roughly 2,000\" and \"about 2,000\" all allow a little either way. | 1600",
            "Meta cut 1,600 jobs. Hedges: \"up to 2,000\" and \"as many as 2,000\" are ceilings; \"north of 2,000\" or \"more than 2,000\" are floors. | 1600",
            "Meta cut 1,600 jobs; calling it \"nearly 7%\" is generous.                                              | 1600 7",
            "The union said \"more than 7%\" and \"about 1,600 jobs\" were at stake at Meta.                         | 7 1600"})
    void listOfQuotedWordingsTalkedAboutAsWords_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon supplies 18 of the 25 largest grocers in Ohio.          | -",
            "Microsoft dismissed 45 of the 600 engineers on the team.       | 45 600",
            "Amazon laid off the 1,000 highest-paid managers.               | 1000"})
    void rankedGroupAndItsMembers_areNoClaims(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The rumour was repeated in a hundred newsletters.              | -",
            "Meta cut a hundred jobs.                                       | 100"})
    void roundNumberSaidForMany_isNoClaim_unlessItCountsSomething(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I interviewed 12 former Meta engineers last week.              | -",
            "I bought Amazon shares at $181.                                | 181",
            "In Phase I Meta hired 40 engineers.                            | 40",
            "\"I expect we will hire 300 engineers,\" the Microsoft chief said. | 300",
            "The 23 empty Amazon lockers I found were all in one mall.      | -",
            "Amazon employs 1,550,000 people, a figure I trust.             | 1550000",
            "In November I stopped at 27 Meta stores.                       | -"})
    void writersOwnCount_isNoClaim_outsideQuotesAndForBareCountsOnly(String text, String claims) {
        assertClaims(text, claims);
    }

    /** A list item's number right after the tag that opens the item, in the sentence the item before it ends. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p>Amazon cut 1,500 jobs this year.</p> <p><strong>4. Meta.</strong> It employs 890 people.</p> | 1500 890",
            "<p>Amazon cut 1,500 jobs this year.</p> <p>4 more went in May.</p>                               | 1500 4"})
    void listMarkerAfterTheTagOfANewItem_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Analysts say the cloud-software market will grow 11% a year.               | -",
            "The median salary for a data engineer is $142,000, up 6% since 2023.       | -",
            "Alphabet's share of the market rose to 11%.                                | 11",
            "As the market fell Microsoft cut 1,900 jobs.                               | 1900"})
    void marketWideStatisticOrAPersonsPay_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Readers can call 0845 601 2233 after Amazon cut 1,200 jobs.    | 1200",
            "Message the desk on +33 6123 456789 or at 020 7946 0958.       | -"})
    void phoneNumberWithATrunkZeroOrLongGroups_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Updated 14/03/2025, when Meta had 67,000 staff.                | 67000",
            "Figures as of 3/9/25 · 08:15                                   | -"})
    void slashDateWithAYear_isADate(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Listen · 6 min · Amazon cut 900 jobs.                          | 900",
            "Microsoft says the lease covers its next 25 years.             | -",
            "In its first 3 years Meta hired 900 engineers.                 | 900"})
    void spanOfTimeInShortUnitsOrAfterNextOrFirst_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its Canadian office at 1 Place Ville Marie was sold.                   | -",
            "The lab sits at Keizersgracht 455, 1017 DK Amsterdam.                  | -",
            "Amazon rents 500 Boylston Street, Boston, Massachusetts 02116.         | -",
            "Meta employs 2,400 people in Boston, Massachusetts.                    | 2400"})
    void addressWithTheStreetWordFirst_orTheNumberAfterTheStreet_orAZipAfterTheState_isNoClaim(String text,
                                                                                               String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Local 2110 said Amazon would cut 300 jobs.                     | 300",
            "Apply under requisition 4471 or reference 88.                  | -",
            "Comments (14)                                                  | -",
            "Amazon matches 401(k) savings and holds ISO 27001 for its 900 data engineers. | 900"})
    void unionLocalRequisitionOrPageCounter_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'<p><strong>4. Meta.</strong> The company employs 67,000 people.</p>' | 67000",
            "'Amazon cut 2,000 jobs.\n**2. Microsoft** cut 1,900.'                 | 2000 1900"})
    void numberOpeningALineAfterMarkup_isAListNumber(String text, String claims) {
        assertClaims(text.replace("\\n", "\n"), claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A latte at the canteen costs $4.50.                            | -",
            "Diesel averaged $3.89 a gallon near Amazon's depot.            | -",
            "Microsoft will pay a dividend of 83 cents a share.             | 0.83",
            "Meta shares rose 2% to $612.40.                                | 2 612.4",
            "Amazon closed at $226.97 after it cut 800 jobs.                | 226.97 800",
            "Meta paid $600 for the domain.                                 | 600"})
    void smallSumOfMoney_isThePriceOfAThing_unlessASharePrice(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Converted at a rate of 0.86, that is £2.1 billion for Microsoft. | 2100000000",
            "Meta hired at a rate of 300 engineers a month.                   | 300"})
    void valueOfARate_isNoClaim_unlessItCountsPeople(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 2023 poll of 1,500 engineers found 38% would leave Meta.       | -",
            "Amazon said in a survey of suppliers that it would cut 1,200 jobs. | 1200"})
    void sampleOrFindingOfAStudyOpeningTheSentence_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Our tally of reported rounds rose to 64 in the quarter.        | -",
            "By our count, the company has cut 3,900 jobs.                  | 3900"})
    void writersOwnTally_isNoClaim_unlessItCountsPeople(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Logistics companies have shed 6,000 jobs this year.            | -",
            "Both companies cut 3,000 jobs.                                 | 3000",
            "Amazon said suppliers were told 400 jobs would go.             | 400",
            "Meta shares rose 1% while the Nasdaq 100 gained 0.4%.          | 1"})
    void figureOfOrganisationsInGeneralOrOfAStockIndex_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The stops are numbered 1 to 40 on the map.                     | -",
            "Meta cut 1 to 2% of its staff.                                 | 1"})
    void rangeOfItemNumbers_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'\"Fewer than 2,000\" is right only if the true figure is 1,950.'  | -",
            "'What \"6% of staff\" really means'                               | -",
            "'Meta said \"about 7%\" of staff would go.'                       | 7",
            "'Calling it \"nearly 7%\" is generous to Meta.'                   | 7"})
    void exampleFigure_inAConditionOrQuotedAsWords_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon's new depot, 12 miles from Leeds, covers 30 acres and 1.2 million square feet. | -",
            "Temperatures in Meta's data hall reached 40 degrees.                                  | -",
            "Microsoft's app is rated 4.2 out of 5 stars by 900 reviewers.                          | 900",
            "Amazon employs 2,400 people on a 15-acre site.                                        | 2400",
            "Meta's headset has 256 GB of storage, a 90 Hz screen and a 4,000 mAh battery.          | -"})
    void measureOfSpaceOrARating_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta dropped out of the top 20 in the ranking.                 | -",
            "Amazon will cut its top 50 managers.                           | 50"})
    void sizeOfTheTopOfARanking_isNoClaim_unlessItCountsPeople(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Inflation eased to 2.7% in October, and Meta cut 600 jobs.     | 600",
            "The Fed cut interest rates by 0.25 percentage points.          | -",
            "The corporate tax rate is 25%, but Amazon paid 11%.            | 11",
            "The euro traded at $1.16 on Monday.                            | -",
            "Meta expects run-rate savings of $90 million.                  | 90000000"})
    void statisticOfAWholeEconomy_orAnExchangeRate_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Roughly 40% of Britons bought from Amazon last month.          | -",
            "Amazon said 40% of its drivers were contractors.               | 40"})
    void shareOfAPopulationInGeneral_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The mill town of Millbrook, population 6,200, depends on Amazon.        | -",
            "Meta opened an office in a city with a population of about 90,000.      | -",
            "Amazon employs 1,200 people in Millbrook, population 6,200.            | 1200"})
    void populationOfAPlace_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "At Meta, 1 in 5 engineers works remotely.                      | -",
            "Amazon hired 300 in 12 countries.                              | 300"})
    void bothPartsOfARatio_areNoClaims(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Users aged 25 to 34 left Meta first.                           | -",
            "Between the ages of 18 and 24, fewer use Microsoft.            | -"})
    void rangeOfAges_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Traders give a 65% chance that Meta cuts 2,000 jobs.           | 2000",
            "Meta cut 65% of its contractors.                               | 65"})
    void probabilityInPercent_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The iPhone 16 line at the plant uses robots from Amazon, which employs 1.5 million. | 1500000",
            "Meta Launches Horizon 3.0, Cutting Prices for Developers                          | -",
            "Stark Industries runs SkyOS 4.2, and the system runs on macOS 15 as well.          | -",
            "Microsoft shipped WinServe 2.1 to 300 customers in March.                          | 300",
            "Amazon shares rose 4.2% on Friday.                                                 | 4.2"})
    void versionOrModelAfterAProductName_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta's headset shows 4K and 8K video, and Meta employs 67,000 people. | 67000",
            "Microsoft staff ran a 5K race for charity.                           | -",
            "Amazon paid each warehouse worker a $4K bonus.                       | 4000"})
    void resolutionOrRaceWrittenWithK_isNoClaim_unlessItIsMoney(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta will show the headset at booth 1423 in Las Vegas.                | -",
            "Stark Industries ranks 38th on the Fortune 500, so it can afford it.  | -",
            "Amazon sits in the Nasdaq 100 and employs 1.5 million people.         | 1500000"})
    void boothOrIndexNumber_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Pulp fetched about $1,140 a tonne while Amazon cut 500 jobs.          | 500",
            "Gold traded at $4,065 an ounce.                                      | -",
            "Microsoft charges $2,500 a month for the service.                    | -",
            "Amazon earns $2 billion a month from advertising.                    | 2000000000"})
    void pricePerUnit_isAPriceOfAThing_whateverTheSum(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A good welding robot costs $85,000 to $120,000 before integration.  | -",
            "Its Series 9 espresso machine retails at $1,299.                    | -",
            "The flagship model sells for about $2,400 in Europe.                | -",
            "The recall cost Amazon $2 billion.                                  | 2000000000"})
    void sumAfterAVerbOfPricing_isAPriceOfAThing(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft will cut 480 jobs in a county where unemployment rose to 5.8% in July from 4.9% a year earlier. | 480",
            "Pulp prices have climbed 18% since January.                                  | -",
            "Brent crude was down 1.2% at $63.40 a barrel and sterling fetched $1.312.    | -",
            "The S&P 500 was little changed at 6,512.6 by midday.                         | -",
            "Data on Thursday showed UK retail sales fell 0.4% in October.               | -",
            "The plant pays well above the county's median household income of $52,300.  | -",
            "Meta's prices rose 5% in the quarter.                                        | 5"})
    void statisticOfAPlaceAMarketOrATradedThing_isNoClaim_whoeverIsNamedBefore(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The show drew 1,900 exhibitors and 68,000 visitors.                          | -",
            "The final, Amazon 4, Meta 2, was played in front of maybe 300 people.       | -",
            "By my count, at least 40 humanoid prototypes were on show.                   | -",
            "Amazon sent 300 engineers to the show.                                       | 300"})
    void crowdAtAnEvent_orTheWritersOwnCount_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The service promises 99.99% uptime.                    | -",
            "Meta says the new chip is 30% faster.                  | -",
            "Meta cut 5% of its staff.                              | 5"})
    void percentageOfAProductsPerformance_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In a poll I ran last week, 62% of 1,140 respondents said humanoids were overhyped. | -",
            "The state's paper industry employs roughly 21,000 people, down from 26,000 a decade ago. | -",
            "Statisticians expect the occupation to grow 9% by 2034.                          | -",
            "Amazon employs roughly 21,000 people in the state.                               | 21000"})
    void shareOfASurveysSample_orAFigureOfAWholeIndustry_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft's Seahawks deal came as Seattle beat Denver 27-20.         | -",
            "The board backed the plan in a 4-3 vote, and Meta cut 600 jobs.      | 600",
            "Amazon Prime Day 2025 ran for four days, July 8-11.                  | -",
            "Microsoft was founded in 1975 by Bill Gates, then 19, and Paul Allen, 22. | -"})
    void scoreDaySpanOrAgeOfAPersonNamedBefore_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Dow Jones Industrial Average fell 300 points to 44,000.                     | -",
            "Amazon cut 1,200 jobs; the Nasdaq Composite closed at 19,800.5.                 | 1200",
            "The S&P 500 index rose 0.8% while Amazon fell 1.2%.                             | 1.2",
            "Meta shares gained 45% over the year, outperforming the S&P 500's 14% rise.     | 45",
            "In 2023, global smartphone shipments fell 3.2% to 1.17 billion units.           | -",
            "House prices in London fell 2.1% last month while Amazon added 500 jobs there.  | 500",
            "The average price of a new car rose to $48,000 in 2024.                         | -",
            "The Bank of England cut Bank Rate to 4% on Thursday.                            | -",
            "About 30% of US adults own a smart speaker, and Amazon sells 60% of them.       | 60"})
    void indexMoveWorldStatisticOrPriceOfAThingInGeneral_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The 2025 edition of Microsoft's Ignite drew 14,000 attendees.               | -",
            "Amazon ranked 2nd in the survey of 500 brands.                             | -",
            "Analysts at Hartley raised their price target on Meta to $850 from $800.   | -",
            "Hartley keeps a target price of $850 on Meta.                               | -",
            "Amazon unveiled the Kindle Scribe 2 for $399.                              | -",
            "Amazon scored 72 out of 100 in the index.                                  | -",
            "Amazon's warehouse in Fife is the size of 14 football pitches.             | -",
            "Amazon paid $399 for each of the 40 vans.                                   | 399 40"})
    void attendeesSamplePriceTargetLaunchPriceScoreOrSize_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prices include 10.25% Chicago sales tax.                      | -",
            "The White House imposed a 25% tariff on imported robots.      | -",
            "The new release shaves 30% off cycle times.                   | -",
            "Amazon cut 30% off its costs.                                 | 30",
            "Amazon paid 11% tax on its profits.                           | 11"})
    void rateOfATaxOrPercentageOffAThing_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A company that cut 1,000 jobs out of 40,000 has done something very different from one that cut 1,000 out of 4,000. | -",
            "An employer that lays off 10% of its staff usually lays off more later.                                           | -",
            "Meta grew from a start-up that employed 12 people to a company that employs 67,000.                              | 12 67000",
            "Amazon, a company that employs 1.5 million people, cut 14,000 jobs.                                              | 1500000 14000"})
    void figureOfAnOrganisationInGeneral_thatOpensTheSentence_isAnExample(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The study, published in Nature (vol. 612, pp. 44-51), cited Microsoft data.          | -",
            "Microsoft's CEO earned $79.1 million in 2025, a ratio of 250 to 1 with the median employee. | -",
            "The union's members voted 64% in favour of the deal with Amazon.                     | -",
            "The 30-year fixed mortgage averaged 6.3% in October, Freddie Mac said.               | -",
            "Amazon earned $20 billion in the quarter.                                            | 20000000000"})
    void referenceVoteMortgageRateOrAPersonsPay_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Amazon's share of the US e-commerce market is 38%.           | 38",
            "Its share of the cloud-software market grew 5%.              | 5",
            "The warehouse-robot market will grow 14% a year.             | -",
            "Latex imports across the industry rose 12% last year.        | -"})
    void marketAfterOf_isNoSubjectOfAStatistic(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The logistics industry as a whole shed about 38,000 jobs last year.                  | -",
            "The entire sector opened roughly 1,200 new warehouses in 2024.                       | -",
            "Across the industry, carriers hired about 52,000 drivers in the year to June.        | -",
            "The venture market as a whole put $61 billion into Robotics start-ups in 2024.       | -",
            "Across the industry, Stark Industries cut 1,500 jobs.                                | 1500",
            "Analysts expect another 4,000 cuts across the sector by June.                        | 4000"})
    void marketTakenWhole_isNoClaim_unlessAnOrganisationIsNamedBeforeTheFigure(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UK job cuts announced in the first half rose to 42,000, against 31,000 a year earlier. | -",
            "US warehouse openings this year total about 1,900, a broker says.                    | -",
            "US layoffs announced in October reached 55,000, the most for the month since 2020.   | -",
            "The regional bank index was up 1.1% by midday.                                       | -",
            "Wayne Enterprises shares rose 3%, against a 1.2% gain in the S&P 500.                | 3",
            "Its stock has lost 18% this year, compared with a 6% rise for the Nasdaq.            | 18",
            "Stark Industries' US sales fell 4% in the quarter.                                   | 4",
            "Wayne Enterprises reported a 9% rise in revenue.                                     | 9"})
    void countrysAggregateOrMoveOfAnIndex_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A rough guide: the median down round for a late-stage start-up in robotics is between 25% and 40%. | -",
            "The national attrition rate for warehouse pickers was about 38% in 2024.                          | -",
            "The median of Stark Industries' last five rounds was $200 million.                                | 200000000"})
    void medianOpeningItsClause_orANationalRate_isAStatistic(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The disclosure rule applies to employers with at least 250 staff.                    | -",
            "At a retailer with fewer than 50 workers, one resignation is a crisis.                | -",
            "Firms with 500 or more employees must publish their pay gap.                         | -",
            "A typical mid-sized retailer with fewer than 200 stores rents most of them.          | -",
            "Only rounds above $500 million made the list this year.                               | -",
            "Stark Industries missed our $500 million cut-off by a whisker.                       | -",
            "Boards rarely argue over any purchase under $20 million.                             | -",
            "Anything over 15% is a restructuring, not a trim.                                    | -",
            "Stark Industries, a company with more than 37,000 employees, cut 500 jobs.           | 37000 500",
            "Wayne Enterprises has more than 88,000 employees.                                    | 88000"})
    void threshold_isNoClaim_unlessItIsTheSizeOfANamedOrganisation(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The booking app holds a 4.7 rating in both stores.                                   | -",
            "Its night trains ran 93% on time in October.                                         | -",
            "The chain's stores report a 92% customer satisfaction rate.                          | -",
            "Stark Industries boasts a 96% retention rate and employs 4,100 people.               | 4100",
            "Wayne Enterprises posted a 12% growth rate in revenue.                               | 12"})
    void ratingAfterItsFigure_orARateNoRecordHolds_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wayne Enterprises opened its first diner in 1987; a burger there now costs $9.50.     | -",
            "The studio earns most from expansions priced at $19.99.                              | -",
            "Stark Industries sold its homes last year at an average price of £412,000.           | -",
            "The company's average selling price rose to $48,500 in the quarter.                  | -",
            "The expo runs for three days, with passes at $1,450.                                 | -",
            "Every branch will offer its lunch menu for $6.99 on Friday.                          | -",
            "Amazon closed at $226.97 after the news.                                             | 226.97",
            "The IPO was priced at $17.                                                           | 17",
            "Stark Industries agreed to buy the mill at a price of $310 million.                  | 310000000"})
    void priceOfOneThing_isNoClaim_whereverAMarketVerbStandsOutsideItsClause(String text, String claims) {
        assertClaims(text, claims);
    }

    @Test
    void tableRowLabelledWithThePriceOfOneThing_holdsNoClaims() {
        assertClaims("""
                Stark Industries half-year figures

                | | H1 2025 | H1 2024 |
                |---|---|---|
                | Revenue | £2.1 billion | £2.3 billion |
                | Average selling price | £331,000 | £338,000 |""", "2100000000 2300000000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Media enquiries: +61 3 5550 1234.                                                    | -",
            "Press office: +33 1 45 67 89 10, or Stark Industries' 1,200 staff in Lyon.            | 1200"})
    void phoneNumberWithAOneDigitAreaCode_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The depots will close on December 24 and 25.                                         | -",
            "The fair runs on May 9 or 10, Stark Industries said.                                 | -",
            "The summit runs on 14 and 15 November in Berlin.                                     | -",
            "Stark Industries cut 300 jobs on March 3 and 12 engineers a week later.              | 300 12"})
    void secondDayOfAMonthWrittenOnce_isADate(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "By Ana Ruiz · 3 December 2025 · 27 comments                                          | -",
            "Posted 2 hours ago · 48 comments · 1.2K views                                         | -",
            "The clip has 1,204 views and Stark Industries employs 900 people.                    | 900"})
    void countOfAPagesFurnitureAfterItsFigure_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2024 our database logged 2,310 rounds, the most since 2019.                       | -",
            "Our tracker logged 3,900 job cuts at Stark Industries this year.                     | 3900",
            "The county hospital has 420 beds and Stark Industries employs 900 people.            | 900"})
    void writersTrackerCount_orBedsOfAHospital_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wayne Enterprises let 300 go in May, which brings its 2025 layoffs to 1,100.          | 300 1100",
            "Stark Industries' 2024 cuts fell mostly on sales.                                    | -",
            "Wayne Enterprises has 2000 staff.                                                    | 2000"})
    void yearBetweenAnOwnerAndItsCuts_isAYear(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'\"Shed 300 jobs, taking the payroll to roughly 4,700\" hands you a flow and a level at once; it is the 4,700 you compare with the filing, not the 300.' | -",
            "'\"Raised $80 million at a $1 billion valuation\" tells a reader two different things.'                 | -",
            "'\"We will cut 300 jobs\" says the memo from Stark Industries.'                                      | 300",
            "'\"We will cut 300 jobs\" remains the plan at Stark Industries.'                                    | 300",
            "'\"We will cut 300 jobs,\" Tony Stark said.'                                                          | 300"})
    void quotationThatIsTheSubjectOfItsSentence_andItsRestatement_areExamples(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A cut of a fifth at an 8,000-employee firm is 1,600 people, but only if the 8,000 is up to date.   | -",
            "'\"Last quarter''s 900\" and \"this year''s cuts\" are different kinds of figure.'                   | -",
            "Wayne Enterprises, a 37,000-person company, cut 500 jobs.                                      | 37000 500"})
    void sizedCompanyInGeneral_aFigureAConditionSupposes_orQuotedWithAnApostrophe_isAnExample(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Funding is not worth. $250 million raised does not mean a start-up is worth $250 million.        | -",
            "The cut was about 4% of the staff it had in January, not 4% of the smaller figure after it.     | 4",
            "Stark Industries cut 5% of the number of staff it had in 2024.                                   | 5"})
    void figureSaidNotToMeanSomething_orAShareOfAFigure_isAnExample(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Water bills, for their part, are capped by the regulator at 3% a year until 2028.                | -",
            "Under the new code, card fees are capped at 0.3% of each payment.                              | -",
            "At Stark Industries the cuts were capped at 500 roles.                                          | 500",
            "Stark Industries capped its capital spending at $2 billion.                                     | 2000000000"})
    void capSetInThePassiveWithNoOrganisationBeforeIt_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Revenue of $6.1 billion beat the $5.9 billion consensus compiled by a data firm.               | 6100000000",
            "Stark Industries booked $3.2 billion, short of the $3.4 billion analysts had expected.          | 3200000000",
            "The consensus estimate of $1.2 billion looked stale by Friday.                                  | -",
            "Wayne Enterprises narrowed its forecast to $10.3 billion.                                       | 10300000000"})
    void analystsConsensus_isNoClaim_butACompanysOwnForecastIs(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'\"The market for office furniture in Europe has been shrinking by about 4% a year,\" she said.' | -",
            "Its market in Europe has grown 5% this year.                                                    | 5",
            "A rival is dangling $2 million retention packages in front of its top traders.                   | -",
            "Stark Industries paid $40 million in retention bonuses last year.                               | 40000000",
            "Stark Industries paid $40 million in bonuses last year.                                         | 40000000",
            "Seats cost $49 a month for teams of 10 or more.                                                  | -",
            "Stark Industries announced layoffs of 500 or more.                                              | 500"})
    void marketToldByWhatItSells_payOfOnePerson_orASizeOfGroupsInGeneral_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A lender of 12,000 that lets 600 people go has cut about 5% of its staff.                     | -",
            "Take a chain with 400 stores that shuts 40 of them: it has shrunk by a tenth.                  | -",
            "Suppose a start-up raises $30 million at a $300 million valuation.                            | -",
            "If a carrier employs 8,000 pilots and hires 400, its pilot ranks have grown 5%.               | -",
            "For instance, a round of $15 million at a $60 million valuation hands over a quarter.          | -",
            "In a business of 2,000 people, a 10% cut means 200 jobs.                                     | -",
            "Wayne Enterprises, a company of 9,500, cut 500 roles.                                        | 9500 500",
            "It is a company of 9,500 that cut 500 roles this spring.                                     | 9500 500",
            "A Texas company said on Monday it would cut 500 jobs.                                        | 500"})
    void caseOfACompanyInGeneral_orASupposedOne_isAnExample(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Venture funding for robotics start-ups reached $7.5 billion in 2024.                          | -",
            "Investment in EV makers fell 30% to $18 billion last year.                                    | -",
            "The venture market as a whole put $97 billion into AI start-ups.                               | -",
            "Stark Industries has invested $300 million in AI start-ups.                                   | 300000000",
            "Venture capital for Wayne Enterprises reached $1 billion.                                     | 1000000000",
            "The Bank of England held rates at 4% on Thursday.                                             | -"})
    void fundingOfOrganisationsInGeneral_orACentralBanksRate_isNoClaim(String text, String claims) {
        assertClaims(text, claims);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'When a headline says a round was \"the biggest since 2021\" or \"worth $2 billion\", ask who set the price.' | -",
            "'If a report calls a cut \"about 8% of staff\", find the headcount it used.'                             | -",
            "'A report by Stark Industries called the cut \"about 8% of staff\".'                                    | 8"})
    void quotedWordingOfAnyStoryInACondition_isAnExample(String text, String claims) {
        assertClaims(text, claims);
    }
}

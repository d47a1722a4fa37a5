package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One named test per rule of the claim-extraction issue. Published 2025-10-28, a Tuesday, unless stated. */
class ClaimExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-10-28");
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(TestCatalog.CATALOG, ExtractionSettings.DEFAULTS);

    private static List<Claim> all(String text) {
        return EXTRACTOR.extract(text, PUBLISHED);
    }

    private static Claim one(String text) {
        List<Claim> claims = all(text);
        assertThat(claims).as("claims in: " + text).hasSize(1);
        return claims.getFirst();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    // ---- The issue's key examples --------------------------------------------------------------

    @Test
    void keyExample_approximately14000LayoffsAtAmazon() {
        Claim c = one("Amazon is laying off approximately 14,000 corporate employees.");
        assertThat(c.value()).isEqualByComparingTo("14000");
        assertThat(c.unit()).isEqualTo(Unit.PEOPLE);
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(c.bounds()).isEqualTo(new Bounds(n("12600"), n("15400")));
        assertThat(c.entity()).isEqualTo("Amazon");
        assertThat(c.metric()).isEqualTo("layoffs");
        assertThat(c.period()).isNull();
        assertThat(c.periodSource()).isEqualTo(PeriodSource.NONE);
    }

    @Test
    void keyExample_27000JobCutsIn2022To2023_yearsAreNotClaims() {
        List<Claim> claims = all("Amazon is laying off staff again, after 27,000 job cuts in 2022–2023.");
        assertThat(claims).hasSize(1);
        Claim c = claims.getFirst();
        assertThat(c.value()).isEqualByComparingTo("27000");
        assertThat(c.bounds()).isEqualTo(new Bounds(n("26500"), n("27500")));
        assertThat(c.entity()).isEqualTo("Amazon");
        assertThat(c.metric()).isEqualTo("layoffs");
        assertThat(c.period()).isEqualTo(period("2022-01-01", "2023-12-31"));
        assertThat(c.periodSource()).isEqualTo(PeriodSource.EXPLICIT);
        assertThat(c.text()).isEqualTo("27,000 job cuts in 2022–2023");
    }

    @Test
    void keyExample_invested4BInAnthropic() {
        Claim c = one("Amazon has invested $4B in Anthropic.");
        assertThat(c.value()).isEqualByComparingTo("4000000000");
        assertThat(c.unit()).isEqualTo(Unit.USD);
        assertThat(c.bounds()).isEqualTo(new Bounds(n("3500000000"), n("4500000000")));
        assertThat(c.metric()).isEqualTo("investment");
        assertThat(c.object()).isEqualTo("Anthropic");
        assertThat(c.entity()).isEqualTo("Amazon");
    }

    @Test
    void keyExample_12000RolesInMarch2023() {
        Claim c = one("Amazon eliminated 12,000 roles in March 2023.");
        assertThat(c.metric()).isEqualTo("layoffs");
        assertThat(c.period()).isEqualTo(period("2023-03-01", "2023-03-31"));
    }

    @Test
    void keyExample_teslaLastYear_unknownEntityAndRelativePeriod() {
        List<Claim> claims = all("Amazon cut 9,000 jobs in March 2023. Tesla cut 14,000 jobs last year.");
        Claim c = claims.get(1);
        assertThat(c.entity()).isNull();
        assertThat(c.metric()).isEqualTo("layoffs");
        assertThat(c.period()).isEqualTo(period("2024-01-01", "2024-12-31"));
        assertThat(c.periodSource()).isEqualTo(PeriodSource.RELATIVE);
    }

    // ---- Numbers -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme hired 14,000 people.            | 14000",
            "Acme hired 14000 people.             | 14000",
            "Acme hired 14 000 people.            | 14000",
            "Acme hired 14\u2009000 people.       | 14000",
            "Acme hired 14\u202f000 people.       | 14000",
            "Acme hired 1,234,567 people.         | 1234567",
            "Acme hired 1.5 million people.       | 1500000",
            "Acme shares rose 2.75 percent.       | 2.75",
    })
    void numbers_parseDigitsSeparatorsDecimalsAndSpaceGroups(String text, String value) {
        assertThat(one(text).value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme has 4 thousand staff.  | 4000",
            "Acme raised 2 million.      | 2000000",
            "Acme raised 3 billion.      | 3000000000",
            "Acme raised 1 trillion.     | 1000000000000",
            "Acme raised 5k.             | 5000",
            "Acme raised 5K.             | 5000",
            "Acme raised 3m.             | 3000000",
            "Acme raised 3M.             | 3000000",
            "Acme raised 3mn.            | 3000000",
            "Acme raised 4bn.            | 4000000000",
            "Acme raised 4 bn.           | 4000000000",
            "Acme raised 4B.             | 4000000000",
    })
    void numbers_applyScaleWordsAndSuffixes(String text, String value) {
        assertThat(one(text).value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme raised $4B.                | USD | 4000000000",
            "Acme raised US$4B.              | USD | 4000000000",
            "Acme raised USD 4 billion.      | USD | 4000000000",
            "Acme raised 4 billion dollars.  | USD | 4000000000",
            "Acme raised €4 billion.         | EUR | 4000000000",
            "Acme raised EUR 4 billion.      | EUR | 4000000000",
            "Acme raised 4 billion euros.    | EUR | 4000000000",
            "Acme raised £4bn.               | GBP | 4000000000",
            "Acme raised GBP 4 billion.      | GBP | 4000000000",
    })
    void numbers_readCurrencySymbolsCodesAndWords(String text, Unit unit, String value) {
        Claim c = one(text);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.value()).isEqualByComparingTo(value);
    }

    @Test
    void numbers_readCentsAsDollars() {
        Claim c = one("Acme pays a dividend of 20 cents a share.");
        assertThat(c.unit()).isEqualTo(Unit.USD);
        assertThat(c.value()).isEqualByComparingTo("0.20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme cut 4% of staff.", "Acme cut 4 percent of staff.", "Acme cut 4 per cent of staff."})
    void numbers_readPercentForms(String text) {
        Claim c = one(text);
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
        assertThat(c.value()).isEqualByComparingTo("4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme cut fourteen thousand jobs.        | 14000",
            "Acme raised two million dollars.        | 2000000",
            "Acme cut twenty-five thousand jobs.     | 25000",
            "Acme cut three hundred jobs.            | 300",
            "Acme cut a dozen jobs.                  | 12",
            "Acme cut twelve jobs.                   | 12",
    })
    void numbers_readSpelledOutNumbers(String text, String value) {
        assertThat(one(text).value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme will cut 9,000–10,000 jobs.              | 9000       | 8500       | 10500",
            "Acme will cut 9,000-10,000 jobs.              | 9000       | 8500       | 10500",
            "Acme will cut 9,000 to 10,000 jobs.           | 9000       | 8500       | 10500",
            "Acme will cut between 9,000 and 10,000 jobs.  | 9000       | 8500       | 10500",
            "Acme expects $9-10 billion in sales.          | 9000000000 | 8500000000 | 10500000000",
    })
    void numbers_readRangesAsOneClaimWithBothEnds(String text, String low, String boundLow, String boundHigh) {
        Claim c = one(text);
        assertThat(c.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(c.value()).isEqualByComparingTo(low);
        assertThat(c.bounds()).isEqualTo(new Bounds(n(boundLow), n(boundHigh)));
        assertThat(c.type()).isEqualTo(ClaimType.INTERVAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Amazon changed its plans in 2023.",
            "Amazon announced the plan on October 28.",
            "The memo is dated 28 Oct 2025.",
            "The memo is dated 2025-10-28.",
            "The call starts at 9:30.",
            "The call starts at 10 a.m. and ends at 3pm.",
            "It was the 2nd round, not the 3rd or the 21st.",
            "Call 206-555-0143 or (425) 555-0100 or +44 20 7946 0958.",
            "See https://example.com/2025/14000-jobs for details.",
            "Write to jobs2025@example.com today.",
            "The A320 and the COVID-19 era changed travel.",
            "Results for Q3 were flat.",
            "Amazon is based at 410 Terry Avenue North.",
            "Section 4.2 of the contract applies.",
            "See item 7 and page 12.",
            "1. Introduction",
            "The filing on Form 10-K came late.",
            "Microsoft 365 and Windows 11 sold well.",
            "Version 2.1.3 shipped on Friday.",
            "Affected staff will get 90 days to find another role.",
            "Workers receive a 30-day notice and 16 weeks of pay.",
    })
    void nonClaims_yieldNoClaim(String text) {
        assertThat(all(text)).as(text).isEmpty();
    }

    @Test
    void duration_isNotAClaim_butTheFiguresAroundItAre() {
        List<Claim> claims = all("Amazon is cutting 14,000 jobs and gives staff 90 days to move.");

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.value()).isEqualByComparingTo("14000"));
    }

    // ---- Precision and qualifiers → bounds -----------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme cut 14,000 jobs.           | 13500      | 14500",
            "Acme cut 14,500 jobs.           | 14450      | 14550",
            "Acme raised $4B.                | 3500000000 | 4500000000",
            "Acme raised $4.5 billion.       | 4450000000 | 4550000000",
            "Acme cut 10% of staff.          | 9.5        | 10.5",
            "Acme cut 1.55 million jobs.     | 1545000    | 1555000",
    })
    void bounds_areHalfAUnitOfTheLastDigit_whenNoQualifier(String text, String low, String high) {
        Claim c = one(text);
        assertThat(c.qualifier()).isNull();
        assertThat(c.bounds()).isEqualTo(new Bounds(n(low), n(high)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme cut about 14,000 jobs.          | APPROXIMATELY | 12600 | 15400",
            "Acme cut approximately 14,000 jobs.  | APPROXIMATELY | 12600 | 15400",
            "Acme cut around 14,000 jobs.         | APPROXIMATELY | 12600 | 15400",
            "Acme cut roughly 14,000 jobs.        | APPROXIMATELY | 12600 | 15400",
            "Acme cut some 14,000 jobs.           | APPROXIMATELY | 12600 | 15400",
            "Acme cut an estimated 14,000 jobs.   | APPROXIMATELY | 12600 | 15400",
            "Acme cut ~14,000 jobs.               | APPROXIMATELY | 12600 | 15400",
            "Acme cut about 10,000 jobs.          | APPROXIMATELY | 5000  | 15000",
            "Acme cut more than 14,000 jobs.      | MORE_THAN     | 14000 |",
            "Acme cut over 14,000 jobs.           | MORE_THAN     | 14000 |",
            "Acme cut above 14,000 jobs.          | MORE_THAN     | 14000 |",
            "Acme cut upwards of 14,000 jobs.     | MORE_THAN     | 14000 |",
            "Acme cut in excess of 14,000 jobs.   | MORE_THAN     | 14000 |",
            "Acme cut at least 14,000 jobs.       | MORE_THAN     | 14000 |",
            "Acme cut just over 14,000 jobs.      | JUST_OVER     | 14000 | 15400",
            "Acme cut fewer than 14,000 jobs.     | AT_MOST       | 0     | 14000",
            "Acme cut less than 14,000 jobs.      | AT_MOST       | 0     | 14000",
            "Acme cut under 14,000 jobs.          | AT_MOST       | 0     | 14000",
            "Acme cut below 14,000 jobs.          | AT_MOST       | 0     | 14000",
            "Acme cut up to 14,000 jobs.          | AT_MOST       | 0     | 14000",
            "Acme cut as many as 14,000 jobs.     | AT_MOST       | 0     | 14000",
            "Acme cut at most 14,000 jobs.        | AT_MOST       | 0     | 14000",
            "Acme cut nearly 14,000 jobs.         | NEARLY        | 12600 | 14000",
            "Acme cut almost 14,000 jobs.         | NEARLY        | 12600 | 14000",
            "Acme cut close to 14,000 jobs.       | NEARLY        | 12600 | 14000",
            "Acme cut just under 14,000 jobs.     | NEARLY        | 12600 | 14000",
            "Acme cut shy of 14,000 jobs.         | NEARLY        | 12600 | 14000",
            "Acme cut 14,000 or more jobs.        | MORE_THAN     | 14000 |",
    })
    void bounds_followTheQualifierTable(String text, Qualifier qualifier, String low, String high) {
        Claim c = one(text);
        assertThat(c.qualifier()).isEqualTo(qualifier);
        assertThat(c.bounds()).isEqualTo(new Bounds(n(low), high == null ? null : n(high)));
    }

    @Test
    void bounds_useTheConfiguredHedgeFraction() {
        ClaimExtractor wide = new ClaimExtractor(TestCatalog.CATALOG, ExtractionSettings.DEFAULTS.withHedgeFraction(n("0.20")));
        Claim c = wide.extract("Acme cut about 14,000 jobs.", PUBLISHED).getFirst();
        assertThat(c.bounds()).isEqualTo(new Bounds(n("11200"), n("16800")));
    }

    @Test
    void qualifierWords_areConfigurable() {
        ClaimExtractor custom = new ClaimExtractor(TestCatalog.CATALOG, ExtractionSettings.DEFAULTS.withQualifierWords(
                Map.of(Qualifier.APPROXIMATELY, List.of("circa"), Qualifier.MORE_THAN, List.of("north of"))));
        assertThat(custom.extract("Acme cut circa 14,000 jobs.", PUBLISHED).getFirst().qualifier())
                .isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(custom.extract("Acme cut north of 14,000 jobs.", PUBLISHED).getFirst().qualifier())
                .isEqualTo(Qualifier.MORE_THAN);
        assertThat(custom.extract("Acme cut about 14,000 jobs.", PUBLISHED).getFirst().qualifier()).isNull();
    }

    @Test
    void settings_defaultsHoldTheIssueValues() {
        assertThat(ExtractionSettings.DEFAULTS.hedgeFraction()).isEqualByComparingTo("0.10");
        assertThat(ExtractionSettings.DEFAULTS.qualifierWords().get(Qualifier.NEARLY))
                .contains("nearly", "almost", "close to", "just under", "shy of");
    }

    // ---- Entity and object ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Google's parent company Alphabet cut 12,000 jobs.   | Alphabet",
            "Facebook owner Meta cut 11,000 jobs.                | Meta",
            "Google cut 12,000 jobs.                             | Alphabet",
            "Meta Platforms cut 11,000 jobs.                     | Meta",
            "Alphabet Inc. cut 12,000 jobs.                      | Alphabet",
            "Amazon.com cut 14,000 jobs.                         | Amazon",
            "Amazon Web Services cut 500 jobs.                   | Amazon",
    })
    void entity_resolvesNamesAndAliasesToTheCatalogEntity(String text, String entity) {
        assertThat(one(text).entity()).isEqualTo(entity);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Amazon reported results. The company cut 14,000 jobs.",
            "Amazon reported results. The retailer cut 14,000 jobs.",
            "Amazon reported results. The firm cut 14,000 jobs.",
            "Amazon reported results. It cut 14,000 jobs.",
            "Amazon reported results. About 4% of its staff, 14,000 people, will go.",
            "Amazon reported results. The Seattle-based company cut 14,000 jobs.",
    })
    void entity_resolvesCoreferenceToTheMostRecentEntity(String text) {
        assertThat(all(text)).allSatisfy(c -> assertThat(c.entity()).isEqualTo("Amazon"));
    }

    @Test
    void entity_isTheSubjectOfEachClause_whenASentenceNamesTwo() {
        List<Claim> claims = all("Microsoft cut 10,000 jobs, while Alphabet cut 12,000.");
        assertThat(claims).extracting(Claim::entity).containsExactly("Microsoft", "Alphabet");
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs", "layoffs");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Amazon cut 14,000 jobs. Tesla cut 14,000 jobs last year.",
            "Amazon cut 14,000 jobs. Apple, which employs 164,000 people, cut 600 roles.",
            "Amazon cut 14,000 jobs. Salesforce said it would cut 4,000 roles.",
            "Amazon cut 14,000 jobs. Tesla reported results. The company cut 14,000 jobs.",
            "Amazon cut 14,000 jobs. Tesla reported results. It cut 14,000 jobs.",
    })
    void entity_isNullForAnUnknownOrganisation_neverTheLastKnownEntity(String text) {
        List<Claim> claims = all(text);
        assertThat(claims.getFirst().entity()).isEqualTo("Amazon");
        assertThat(claims.subList(1, claims.size())).isNotEmpty().allSatisfy(c -> assertThat(c.entity()).isNull());
    }

    @Test
    void entity_ofAFigureAfterAPossessive_isThePossessor() {
        List<Claim> claims = all("Amazon's 1.5m-strong workforce is second only to Walmart's 2.1m.");
        assertThat(claims).extracting(Claim::entity).containsExactly("Amazon", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Amazon cut jobs. BT Group plans to shed up to 55,000 jobs.",
            "Amazon cut jobs. Acme Holdings will cut 500 jobs.",
    })
    void entity_isNullForAnUnknownOrganisationWithACorporateSuffix(String text) {
        assertThat(one(text).entity()).isNull();
    }

    @Test
    void entity_absorbsCorporateSuffixes() {
        assertThat(one("Amazon.com Inc's AWS unit employs about 130,000 people.").entity()).isEqualTo("Amazon");
        assertThat(one("Microsoft Corp. had 228,000 staff.").entity()).isEqualTo("Microsoft");
    }

    @Test
    void entity_ignoresAPersonIntroducedWithATitleAfterAComma() {
        Claim c = all("Amazon is cutting jobs. \"We are reducing our workforce by 14,000 roles,\" Beth Galetti, a senior vice president, wrote.").getFirst();
        assertThat(c.entity()).isEqualTo("Amazon");
        assertThat(c.metric()).isEqualTo("layoffs");
    }

    @Test
    void entity_ignoresPeopleNamedWithATitle() {
        Claim c = one("Amazon chief executive Andy Jassy said the company would cut 14,000 roles.");
        assertThat(c.entity()).isEqualTo("Amazon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon has invested $4B in Anthropic.                 | Anthropic",
            "Microsoft put $13 billion into OpenAI.                | OpenAI",
            "Alphabet took a $2 billion stake in Anthropic.        | Anthropic",
            "Microsoft invested $240 million in Facebook in 2007.  | Meta",
            "Amazon raised its revenue to $180 billion.            | ",
    })
    void object_isTheCounterpartyOfAnInvestment(String text, String object) {
        assertThat(one(text).object()).isEqualTo(object);
    }

    @Test
    void object_ofACoreference_isTheLatestCounterparty() {
        List<Claim> claims = all("Alphabet has invested about $3 billion in Anthropic, while Amazon has put $8 billion into the start-up.");
        assertThat(claims).extracting(Claim::object).containsExactly("Anthropic", "Anthropic");
        assertThat(claims).extracting(Claim::entity).containsExactly("Alphabet", "Amazon");
    }

    // ---- Metrics -------------------------------------------------------------------------------

    @Test
    void metric_isTheCueNearestToTheFigureWithinItsClause() {
        List<Claim> claims = all("Microsoft is laying off 1,900 people in its gaming division, which employs 22,000.");
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs", "headcount");
        assertThat(claims).extracting(Claim::entity).containsExactly("Microsoft", "Microsoft");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon laid off 9,000 people.                  | layoffs",
            "Amazon announced 9,000 job cuts.               | layoffs",
            "Amazon will eliminate 9,000 positions.         | layoffs",
            "Amazon let go 9,000 workers.                   | layoffs",
            "Amazon announced 9,000 redundancies.           | layoffs",
            "Amazon employs 1.5 million people.             | headcount",
            "Amazon has 350,000 corporate employees.        | headcount",
            "Amazon has a workforce of 1.5 million.         | headcount",
            "Amazon invested $8 billion in Anthropic.       | investment",
            "Amazon reported revenue of $180 billion.       | revenue",
            "Amazon reported net sales of $180 billion.     | revenue",
            "Amazon reported net income of $21 billion.     | profit",
            "Amazon reported a profit of $21 billion.       | profit",
    })
    void metric_isFoundByTheCuesOfEachBuiltInMetric(String text, String metric) {
        assertThat(one(text).metric()).isEqualTo(metric);
    }

    @Test
    void metric_employeesMeanHeadcountOnlyWithoutALayoffCue() {
        assertThat(one("Amazon is laying off 14,000 corporate employees.").metric()).isEqualTo("layoffs");
        assertThat(one("Amazon has 350,000 corporate employees.").metric()).isEqualTo("headcount");
    }

    @Test
    void metric_ofAStockOfPeople_isHeadcount_evenBesideALayoffCue() {
        List<Claim> claims = all("The cuts equal roughly 4% of Amazon's 350,000 corporate employees.");
        assertThat(claims.get(1).metric()).isEqualTo("headcount");
        assertThat(all("Klarna reduced its staff from 5,000 to 3,800.")).extracting(Claim::metric)
                .containsExactly("headcount", "headcount");
    }

    @Test
    void metric_ofAnAsideInParentheses_staysInTheAside() {
        List<Claim> claims = all("Amazon will cut 14,000 jobs (the company has about 1.55 million workers in total).");
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs", "headcount");
    }

    @Test
    void metric_ignoresCuesOfAnotherDimension() {
        Claim c = one("Amazon cut its revenue forecast to $180 billion.");
        assertThat(c.metric()).isEqualTo("revenue");
    }

    /** Issue 15, class H: a share names its part and its whole, the records it is checked against. */
    @Test
    void percentOfAWhole_isAShareOfThePartOverTheWhole() {
        Claim c = one("Amazon will cut about 4% of its workforce.");
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
        assertThat(c.value()).isEqualByComparingTo("4");
        assertThat(c.metric()).isEqualTo("layoffs/headcount");
        assertThat(c.relation()).isEqualTo(new Relation.Share("layoffs", "headcount"));
        assertThat(c.entity()).isEqualTo("Amazon");
    }

    @Test
    void percentWithoutAWhole_isNoShare() {
        Claim c = all("Amazon's revenue rose 13% to $180.2 billion.").getFirst();
        assertThat(c.relation()).isEqualTo(Relation.NONE);
        assertThat(c.metric()).isNull();
    }

    @Test
    void metric_comesFromUploadedMetricsToo() {
        Catalog catalog = Catalog.of(TestCatalog.CATALOG.entities(),
                List.of(new Metric("stores", Dimension.COUNT, Aggregation.LATEST, List.of("stores", "shops"))));
        Claim c = new ClaimExtractor(catalog, ExtractionSettings.DEFAULTS)
                .extract("Amazon operates 530 stores.", PUBLISHED).getFirst();
        assertThat(c.metric()).isEqualTo("stores");
        assertThat(c.unit()).isEqualTo(Unit.COUNT);
    }

    // ---- Periods -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 9,000 jobs in March 2023.                 | 2023-03-01 | 2023-03-31",
            "On January 4, 2023, Amazon cut 18,000 jobs.          | 2023-01-04 | 2023-01-04",
            "Amazon cut 18,000 jobs on 4 January 2023.            | 2023-01-04 | 2023-01-04",
            "Amazon cut 18,000 jobs on 2023-01-04.                | 2023-01-04 | 2023-01-04",
            "Amazon cut 500 jobs in January.                      | 2025-01-01 | 2025-01-31",
            "Amazon cut 500 jobs in November.                     | 2024-11-01 | 2024-11-30",
            "Amazon cut 27,000 jobs in 2023.                      | 2023-01-01 | 2023-12-31",
            "Amazon cut 27,000 jobs in 2022–2023.                 | 2022-01-01 | 2023-12-31",
            "Amazon cut 27,000 jobs in 2022 and 2023.             | 2022-01-01 | 2023-12-31",
            "Amazon cut 27,000 jobs across 2022-2023.             | 2022-01-01 | 2023-12-31",
            "Amazon cut 27,000 jobs in 2022-23.                   | 2022-01-01 | 2023-12-31",
            "Amazon booked $33 billion of sales in Q3 2025.       | 2025-07-01 | 2025-09-30",
            "Amazon booked $33 billion of sales in the third quarter. | 2025-07-01 | 2025-09-30",
            "Amazon booked $33 billion of sales in the first quarter of 2024. | 2024-01-01 | 2024-03-31",
            "Amazon has cut 30,000 jobs since October 2025.       | 2025-10-01 | 2025-10-28",
            "Amazon has cut 30,000 jobs since March.              | 2025-03-01 | 2025-10-28",
            "Amazon has cut 30,000 jobs since 2022.               | 2022-01-01 | 2025-10-28",
            "Amazon cut 21,000 jobs between October 2022 and March 2023. | 2022-10-01 | 2023-03-31",
    })
    void period_resolvesExplicitExpressions(String text, String from, String to) {
        Claim c = one(text);
        assertThat(c.period()).isEqualTo(period(from, to));
        assertThat(c.periodSource()).isEqualTo(PeriodSource.EXPLICIT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 500 jobs this week.          | 2025-10-27 | 2025-11-02",
            "Amazon cut 500 jobs last week.          | 2025-10-20 | 2025-10-26",
            "Amazon cut 500 jobs this month.         | 2025-10-01 | 2025-10-31",
            "Amazon cut 500 jobs last month.         | 2025-09-01 | 2025-09-30",
            "Amazon cut 500 jobs this year.          | 2025-01-01 | 2025-12-31",
            "Amazon cut 500 jobs last year.          | 2024-01-01 | 2024-12-31",
            "Amazon cut 500 jobs earlier this year.  | 2025-01-01 | 2025-10-28",
            "Amazon cut 500 jobs on Wednesday.       | 2025-10-22 | 2025-10-22",
            "Amazon cut 500 jobs on Tuesday.         | 2025-10-28 | 2025-10-28",
            "Amazon cut 500 jobs on Monday.          | 2025-10-27 | 2025-10-27",
            "Amazon cut 500 jobs yesterday.          | 2025-10-27 | 2025-10-27",
            "Amazon cut 500 jobs in the past 12 months. | 2024-10-28 | 2025-10-28",
    })
    void period_resolvesRelativeExpressionsAgainstThePublicationDate(String text, String from, String to) {
        Claim c = one(text);
        assertThat(c.period()).isEqualTo(period(from, to));
        assertThat(c.periodSource()).isEqualTo(PeriodSource.RELATIVE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon plans to cut 5,000 jobs by the end of March.  | 2026-01-15",
            "Amazon plans to cut 5,000 jobs by 2027.              | 2025-10-28",
            "Amazon plans to invest $5 billion through 2028.      | 2025-10-28",
            "Amazon plans to cut 5,000 jobs in the next year.     | 2025-10-28",
            "Amazon expects annual savings of $200 million from 2027. | 2025-10-28",
    })
    void period_isNone_forAPlanWhoseDeadlineIsAfterPublication(String text, LocalDate published) {
        Claim c = EXTRACTOR.extract(text, published).getFirst();
        assertThat(c.period()).isNull();
        assertThat(c.periodSource()).isEqualTo(PeriodSource.NONE);
        assertThat(c.prediction()).isFalse();
    }

    /** Issue 15, class G: a plan about a period after publication keeps that period and is a prediction. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon plans to cut 5,000 jobs next year.            | 2026-01-01 | 2026-12-31",
            "Amazon plans to cut 5,000 jobs next month.           | 2025-11-01 | 2025-11-30",
            "Amazon will lay off 5,000 more next week.            | 2025-11-03 | 2025-11-09",
            "Amazon will cut 5,000 jobs in February.              | 2026-02-01 | 2026-02-28",
            "Amazon is expected to cut 5,000 jobs this month.     | 2025-10-01 | 2025-10-31",
    })
    void forwardLookingClaim_keepsItsPeriodAfterPublication_andIsAPrediction(String text, String from, String to) {
        Claim c = one(text);
        assertThat(c.period()).isEqualTo(period(from, to));
        assertThat(c.prediction()).isTrue();
    }

    @Test
    void pastClaimAboutAPeriodRunningPastPublication_isNoPrediction() {
        Claim c = one("Amazon has cut 5,000 jobs this year.");
        assertThat(c.period()).isEqualTo(period("2025-01-01", "2025-12-31"));
        assertThat(c.prediction()).isFalse();
    }

    @Test
    void period_isNone_forAFiscalQuarter_whoseDatesDependOnTheCompany() {
        Claim c = one("Microsoft's cloud revenue was $42.4 billion in Q1 of fiscal 2026.");
        assertThat(c.period()).isNull();
        assertThat(c.metric()).isEqualTo("revenue");
    }

    @Test
    void period_staysInItsRelativeClause() {
        List<Claim> claims = all("Amazon, which laid off 27,000 workers in 2022 and 2023, now employs 1.55 million people.");
        assertThat(claims.get(0).period()).isEqualTo(period("2022-01-01", "2023-12-31"));
        assertThat(claims.get(1).period()).isNull();
    }

    @Test
    void ellipsis_repeatsTheMeasureOfThePreviousFigure() {
        List<Claim> claims = all("Amazon laid off 18,000 people on January 4, 2023, and a further 9,000 on March 20, 2023.");
        assertThat(claims).extracting(Claim::metric).containsExactly("layoffs", "layoffs");
        assertThat(claims).extracting(Claim::unit).containsExactly(Unit.PEOPLE, Unit.PEOPLE);
        assertThat(claims.get(1).period()).isEqualTo(period("2023-03-20", "2023-03-20"));
    }

    @Test
    void period_ofAQuarterOrYearEnded_coversTheMonthsBeforeThatDay() {
        assertThat(one("Microsoft made $27.2 billion in net income in the quarter ended June 30.").period())
                .isEqualTo(period("2025-04-01", "2025-06-30"));
        assertThat(one("Microsoft made $101.8 billion in net income in the year ended June 30, 2025.").period())
                .isEqualTo(period("2024-07-01", "2025-06-30"));
    }

    @Test
    void period_ignoresADateline() {
        assertThat(one("SEATTLE (Oct. 20, 2025) — Amazon will cut about 14,000 roles.").period()).isNull();
    }

    @Test
    void period_isNotBorrowedByAClauseInThePresent() {
        List<Claim> claims = all("Google trimmed 200 roles last month but still employs over 187,000 people.");
        assertThat(claims.get(0).period()).isEqualTo(period("2025-09-01", "2025-09-30"));
        assertThat(claims.get(1).period()).isNull();
    }

    @Test
    void period_ofAMonthWithoutYear_takesTheYearNamedEarlierInTheSentence() {
        List<Claim> claims = all("In 2023, Meta laid off 10,000 in March after cutting 11,000 in November 2022.");
        assertThat(claims.get(0).period()).isEqualTo(period("2023-03-01", "2023-03-31"));
        assertThat(claims.get(1).period()).isEqualTo(period("2022-11-01", "2022-11-30"));
    }

    @Test
    void period_ofAnAsideBetweenDashes_staysInTheAside() {
        List<Claim> claims = all("Microsoft — which employed 228,000 people in June — trimmed 3% of staff in May.");
        assertThat(claims.get(0).period()).isEqualTo(period("2025-06-01", "2025-06-30"));
        assertThat(claims.get(1).period()).isEqualTo(period("2025-05-01", "2025-05-31"));
    }

    @Test
    void period_isNone_whenTheTextGivesNone() {
        Claim c = one("Amazon is laying off 14,000 people.");
        assertThat(c.period()).isNull();
        assertThat(c.periodSource()).isEqualTo(PeriodSource.NONE);
    }

    /** One convention for statements: the date of a statement dates the figures of the clause it governs. */
    @Test
    void period_isTheDateOfTheStatementThatGovernsTheFiguresClause() {
        assertThat(one("Amazon will cut 14,000 jobs, the company said on Monday.").period())
                .isEqualTo(Period.day(LocalDate.parse("2025-10-27")));
        assertThat(one("Amazon will cut 14,000 jobs, a memo dated October 20 shows.").period())
                .isEqualTo(Period.day(LocalDate.parse("2025-10-20")));
        assertThat(one("Amazon will cut 14,000 jobs in 2026, the company said on Monday.").period())
                .isEqualTo(new Period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    // ---- Type, ids and spans -------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon cut 14,000 jobs.                            | STATISTICAL",
            "Amazon will cut 9,000 to 10,000 jobs.              | INTERVAL",
            "Amazon's revenue rose to $180 billion.             | COMPARISON",
            "Amazon cut 3,000 more jobs than Meta.              | COMPARISON",
            "Amazon has cut 30,000 jobs since 2022.             | TEMPORAL",
    })
    void type_followsTheQuanTempTaxonomy(String text, ClaimType type) {
        assertThat(one(text).type()).isEqualTo(type);
    }

    @Test
    void claims_areNumberedInTextOrder_andTheirSpansPointIntoTheText() {
        String text = "Amazon cut 14,000 jobs.\n\nMeta cut 11,000 jobs in 2022, while Google cut about 12,000.";
        List<Claim> claims = all(text);
        assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2", "c3");
        for (Claim c : claims) {
            assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
            assertThat(c.sentence()).contains(c.text());
        }
        assertThat(claims.get(2).text()).isEqualTo("about 12,000");
    }

    @Test
    void extractor_isThreadSafeAndReusable() throws Exception {
        List<Corpus.Document> documents = Corpus.load("/corpus/claims.txt");
        List<List<Claim>> expected = documents.stream().map(d -> EXTRACTOR.extract(d.text(), d.publishedAt())).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<List<Claim>>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> documents.stream().map(d -> EXTRACTOR.extract(d.text(), d.publishedAt())).toList()));
            }
            for (Future<List<List<Claim>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Acme cut jobs in the past 0 months.",
            "one hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred people",
            "a trillion trillion trillion trillion trillion dollars",
            "The plan is due in Q",
            "The plan is due by the end of",
            "12345678901234567890123456789 people",
            "between 2023 and",
    })
    void extract_survivesDegenerateInputsFoundByFuzzing(String text) {
        for (Claim c : all(text)) {
            assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
        }
    }

    @Test
    void extract_handlesEmptyAndWhitespaceText() {
        assertThat(all("")).isEmpty();
        assertThat(all(" \n\n\t ")).isEmpty();
    }

    @Test
    void headlinesAndBulletLists_keepTheirOwnSubject() {
        List<Claim> claims = all("Amazon Cuts 14,000 Jobs\nTo grow in AI, Amazon has:\n– Invested $4B in Anthropic.\n– Trimmed 500 roles.");
        assertThat(claims).extracting(Claim::entity).containsExactly("Amazon", "Amazon", "Amazon");
        assertThat(claims.get(1).object()).isEqualTo("Anthropic");
    }
}

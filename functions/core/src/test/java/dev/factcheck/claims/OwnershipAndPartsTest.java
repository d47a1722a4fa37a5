package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Whose figure it is and who the counterparty is, in the wordings wire, blog, release and listicle copy
 * uses for people who share a company's name, parts of a company named by a name of their own, backers,
 * stakes and what money was given to. Published {@link Stages#PUBLISHED}.
 */
class OwnershipAndPartsTest {

    /** Companies of a venture story, one of them ("Stark") with a one-word alias that is also a surname. */
    private static final Catalog CATALOG = Catalog.of(List.of(
            new Entity("Globex", List.of("Globex Corp", "Globex Corporation")),
            new Entity("Initech", List.of("Initech Inc")),
            new Entity("Hooli", List.of("Hooli Inc")),
            new Entity("Stark Industries", List.of("Stark"))), TestCatalog.WITH_ROUNDS.metrics());
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(CATALOG, ExtractionSettings.DEFAULTS);

    private static Claim claim(String article, String text) {
        List<Claim> claims = EXTRACTOR.extract(article, Stages.PUBLISHED);
        return claims.stream().filter(c -> c.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + claims));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Globex will cut 900 jobs, said Rachel Stark, a spokeswoman. The company has 12,000 staff.        | 12,000 | Globex",
            "Globex chief financial officer Tony Stark said the company had 12,000 staff.                     | 12,000 | Globex",
            "Initech is cutting 400 roles. Maria Stark, who runs its Austin office, said the company employs 9,500. | 9,500 | Initech",
            "Initech is cutting 400 roles. Rival Stark said it would cut 1,200 jobs.                           | 1,200  | Stark Industries"})
    void entity_aOneWordCatalogNameAfterAGivenNameIsAPersonsSurname(String article, String anchor, String entity) {
        assertThat(claim(article, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Initech's payments arm, Ledgerly, employs about 1,300 people.                                  | 1,300 | Initech",
            "Globex said its subsidiary Quorra Robotics would cut 250 roles.                                  | 250   | Globex",
            "Hooli's Nucleus Labs division (\"Nucleus\") has grown fast. Nucleus's sales were $90 million last year. | $90 million | Hooli",
            "Hooli's Nucleus Labs division has grown fast. Nucleus Labs employs 600 people.                  | 600   | Hooli",
            "Under the plan, Initech's Ledgerly subsidiary, which employs around 900 people in Norway and Denmark, will cut 120 roles. | 900 | Initech"})
    void part_aNameGivenToAPartOfTheCompanyStaysThatPart(String article, String anchor, String entity) {
        Claim claim = claim(article, anchor);
        assertThat(claim.entity()).as("the company the part belongs to").isEqualTo(entity);
        assertThat(claim.part()).as("a part, which no record describes").isNotNull();
    }

    @Test
    void part_isNeverACounterparty_andAStakeSoldForASumIsAPrice() {
        String release = "Globex's robotics unit, Quorra, is being part-sold. Globex agreed to sell a minority stake in "
                + "Quorra to Raviga Capital for $400 million, valuing the unit at $1.6 billion.";
        Claim price = claim(release, "$400 million");
        assertThat(price.entity()).isEqualTo("Globex");
        assertThat(price.metric()).as("a sale price").isNull();
        assertThat(price.object()).isNull();
        Claim value = claim(release, "$1.6 billion");
        assertThat(value.metric()).isEqualTo("valuation");
        assertThat(value.object()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "After Initech handed $80 million to Hooli, the software maker said it would cut 500 jobs.     | 500  | Initech",
            "When Globex wired $500 million to Hooli, analysts expected the conglomerate to cut 2,000 jobs. | 2,000 | Globex",
            "Shares of Hooli fell 3% after the robot maker said it would cut 120 jobs.                      | 120  | Hooli"})
    void coreference_aDescriptionMeansTheSubjectBeforeAnOrganisationAPrepositionGoverns(
            String sentence, String anchor, String entity) {
        assertThat(claim(sentence, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Globex, the Texas group, cut 900 jobs. Initech employs 7,300 people; the Austin software group's sales were $4.1 billion. | $4.1 billion | Initech",
            "Globex, the Texas group, cut 900 jobs. Hooli said it would cut 120. The California robotics group has 3,900 staff.        | 3,900 | Hooli",
            "Globex, the Texas group, cut 900 jobs. Hooli said it would cut 120. The Texas group has 112,000 staff.                     | 112,000 | Globex",
            "Globex, the Texas group, cut 900 jobs. Hooli said it would cut 120. The group has 112,000 staff.                           | 112,000 | Globex"})
    void coreference_aDescriptionWithWordsTheTextHasNotUsedMeansTheOrganisationNamedLast(
            String article, String anchor, String entity) {
        assertThat(claim(article, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Globex, which owns about a fifth of Hooli, put in $150 million. The conglomerate cut 900 jobs in October. | 900 | Globex",
            "Initech, whose biggest customer is Hooli, reported a loss. The company has 9,500 staff.                 | 9,500 | Initech"})
    void discourse_aNameInsideARelativeClauseIsNotTheOrganisationNamedLast(String article, String anchor, String entity) {
        assertThat(claim(article, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "'Hooli: 3,900 employees.\nKettle & Crumb: 450 bakeries.'                      | 450   | -",
            "'Hooli: 3,900 employees.\nPorter Vance Logistics: 2,200 staff.'               | 2,200 | -",
            "'Hooli: 3,900 employees.\nInitech: 9,500 employees.'                          | 9,500 | Initech",
            "'Hooli cut 120 jobs.\nWrong: its headcount is 3,900.'                         | 3,900 | Hooli"})
    void entity_aLineOpeningWithANameAndAColonIsThatOrganisationsEvenWithoutABullet(
            String article, String anchor, String entity) {
        assertThat(claim(article.translateEscapes(), anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli, a subsidiary of Globex, employs 3,900 people. Its parent has about 112,000.           | 112,000 | Globex",
            "Hooli, the robotics unit of Globex Corp, has 3,900 staff. The parent company cut 900 jobs.  | 900 jobs | Globex",
            "Hooli's parent, Globex, cut 900 jobs in May. Hooli itself cut 120.                          | 120     | Hooli",
            "Hooli, a subsidiary of Van Loon Groep, employs 3,900 people. Its parent has about 60,000.    | 60,000  | -",
            "Hooli employs 3,900 people. Its parent company has about 60,000.                           | 60,000  | -"})
    void entity_itsParentIsTheOwnerTheTextNamed_neverTheCompanyItself(String article, String anchor, String entity) {
        assertThat(claim(article, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Initech (INTC.O) said the company would cut 1,500 jobs.                                    | 1,500 | Initech",
            "Hooli Inc <HOOL.N> said on Monday the company had 3,900 staff.                             | 3,900 | Hooli",
            "Hooli raised $300 million in a round led by its largest shareholder, Globex Corp (GLBX.O), which values the company at $4 billion. | $4 billion | Hooli"})
    void entity_anInstrumentCodeOrABackerNamedAfterItsDescriptionIsNeverTheCompany(
            String sentence, String anchor, String entity) {
        assertThat(claim(sentence, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Raviga, a California investment firm that manages about $6 billion, declined to comment. | $6 billion | -",
            "Hooli hired an investment bank with $40 billion of assets under management.         | $40 billion  | -",
            "Globex has invested $1.5 billion in Hooli.                                          | $1.5 billion | investment",
            "The deal valued the freight-matching start-up at $2.2 billion.                      | $2.2 billion | valuation",
            "The round values the Oslo-based shipbuilder at $1 billion.                          | $1 billion   | valuation",
            "Analysts put the stake at roughly $2 billion.                                       | $2 billion   | valuation",
            "Globex priced its holding at $350 million.                                          | $350 million | valuation",
            "Globex sent $500 million to Hooli in June.                                          | $500 million | investment",
            "Initech wrote a $40 million cheque to Hooli.                                        | $40 million  | investment",
            "Globex paid $2 billion to Hooli for the patents.                                    | $2 billion   | -"})
    void metric_investmentWordsAndValuingVerbsAsReportersWriteThem(String sentence, String anchor, String metric) {
        assertThat(claim(sentence, anchor).metric()).isEqualTo(metric);
    }

    @Test
    void moneyIntoOrganisationsInGeneral_isNoClaim_butMoneyIntoANamedCompanyIs() {
        List<Claim> market = EXTRACTOR.extract("Venture investors put $42 billion into health-technology start-ups "
                + "last year, Tallyroll said.", Stages.PUBLISHED);
        assertThat(market).isEmpty();
        assertThat(EXTRACTOR.extract("Investors poured $30 billion into robotics companies in 2024.", Stages.PUBLISHED))
                .isEmpty();
        assertThat(claim("Investors put $250 million into Hooli in June.", "$250 million").object()).isEqualTo("Hooli");
        assertThat(claim("Globex has put $2 billion into robotics start-ups since 2020.", "$2 billion").entity())
                .isEqualTo("Globex");
    }

    @Test
    void counterparty_ofMoneyGivenToACompanyIsThatCompany_andAStakeWithoutOneIsInTheLastCounterparty() {
        String blog = "When Globex sent $500 million to Hooli in March, few expected more. By now the stake is worth "
                + "about $1.2 billion on paper.";
        assertThat(claim(blog, "$500 million").object()).isEqualTo("Hooli");
        Claim stake = claim(blog, "$1.2 billion");
        assertThat(stake.entity()).isEqualTo("Globex");
        assertThat(stake.object()).isEqualTo("Hooli");
        assertThat(stake.metric()).isEqualTo("valuation");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hooli has raised $900 million. Globex, which first backed Hooli in 2023, invested $500 million in the round, bringing its total investment to $1.5 billion. | $1.5 billion | investment",
            "Hooli collected $900 million in its August round, with Globex chipping in $500 million of that.                 | $500 million | investment",
            "Initech has put $100 million into Hooli. Its holding in the robot maker is now worth about $400 million.       | $400 million | valuation",
            "Initech's holding in Hooli, worth perhaps $400 million, is its largest.                                          | $400 million | valuation"})
    void counterparty_isWhereTheSentenceOrAHoldingPutTheInvestorsMoney(String article, String anchor, String metric) {
        Claim claim = claim(article, anchor);
        assertThat(claim.entity()).isIn("Globex", "Initech");
        assertThat(claim.object()).isEqualTo("Hooli");
        assertThat(claim.metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli, whose June round raised $650 million, employs about 3,900 people.                    | 3,900 | -",
            "Hooli had 3,900 employees in September, up from about 1,000 when it was founded in 2019.     | 1,000 | 2019-01-01..2019-12-31",
            "Initech has 9,500 staff, compared with 4,000 when it listed in 2021.                         | 4,000 | 2021-01-01..2021-12-31"})
    void period_anAsideAfterWhoseDatesNothingOutsideIt_andAWhenClauseDatesTheBaseOfAComparison(
            String sentence, String anchor, String period) {
        Claim claim = claim(sentence, anchor);
        assertThat(claim.period() == null ? null : claim.period().toString()).isEqualTo(period);
    }

    @Test
    void table_aColumnHeadedWithThePossessiveOfAnotherLabelColumnIsThatOrganisationsFigure() {
        String listicle = """
                The biggest corporate stakes we track:

                | Investor | Company | Total invested | Company's valuation |
                |---|---|---|---|
                | Globex | Hooli | $1.5 billion | $7.5 billion |
                | Initech | Quillfeather | $85 million | $600 million |
                """;
        Claim invested = claim(listicle, "$1.5 billion");
        assertThat(invested.entity()).isEqualTo("Globex");
        assertThat(invested.object()).isEqualTo("Hooli");
        assertThat(invested.metric()).isEqualTo("investment");
        Claim valuation = claim(listicle, "$7.5 billion");
        assertThat(valuation.entity()).isEqualTo("Hooli");
        assertThat(valuation.object()).isNull();
        assertThat(valuation.metric()).isEqualTo("valuation");
        assertThat(claim(listicle, "$600 million").entity()).as("an unknown company stays unknown").isNull();
    }
}

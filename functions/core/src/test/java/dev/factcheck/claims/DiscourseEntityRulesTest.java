package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 classes B and F on copy written the way blogs, wires and releases write about a start-up and
 * its backers: the company a text is about survives the ordinary capitalised words, indexes and asides
 * between its mentions, and "the start-up" or "the company" where money goes is never the investor.
 * Published {@link Stages#PUBLISHED}.
 */
class DiscourseEntityRulesTest {

    /** A start-up (Hooli), its backers and a company the catalog knows by a one-word alias (Umbrella). */
    private static final Catalog CATALOG = Catalog.of(List.of(
            new Entity("Hooli", List.of("Hooli Inc")), new Entity("Globex", List.of("Globex Corp")),
            new Entity("Initech", List.of()), new Entity("Umbrella Corp", List.of("Umbrella"))),
            TestCatalog.WITH_ROUNDS.metrics());
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(CATALOG, ExtractionSettings.DEFAULTS);

    private static Claim claim(String article, String text) {
        return Stages.claim(EXTRACTOR, article, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Initech ended 2024 with 8,400 staff. Management hired too fast. The firm booked revenue of $2.9 billion. | $2.9 billion",
            "Initech plc reported results. The Board expects full-year revenue of at least £3.6 billion.           | £3.6 billion",
            "Initech cut 400 jobs. Rivals have done worse. Competitors are hiring. It still employs 6,300 people.     | 6,300",
            "Initech cut 400 jobs. Peers cut more. Median pay rose. Gross margins fell. It now employs 6,300 people. | 6,300"})
    void entity_aCompanysOwnBodiesItsRivalsAndTheModifiersOfAMeasure_openingASentence_areNoOrganisations(
            String article, String anchor) {
        assertThat(claim(article, anchor).entity()).isEqualTo("Initech");
    }

    @Test
    void entity_aModifierOfAMeasureOpeningABullet_isNoOrganisation() {
        String release = "Initech reported its results for 2024.\n\nHighlights\n- Net profit of $870 million\n"
                + "- Average realised price of $9,150 per tonne\n- Workforce of 11,200 employees at year end";
        assertThat(claim(release, "11,200").entity()).isEqualTo("Initech");
    }

    @Test
    void entity_aCompanysBodyOrAModifier_stillEndsAnOrganisationsName() {
        assertThat(claim("Initech cut 400 jobs. Harrowgate Asset Management cut 90 jobs.", "90").entity())
                .as("an unknown manager, not 'Harrowgate Asset' and 'Management'").isNull();
        assertThat(claim("Hooli raised $50 million. Umbrella Corp said it employs 3,000 people.", "3,000").entity())
                .isEqualTo("Umbrella Corp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Globex led the round. Counting this round, Globex has now put about $700 million into the start-up.  | $700 million | Globex",
            "Hooli raised $80 million. Excluding the charge, the company made $40 million.                          | $40 million  | Hooli",
            "Hooli raised $80 million. Posted by the newsroom at noon. It employs 450 people.                        | 450          | Hooli",
            "Hooli raised $80 million. Founded in 2019 and based in Oslo, Hooli employs 450 people.                   | 450          | Hooli"})
    void entity_aParticipleOpeningASentence_isNoOrganisation(String article, String anchor, String entity) {
        assertThat(claim(article, anchor).entity()).isEqualTo(entity);
    }

    @Test
    void entity_aStockIndexTheFigureIsSetAgainst_isNeverWhoseFigureItIs_norTheTextsCompany() {
        String article = "Initech in five numbers\n\nInitech employs 8,100 people. Shares have fallen 22% this year to "
                + "about $48, against a 9% rise in the Nasdaq. Its own deck still calls it 8,450 strong.";
        assertThat(claim(article, "22%").entity()).isEqualTo("Initech");
        assertThat(claim(article, "$48").entity()).isEqualTo("Initech");
        assertThat(claim(article, "8,450").entity()).as("the index is no antecedent of 'its'").isEqualTo("Initech");
        assertThat(claim("Initech cut 500 jobs while the Dow rose 0.4%. The company employs 9,000 people.", "9,000")
                .entity()).isEqualTo("Initech");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hooli, founded in 2021 by three former Globex engineers, employs about 910 people.           | 910          | Hooli",
            "Hooli, spun out of Globex in 2019, employs about 910 people, up from 540 a year earlier.      | 540          | Hooli",
            "Hooli, backed by Globex and Initech, raised $600 million in February.                         | $600 million | Hooli",
            "Globex, Hooli's largest strategic partner, invested $400 million in the round.                | $400 million | Globex",
            "Globex Corp, Hooli's biggest backer, said it would cut 1,200 jobs.                             | 1,200        | Globex",
            "In Austin, Hooli's staff fell to 900 this year.                                                | 900          | Hooli"})
    void entity_aNameInAnAsideDescribingTheOpeningName_isNeverTheSubject(String sentence, String anchor, String entity) {
        assertThat(claim(sentence, anchor).entity()).isEqualTo(entity);
    }

    @Test
    void coreference_aPronounAfterAnAsideDescribingTheOpeningName_meansThatName() {
        String article = "Hooli, founded in 2021 by three former Globex engineers, employs about 910 people. It raised "
                + "$600 million in February at a valuation of $5.2 billion.";
        assertThat(claim(article, "$600 million").entity()).isEqualTo("Hooli");
        assertThat(claim(article, "$5.2 billion").entity()).isEqualTo("Hooli");
        assertThat(claim("Globex, Hooli's largest backer, invested $400 million in the round, bringing its total "
                + "investment in the company to $750 million.", "$750 million").entity()).isEqualTo("Globex");
    }

    @Test
    void counterparty_aDescriptionWhereMoneyGoes_isNeverTheInvestorOfItsClause() {
        Claim total = claim("Hooli's round was led by Globex, which has invested $450 million in the company in total.",
                "$450 million");
        assertThat(total.entity()).as("the name the relative clause hangs on, a backer too").isEqualTo("Globex");
        assertThat(total.object()).isEqualTo("Hooli");
        Claim reported = claim("Hooli said Globex had invested $50 million in the company.", "$50 million");
        assertThat(reported.entity()).isEqualTo("Globex");
        assertThat(reported.object()).isEqualTo("Hooli");
        Claim outside = claim("Initech invested $4 billion in Hooli. Globex, a rival, has put $2 billion into the "
                + "company.", "$2 billion");
        assertThat(outside.object()).as("no other organisation in the sentence: the latest counterparty").isEqualTo("Hooli");
    }

    @Test
    void entity_aFigureInARelativeClause_isOfTheNameTheClauseHangsOn() {
        assertThat(claim("Hooli raised $80 million in a round led by Globex, which employs 64,000 people.", "64,000")
                .entity()).isEqualTo("Globex");
        assertThat(claim("According to Initech, which employs 5,000 people, costs rose.", "5,000").entity())
                .isEqualTo("Initech");
        assertThat(claim("Hooli, which Globex backed in 2021, employs 900 people.", "900").entity())
                .as("a subject in the relative clause is its own").isEqualTo("Hooli");
    }

    @Test
    void coreference_theStartUpAfterACounterparty_isThatCounterparty_neverTheInvestor() {
        String article = "Globex Corp put a further $400 million into Hooli on Tuesday, joining a $1.1 billion funding "
                + "round for the robotics start-up that values it at $12 billion. Globex has invested $750 million in "
                + "Hooli and holds about 9% of the start-up.";
        assertThat(claim(article, "$400 million").entity()).isEqualTo("Globex");
        assertThat(claim(article, "$1.1 billion").entity()).isEqualTo("Hooli");
        Claim valuation = claim(article, "$12 billion");
        assertThat(valuation.entity()).isEqualTo("Hooli");
        assertThat(valuation.object()).as("no company is its own counterparty").isNull();
        Claim share = claim(article, "9%");
        assertThat(share.entity()).isEqualTo("Globex");
        assertThat(share.object()).isEqualTo("Hooli");
        assertThat(claim("Globex is a logistics start-up. It put $5 million into Hooli, then cut 40 jobs at the "
                + "start-up.", "40").entity()).as("a start-up the text described stays that one").isEqualTo("Globex");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex joined a $1.1 billion funding round for Hooli on Tuesday.         | $1.1 billion | Hooli",
            "Globex led a $120 million Series B round in Hooli.                       | $120 million | Hooli",
            "Globex invested $50 million in the round for Hooli.                      | $50 million  | Globex",
            "Globex led a $120 million round in Kelvin Labs.                          | $120 million | -",
            "Hooli raised $80 million in a round led by Globex.                       | $80 million  | Hooli"})
    void entity_aRoundTheFigureMeasures_isOfTheOrganisationItIsFor(String sentence, String anchor, String entity) {
        assertThat(claim(sentence, anchor).entity()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex holds about 9% of Hooli.                            | 9%    | Globex | Hooli",
            "Globex owns 18.5 percent of Hooli, a filing shows.         | 18.5  | Globex | Hooli",
            "Globex bought a 12% stake in Hooli last year.              | 12%   | Globex | -",
            "Globex cut 9% of its staff in March.                       | 9%    | Globex | -",
            "Globex owns 40% of its own plants outright.                | 40%   | Globex | -"})
    void object_aPercentageAVerbOfHoldingHoldsOfACompany_hasThatCompanyAsObject_aStakesSizeNone(String sentence, String anchor, String entity,
                                                                 String object) {
        Claim claim = claim(sentence, anchor);
        assertThat(claim.entity()).isEqualTo(entity);
        assertThat(claim.object()).isEqualTo(object);
    }

    @Test
    void entity_aNameModifyingTheNounAfterIt_isNoOrganisation() {
        assertThat(claim("Hooli raised $450 million in a round that included two Gotham pension funds. Its valuation "
                + "rose about 140%.", "140%").entity()).isEqualTo("Hooli");
        assertThat(claim("Initech booked revenue of $8.2 billion, and it expects Medicaid reimbursement to fall by "
                + "about $90 million next year.", "$90 million").entity()).isEqualTo("Initech");
        assertThat(claim("Initech cut 400 jobs. Analysts said Hawthorne cut 90 jobs.", "90").entity())
                .as("a name before its verb keeps it").isNull();
        assertThat(claim("Initech cut 400 jobs. Analysts said that Hawthorne went on to shed 90 jobs.", "90").entity())
                .as("an irregular verb too").isNull();
        assertThat(claim("Initech cut 400 jobs, a move the Teamsters union opposed. The Teamsters said the company "
                + "employs 9,000 people.", "9,000").entity()).as("a union stays one").isEqualTo("Initech");
    }

    @Test
    void entity_theOrganisationAValuingVerbValues_isWhoseValuationItIs() {
        assertThat(claim("Hooli raised $1.1 billion in a round led by Raviga Partners. The round values the company "
                + "at $12 billion.", "$12 billion").entity()).isEqualTo("Hooli");
        assertThat(claim("Globex has invested $1.5 billion in Hooli, whose latest round valued it at roughly $7.5 "
                + "billion.", "$7.5 billion").entity()).as("a pronoun of a 'whose' clause").isEqualTo("Hooli");
        assertThat(claim("Globex's holding is valued at roughly $700 million.", "$700 million").entity())
                .as("nothing between the verb and 'at'").isEqualTo("Globex");
    }

    @Test
    void backers_namesListedAfterParticipationFromBackedByOrAlongside_areBackers() {
        String release = "Hooli today announced it has raised $1.1 billion in a Series D round led by Raviga Partners, "
                + "with participation from Globex, Ashgrove Capital and existing investors. The round values the "
                + "company at $12 billion. The company plans to grow its team to 1,500.";
        assertThat(claim(release, "$12 billion").entity()).isEqualTo("Hooli");
        assertThat(claim(release, "1,500").entity()).isEqualTo("Hooli");
        assertThat(claim("Hooli raised $50 million alongside Globex. The company has 300 staff.", "300").entity())
                .isEqualTo("Hooli");
    }

    @Test
    void entity_whoeverIsToldSomething_isNeverAnOrganisation() {
        assertThat(claim("Initech cut 400 jobs. Chief executive Ann Lee told the Daily Ledger the company would hire "
                + "250 engineers next year.", "250").entity()).isEqualTo("Initech");
        assertThat(claim("Initech cut 400 jobs. A spokesman told Marketwire it employs 9,000 people.", "9,000")
                .entity()).isEqualTo("Initech");
    }

    @Test
    void object_aStakeInNoCompanyNamed_isInTheCompanyThatLastRaisedMoney() {
        Claim stake = claim("Hooli raised $75 million in 2023 in a round led by Gullwing Partners. Gullwing's stake is "
                + "reportedly worth about $110 million today.", "$110 million");
        assertThat(stake.entity()).as("an owner the catalog does not know").isNull();
        assertThat(stake.object()).isEqualTo("Hooli");
        assertThat(claim("Hooli raised $75 million. Globex has invested $40 million in Initech, and its stake is worth "
                + "$60 million.", "$60 million").object()).as("the owner's own counterparty first").isEqualTo("Initech");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Initech runs the trains. The state still owns 62% of the shares.        | 62% | -       | Initech",
            "Initech runs the trains. The founding family holds about 30% of the company. | 30% | - | Initech",
            "Initech runs the trains. Globex holds 12% of the shares.                 | 12% | Globex  | Initech",
            "Initech runs the trains, and holds about 12% of Hooli.                   | 12% | Initech | Hooli"})
    void entity_aShareHeldByAHolderNamedInWords_hasNoEntity_andItsCompanyAsObject(String article, String anchor,
                                                                                  String entity, String object) {
        Claim claim = claim(article, anchor);
        assertThat(claim.entity()).isEqualTo(entity);
        assertThat(claim.object()).isEqualTo(object);
    }

    @Test
    void part_aFigureCountedOutOfAnOrganisationsPeople_isAPartOfThem_whenNoSubjectOwnsIt() {
        Claim members = claim("The Machinists union, which represents about 9,000 of Initech's hourly workers, wants "
                + "new hiring.", "9,000");
        assertThat(members.entity()).isEqualTo("Initech");
        assertThat(members.part()).isEqualTo("part of Initech's hourly workers");
        Claim cut = claim("Globex laid off 500 of Initech's workers after the merger.", "500");
        assertThat(cut.part()).as("a cut of them is no part").isNull();
        assertThat(claim("Kelvin Labs accounted for 60% of Initech's operating profit.", "60%").entity())
                .as("a subject of its own, and no people counted").isNull();
    }

    @Test
    void entity_aNameAfterAPlacePrepositionAndThe_isAPlace_neverTheOrganisationNamedLast() {
        assertThat(claim("Initech sells regular unleaded for about $3.09 a gallon in the Midwest. It employed 19,400 "
                + "people at the end of 2024.", "19,400").entity()).isEqualTo("Initech");
        assertThat(claim("Initech cut 400 jobs across the Gulf region. It employs 6,300 people.", "6,300").entity())
                .isEqualTo("Initech");
        assertThat(claim("Initech cut 400 jobs at the Globex plant it bought.", "400").entity())
                .as("a catalog name stays one").isEqualTo("Initech");
    }

    @Test
    void description_inAListItem_isOfTheCompanyItsTitleNames_notOfAnEarlierItems() {
        String listicle = "**1. Globex.** The fuel-and-snacks chain sells coffee for $2.29. It employed 19,400 people "
                + "at the end of 2024.\n\n**2. Initech.** A meal costs $8.49, and the chain's average store is 2,600 "
                + "square feet. It reported revenue of $3.2 billion for 2024.";
        assertThat(claim(listicle, "$3.2 billion").entity()).isEqualTo("Initech");
        assertThat(claim(listicle, "19,400").entity()).isEqualTo("Globex");
        assertThat(claim("Hooli is a robotics start-up. Globex said the start-up would cut 50 jobs.", "50").entity())
                .as("outside a list the description keeps its company").isEqualTo("Hooli");
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodStageTest {

    private static String period(String sentence, String anchor) {
        PeriodMention p = Stages.draft(sentence, anchor).timing().period();
        return p == null || p.period() == null ? null : p.period().toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 27,000 jobs in 2022–2023.                                   | 27,000 | 2022-01-01..2023-12-31",
            "In March 2023, Amazon cut 9,000 jobs.                                  | 9,000  | 2023-03-01..2023-03-31",
            "Amazon cut 18,000 jobs in January 2023 and 9,000 in March 2023.        | 18,000 | 2023-01-01..2023-01-31",
            "Amazon cut 18,000 jobs in January 2023 and 9,000 in March 2023.        | 9,000  | 2023-03-01..2023-03-31",
            "SEATTLE (Oct. 27, 2025) — Amazon cut 14,000 jobs.                      | 14,000 | -",
            "Amazon said on Monday it would cut 14,000 jobs, 4% of its staff.       | 4%     | 2025-10-27",
            "Amazon will cut 14,000 jobs, the retailer said on Monday, 4% of staff. | 4%     | 2025-10-27",
            "Amazon has 1.55 million employees, up from 1.5 million in 2024.        | 1.5    | -"})
    void period_isTheNearestInTheClause_notADateline_andAStatementDatesWhatItAnnounces(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A wire dateline ("AUSTIN, Texas, Oct 21 (Newswire) -") dates the article, not a figure; a date
     * that opens a sentence without the place before it is an ordinary period.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "AUSTIN, Texas, Oct 21 (Newswire) - Initech cut 1,500 jobs.              | 1,500 | -",
            "PALO ALTO, Calif., Jan 23 (Newswire) – Hooli let go of 120 employees.  | 120   | -",
            "FRANKFURT, July 10 - Tyrell cut 2,700 jobs.                            | 2,700 | -",
            "On March 3 - its worst day - Initech cut 500 jobs.                     | 500   | 2025-03-03"})
    void dateline_ofPlaceAndAgency_datesNoFigure(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "up from 15,800 at the end of 2024": the base of a comparison takes its own period, not the one
     * before it, and a change or level compared with it never takes the base's period.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Its workforce passed 17,000 this autumn, up from 15,800 at the end of 2024.   | 15,800 | 2024-01-01..2024-12-31",
            "Its workforce passed 17,000 this autumn, up from 15,800 at the end of 2024.   | 17,000 | 2025-09-01..2025-11-30",
            "Its workforce passed 17,000 this autumn, up from 15,800.                      | 15,800 | -",
            "In the third quarter revenue was $5.2 billion, up 4% from $5.0 billion a year earlier. | 4% | 2025-07-01..2025-09-30",
            "In the third quarter revenue was $3.1 billion, down 6% from a year earlier.   | 6%     | 2025-07-01..2025-09-30",
            "Initech cut 500 jobs, up from 300 in 2024.                                    | 500    | -",
            "Globex reported third-quarter revenue of $8.2 billion on Thursday, up 5% from a year earlier. | 5% | 2025-07-01..2025-09-30"})
    void comparisonBase_takesItsOwnPeriod_notTheComparedFiguresPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * What a report names right after its verb ("reported third-quarter revenue") is the figure's own
     * period; a statement without a date dates nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Initech reported third-quarter revenue of $3.1 billion.                | $3.1 billion | 2025-07-01..2025-09-30",
            "Initech reported 2024 revenue of $12.4 billion.                        | $12.4 billion | 2024-01-01..2024-12-31",
            "Globex reported second-quarter sales of $8.2 billion on Thursday.      | $8.2 billion | 2025-04-01..2025-06-30",
            "Amazon cut 14,000 jobs, it said in a filing.                           | 14,000 | -"})
    void reportedPeriod_isTheFigures_andTheDayOfTheReportIsNot(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * The one convention for statements (both corpora): the date of a statement ("said on Monday", ",
     * the retailer said on Friday", "today announced") dates every figure of the clause it governs,
     * before or after it, unless the figure has a period of its own; "now" dates none, and a date that
     * only describes a document ("the letter, dated 12 May") governs nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay cut 900 jobs, it said on Monday.                                    | 900    | 2025-10-27",
            "Vandelay cut 900 jobs, it announced Monday.                                  | 900    | 2025-10-27",
            "Vandelay is closing 40 stores, a filing dated October 20 shows.              | 40     | 2025-10-20",
            "More than 900 Vandelay workers signed the petition, dated 12 May 2025.       | 900    | -",
            "Vandelay will close 40 stores and cut 900 jobs, the retailer said on Friday. | 900    | 2025-10-24",
            "Globex said on Thursday it is shedding 2,200 roles, about 3% of its staff.   | 3%     | 2025-10-23",
            "Hooli said on Monday that it had raised $300 million in a new round.         | $300 million | 2025-10-27",
            "Globex has booked revenue of $8.2 billion, it reported on Thursday.          | $8.2 billion | 2025-10-23",
            "Globex, which cut 800 jobs in 2024, said on Monday it would cut 2,200.       | 800    | 2024-01-01..2024-12-31",
            "Vandelay now runs 410 stores, down from 450 in 2024, it said on Monday.      | 410    | -",
            "Vandelay cut 900 jobs in March, it said on Monday.                           | 900    | 2025-03-01..2025-03-31"})
    void statementDate_datesEveryFigureOfTheClauseItGoverns_unlessTheFigureHasItsOwnPeriod(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "its second round of layoffs this year", "its biggest cut since 2022": a period right after an
     * ordinal or a superlative is the window of the rank, of which the figure is one event.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay said on Monday it would cut 900 jobs, its third round of cuts this year. | 900 | 2025-10-27",
            "Vandelay cut 900 jobs, its deepest cut this decade.                        | 900 | -",
            "A second, counting everything since March, arrives at 900.                 | 900 | 2025-03-01..2025-10-28"})
    void periodAfterARank_isTheRanksWindow_notTheFiguresPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "about 6% of the 22,400 staff it had at the end of 2024": a period after the whole of a share
     * dates the whole, not the percentage; "45 out of 600 workers last year": part and whole share it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli said on Monday it would cut 300 jobs, about 9% of the 3,400 staff it had at the end of 2024. | 9% | 2025-10-27",
            "Hooli said on Monday it would cut 300 jobs, about 9% of the 3,400 staff it had at the end of 2024. | 3,400 | 2024-01-01..2024-12-31",
            "Globex let go of 60 out of roughly 900 engineers at its Lyon site in 2023.  | 60  | 2023-01-01..2023-12-31",
            "Globex let go of 60 out of roughly 900 engineers at its Lyon site in 2023.  | 900 | 2023-01-01..2023-12-31"})
    void periodAfterTheWholeOfAShare_datesTheWhole_andAPartOutOfAWholeSharesIt(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "its second round since 2023", "the largest since 2022": a window of a rank, not the figure's period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Microsoft will cut 9,000 jobs in its second big round since 2023.      | 9,000 | -",
            "Umbrella cut 3,100 jobs, the largest cut since 2022.                   | 3,100 | -",
            "Umbrella has cut 3,100 jobs since 2022.                                | 3,100 | 2022-01-01..2025-10-28"})
    void sinceAfterARankOrSuperlative_isNotTheFiguresPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "since 2023, when it dismissed 450": the "when" clause is about the moment the window starts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay cut 600 jobs, its biggest cut since 2023, when it dismissed 450.   | 450 | 2023-01-01..2023-12-31",
            "Vandelay cut 600 jobs, its biggest cut since March 2024, when it cut 450.   | 450 | 2024-03-01..2024-03-31",
            "Vandelay cut 600 jobs, its biggest cut since 2023, when it dismissed 450.   | 600 | -"})
    void sinceWhen_datesTheWhenClauseWithTheMomentTheWindowStarts(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** One list of future cues: a clause that states a plan borrows no period from another clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 14,000 jobs last year, and the company would cut another 4,000 roles.  | 4,000  | -",
            "Meta cut 11,000 jobs in 2022; it expects to cut 5,000 more.                       | 5,000  | -",
            "Meta cut 11,000 jobs in 2022; it wants to cut 5,000 more.                         | 5,000  | -",
            "Meta cut 11,000 jobs in 2022; it cut 5,000 more.                                  | 5,000  | 2022-01-01..2022-12-31"})
    void futureCue_inTheFiguresClause_borrowsNoPeriodFromAnotherClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * After a future cue a month without its year is the next such month (issue 15's forward-looking
     * policy), except the date of a statement and a month after a subject with a verb of its own ("the
     * 200 it cut in March"); after "would" (reported speech) it is the nearer one, behind or ahead.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon will cut 3,000 jobs in March.                                   | 3,000 | 2026-03-01..2026-03-31",
            "Amazon expects to cut 3,000 jobs in March.                             | 3,000 | 2026-03-01..2026-03-31",
            "Amazon cut 3,000 jobs in March.                                        | 3,000 | 2025-03-01..2025-03-31",
            "Microsoft said it would eliminate upwards of 6,000 jobs on Tuesday, May 13. | 6,000 | 2025-05-13",
            "Hooli will cut 300 jobs in December, on top of the 200 it cut in March.      | 200   | 2025-03-01..2025-03-31",
            "Hooli will cut 300 jobs in December, on top of the 200 it cut in March.      | 300   | 2025-12-01..2025-12-31",
            "Hooli will cut 300 jobs, a memo dated October 20 shows.                     | 300   | 2025-10-20",
            "Hooli said it would hire 300 people in the first quarter.                   | 300   | 2026-01-01..2026-03-31",
            "Hooli said it would hire 300 people in the third quarter.                   | 300   | 2025-07-01..2025-09-30"})
    void futureCue_makesAYearlessMonthTheNextSuchMonth_exceptWouldInReportedSpeech(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** Issue 15 class E: the right figure gets the period. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 3,600 jobs this year, on top of last year's 2,400.                 | 2,400  | 2024-01-01..2024-12-31",
            "Amazon cut 3,600 jobs this year, on top of last year's 2,400.                 | 3,600  | 2025-01-01..2025-12-31",
            "Amazon cut 1,200 more, bringing this year's cuts to 3,600.                    | 3,600  | 2025-01-01..2025-12-31",
            "Amazon cut 1,200 jobs in June, bringing its workforce to about 1.5 million.   | 1.5 million | -",
            "Amazon shed 850 jobs in September, trimming its ranks to 12,400.              | 12,400 | -",
            "Amazon cut 850 jobs in May, shrinking its staff to 9,300.                     | 9,300  | -",
            "Amazon's May cuts of 1,200 were its deepest.                                  | 1,200  | 2025-05-01..2025-05-31",
            "Amazon employs 22,400 people, a figure from before this summer's restructuring.| 22,400 | -",
            "Amazon's staff surged past 17,000 this autumn, up from 15,800 at the end of 2024.| 15,800 | 2024-01-01..2024-12-31",
            "Amazon had 8,600 employees; it cut 450 jobs in 2023.                          | 8,600  | -",
            "Amazon cut 9,000 jobs in 2023; Meta dismissed 10,000.                         | 10,000 | 2023-01-01..2023-12-31",
            "As of June 2022, Amazon employed 46,300, down from 2021.                      | 46,300 | 2022-06-01..2022-06-30"})
    void theRightFigureGetsThePeriod_possessivePeriods_comparisonBases_semicolons(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * An aside set off by commas after a name ("Globex, a group with 112,500 staff, expects ...")
     * borrows no period from outside it, and a period ahead of publication dates no figure outside its
     * clause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon, a retailer with 1.55 million staff, expects the deal to close in the first quarter of 2026. | 1.55 million | -",
            "Amazon, a retailer with 1.55 million staff and $638.0 billion in sales, expects to close it in 2026. | 1.55 million | -",
            "Amazon has 1.55 million staff, and it will be profitable again in 2027.                             | 1.55 million | -",
            "In March, Amazon, a retailer with 1.55 million staff, cut 9,000 jobs.                                | 9,000 | 2025-03-01..2025-03-31"})
    void asideAfterAName_andAPeriodAhead_lendNoPeriodOutsideTheirClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "annual revenue of $12.4 billion" is the last calendar year's, "expects annual revenue of $22
     * billion" the current one's; it dates only the figure of its noun.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Microsoft, with 228,000 staff and annual revenue of $245 billion, is the largest.  | $245 billion | 2024-01-01..2024-12-31",
            "Microsoft, with 228,000 staff and annual revenue of $245 billion, is the largest.  | 228,000      | -",
            "Microsoft still expects annual revenue of about $280 billion.                       | $280 billion | 2025-01-01..2025-12-31",
            "Microsoft booked $245 billion in annual revenue.                                    | $245 billion | 2024-01-01..2024-12-31"})
    void annualFlow_isTheLastCalendarYear_orTheCurrentOneAfterAFutureCue(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "the reduction of 950 roles announced in February": a statement participle after the figure's noun dates it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta had 76,000 staff at the end of 2024, before the cut of 3,600 jobs announced in February. | 3,600 | 2025-02-01..2025-02-28",
            "Meta had 76,000 staff at the end of 2024, before the cut of 3,600 jobs announced in February. | 76,000 | 2024-01-01..2024-12-31"})
    void statementParticipleAfterTheFiguresNoun_datesTheFigure(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A results release carries the period it reports to the revenue and profit it reports later
     * without one, and a list header its period to every figure of its bullets; nothing else inherits it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex reported third-quarter revenue of $8.2 billion on Thursday. Net profit was $610 million, the company said. | $610 million | 2025-07-01..2025-09-30",
            "Globex reported third-quarter revenue of $8.2 billion on Thursday. It employs 41,000 people.                     | 41,000       | -",
            "Globex reported revenue of $8.2 billion. Net profit was $610 million.                                            | $610 million | -",
            "Globex results.\\nSecond-quarter highlights:\\n- Revenue of $8.2 billion\\n- 14 new contracts                   | 14           | 2025-04-01..2025-06-30",
            "Globex results.\\nSecond-quarter highlights:\\n- Revenue of $8.2 billion\\n\\nIt has 14 new contracts.        | 14           | -"})
    void reportedPeriod_carriesToTheReleasesLaterRevenueAndProfit_andAHeadersToItsBullets(
            String article, String claimText, String period) {
        Claim claim = Stages.claim(article.replace("\\n", "\n"), claimText);
        assertThat(claim.period() == null ? null : claim.period().toString()).isEqualTo(period);
    }

    /** A deadline ahead is the time a level is reached, but no period of a flow. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon will have more than 1.6 million employees by the end of December.  | 1.6 million | 2025-12-01..2025-12-31",
            "Amazon plans to cut 15,000 jobs by the end of 2026.                        | 15,000      | -",
            "Amazon cut 9,000 jobs, bringing its staff down to 1.5 million by June.      | 1.5 million | 2025-06-01..2025-06-30",
            "The deck Wayne Enterprises circulated had a goal of 2,000 staff by 2027.     | 2,000       | 2027-01-01..2027-12-31",
            "Stark Industries has an ambition of 12,000 employees by 2028, it said.       | 12,000      | 2028-01-01..2028-12-31",
            "Its goal of 900 staff by 2020 was missed, the old deck showed.              | 900         | 2020-01-01..2020-12-31"})
    void deadlineAhead_datesALevel_butNotAFlow_afterAPlanAGoalOrAnAmbition(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "had a goal of 2,000 staff by 2027": a goal looks ahead like a plan, so the level is a prediction. */
    @Test
    void aGoalOfALevel_isAPrediction_notTheLevelHeldNow() {
        assertThat(Stages.claim("The deck Wayne Enterprises circulated had a goal of 2,000 staff by 2027.", "2,000")
                .prediction()).isTrue();
        assertThat(Stages.claim("Wayne Enterprises had 2,000 staff in 2024, its filing shows.", "2,000").prediction())
                .isFalse();
    }

    /**
     * A level the company holds now is not the level a deadline is about: its own ("double its headcount
     * of 280") or told with a verb of its own after the future cue ("a plant that employs about 350").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon plans to double its headcount of 280 by the end of the year.                 | 280 | -",
            "Amazon will close a depot in Ohio that employs about 350 people by March.          | 350 | -",
            "Amazon will have about 350 employees in Ohio by March.                             | 350 | 2026-03-01..2026-03-31"})
    void levelHeldNow_isNotTheLevelADeadlineIsAbout(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "compared with $31.5 billion for fiscal 2024" is the base of a comparison like "up from": it takes
     * its own period, never the one written before it for the figure it is compared with.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon sold $24.1 billion for the nine months, compared with $31.5 billion for fiscal 2024. | $31.5 billion | 2024-01-01..2024-12-31",
            "Amazon sold $24.1 billion in the third quarter, compared with $22.9 billion.              | $22.9 billion | -",
            "Amazon booked a profit of $1.05 billion in 2024, against $9.6 billion of sales.          | $9.6 billion  | 2024-01-01..2024-12-31"})
    void comparedWith_isTheBaseOfAComparison_andTakesNoPeriodWrittenBeforeIt(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A heading line without a final stop opens a list like a header with a colon, and a release's period
     * reaches a clause that names none even when another clause of its sentence names one.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex results.\\nSecond-quarter operating highlights\\n- Revenue of $8.2 billion\\n- 14 new contracts        | 14           | 2025-04-01..2025-06-30",
            "Globex reported third-quarter revenue of $8.2 billion. Net profit was $610 million, the company said, and it kept its full-year outlook. | $610 million | 2025-07-01..2025-09-30"})
    void headingLine_opensAList_andAReleasesPeriodReachesAClauseWithoutOne(String article, String claimText, String period) {
        Claim claim = Stages.claim(article.replace("\\n", "\n"), claimText);
        assertThat(claim.period() == null ? null : claim.period().toString()).isEqualTo(period);
    }

    /**
     * A period written right after a figure is that figure's: the other end of a change ("from $2.2
     * billion in April 2024 to $5.1 billion") and a clause with a new subject after a comma do not take it,
     * nor does a figure before it across a comma; an apposition (", about 4% of its staff"), a valuation of
     * the same round and figures joined by "and" share it.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon's valuation rose from $2.2 billion in April 2024 to $5.1 billion.                          | $5.1 billion | -",
            "With about 90,000 people at the end of 2024, the company can lose 4,000 and barely notice.        | 4,000        | -",
            "Google cut more than 1,000 roles since January, while Meta has cut about 3,000.                   | 3,000        | 2025-01-01..2025-10-28",
            "Amazon said in May that its 800 cuts were 4% of its staff, using the 20,000 it had at the end of 2024. | 4%      | 2025-05-01..2025-05-31",
            "Amazon cut 2,000 jobs in March, about 4% of its staff.                                            | 4%           | 2025-03-01..2025-03-31",
            "Amazon raised $300 million in April 2024 at a valuation of $2.2 billion.                          | $2.2 billion | 2024-04-01..2024-04-30",
            "Amazon booked revenue of $600 billion and a profit of $50 billion last year.                      | $600 billion | 2024-01-01..2024-12-31"})
    void periodWrittenRightAfterAFigure_isThatFiguresOwn_notAnotherClausesNorTheOtherEndOfAChange(
            String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * An aside about a name's past ("founded in 2018", "a member of the index since 1997") dates no figure
     * outside it, unless it holds a figure itself ("a $300 million deal in April 2024" is the round the
     * sentence is about); a "today" after a word of its clause means now, unless it dates a statement.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon Robotics, founded in 2018, employs 230 people.                          | 230        | -",
            "Shares of Amazon, a member of the index since 1997, fell 0.8%.                 | 0.8%       | -",
            "Amazon's last round, a $300 million deal in April 2024, valued it at $2 billion. | $2 billion | 2024-04-01..2024-04-30",
            "Amazon counts roughly 7,500 sellers on the platform today.                     | 7,500      | -",
            "In 2023 Amazon laid off 450; today it has 8,600 employees.                     | 8,600      | 2025-10-28",
            "Amazon today announced it has raised $250 million.                            | $250 million | 2025-10-28"})
    void asideAboutThePast_andATodayMeaningNow_dateNoFigure(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * What dates a statement or a report: an attribution set off by commas dates what it follows, not a
     * time told after it ("five months after a round that valued it at $5 billion"), and may have a long
     * subject ("the retailer and cloud group disclosed late on Tuesday"); "the 24,900 workers it reported
     * at the end of June" is June's; a report day after "to report fourth-quarter revenue" leaves the quarter.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon let go of 150 employees, the company confirmed on Wednesday, five months after a round that valued it at $5 billion. | $5 billion | -",
            "Amazon let go of 150 employees, the company confirmed on Wednesday, five months after a round that valued it at $5 billion. | 150 | 2025-10-22",
            "Amazon is shedding some 1,600 positions, the retailer and cloud group disclosed late on Monday.          | 1,600        | 2025-10-27",
            "The cuts equal 6% of the 24,900 workers it reported at the end of June.                                 | 24,900       | 2025-06-01..2025-06-30",
            "Analysts expect Amazon to report fourth-quarter revenue of about $180 billion on February 5.            | $180 billion | 2025-10-01..2025-12-31",
            "Amazon said third-quarter revenue would be about $180 billion when it reports next month.              | $180 billion | 2025-07-01..2025-09-30"})
    void statementsAndReports_dateWhatTheyGovern(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * Periods that belong elsewhere: inside the base of a comparison ("down 8% from its January high"),
     * ahead of publication in a clause about the future ("and says it will open none this year"), before a
     * semicolon for a figure of another metric; a count of places between a figure and its period does not
     * keep the period from it.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon stock is down 8% from its January high.                                        | 8%           | -",
            "Amazon has 58 warehouses, down from 61 in 2024, and says it will open none this year. | 58           | -",
            "Amazon booked revenue of $600 billion in 2024; its profit stands at $50 billion.     | $50 billion  | -",
            "Amazon had 1,185 stores across 14 states at the end of September.                     | 1,185        | 2025-09-01..2025-09-30"})
    void periodsThatBelongElsewhere_dateNoFigureOutsideThem(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "which is roughly 4% of that workforce" after a figure restates it and takes its period; a change
     * of a level ("close 60 stores by the end of the fourth quarter") is no level a deadline dates;
     * "posted third-quarter sales of $2.7 billion on Wednesday" keeps the quarter.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "In March Amazon cut 640 jobs, most of them at one depot, which is roughly 4% of that workforce. | 4%  | 2025-03-01..2025-03-31",
            "Amazon cut 640 jobs, which is roughly 4% of its workforce.                                     | 4%  | -",
            "Amazon expects to close roughly 60 stores by the end of the fourth quarter.                    | 60  | -",
            "Amazon posted third-quarter sales of $180 billion on Monday.                                   | $180 billion | 2025-07-01..2025-09-30"})
    void restatedShares_changesOfALevel_andPostedResults_takeTheRightPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A year carried from "May 2024" reaches only a later month of its clause, and a month written before
     * that one in the calendar is the next such month ("in May 2024 and $250 million in February" →
     * February 2025); another clause keeps the latest such month.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 600 jobs in May 2024 and 250 in February.                                    | 250   | 2025-02-01..2025-02-28",
            "Amazon cut 600 jobs in May 2024 and 250 in July.                                        | 250   | 2024-07-01..2024-07-31",
            "Its valuation rose in April 2024, while its headcount went from 1,150 to 1,480 at the end of June. | 1,480 | 2025-06-01..2025-06-30"})
    void yearOfAMonth_carriesWithinItsClause_forwardInTime(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A clause that tells a state in the present ("and operates 340 warehouses", "its market value is
     * back above $900 billion") borrows no period from another clause; "is cutting" tells no state.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon booked revenue of $600 billion last year and operates 340 warehouses.              | 340          | -",
            "Amazon shares closed at $180 on Monday, and its market value is back above $900 billion. | $900 billion | -",
            "Alphabet said on Friday it is cutting 12,000 jobs.                                        | 12,000       | 2025-10-24"})
    void clauseInThePresent_borrowsNoPeriodFromAnotherClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** A rate ("about 2,000 jobs a year since 2022", "300 roles annually") sums over no period; "a year earlier" is no rate. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon has cut about 2,000 jobs a year since 2022.           | 2,000 | -",
            "Amazon has cut 300 roles annually since 2020.                | 300   | -",
            "Amazon has cut 6,000 jobs since 2022.                        | 6,000 | 2022-01-01..2025-10-28",
            "Amazon cut 2,000 jobs a year ago.                            | 2,000 | 2024-10-28",
            "Amazon booked revenue of $600 billion in 2024, up from $500 billion a year earlier. | $500 billion | 2023-01-01..2023-12-31"})
    void rate_sumsOverNoPeriod(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "the final three months of 2024", "the last six months of last year": counted back from December of the year named. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon's revenue in the final three months of 2024 was $187 billion.     | $187 billion | 2024-10-01..2024-12-31",
            "Sales in the last six months of last year came to $330 billion at Amazon. | $330 billion | 2024-07-01..2024-12-31",
            "Meta's revenue for the final three months of 2023 was $40 billion.        | $40 billion  | 2023-10-01..2023-12-31"})
    void period_finalMonthsOfAYear_areCountedBackFromItsDecember(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "the half to 30 June", "the half-year to June", "the quarter to September": the span of that length ending then. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon's turnover for the half to 30 June was £120bn.               | £120bn       | 2025-01-01..2025-06-30",
            "Meta booked revenue of $90 billion in the half-year to June.         | $90 billion  | 2025-01-01..2025-06-30",
            "Alphabet's revenue in the quarter to September was $102 billion.     | $102 billion | 2025-07-01..2025-09-30"})
    void period_halfOrQuarterToADate_endsThen(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "the June quarter", "the December quarter of 2024": the quarter ending in the month named. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon ran 1,355 stores at the end of the June quarter.              | 1,355        | 2025-04-01..2025-06-30",
            "Meta's revenue in the September quarter was $51 billion.              | $51 billion  | 2025-07-01..2025-09-30",
            "Alphabet booked revenue of $96 billion in the December quarter of 2024. | $96 billion | 2024-10-01..2024-12-31",
            "Meta expects revenue of $56 billion in the December quarter.          | $56 billion  | 2025-10-01..2025-12-31"})
    void period_quarterNamedByItsLastMonth_endsInThatMonth(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "ended the quarter with 53,800 employees": the latest such span over by publication; "aims to end
     * the year with roughly 56,000 staff": the one under way; "ended it with" the span named before.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon ended the quarter with 1.55 million employees.          | 1.55 million | 2025-07-01..2025-09-30",
            "Meta finished the year with 74,000 staff.                      | 74,000       | 2024-01-01..2024-12-31",
            "Amazon closed the half with 1.5 million workers.               | 1.5 million  | 2025-01-01..2025-06-30",
            "Alphabet aims to end the year with roughly 190,000 employees.  | 190,000      | 2025-01-01..2025-12-31",
            "Meta called 2024 a year of discipline and ended it with 74,000 staff. | 74,000 | 2024-01-01..2024-12-31"})
    void period_spanClosedWithALevel_isThatSpan(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "up from $148 billion a year ago" after results for a quarter or longer: the same span a year
     * before; after a month that dates a filing, and on its own, "a year ago" stays the day.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon posted revenue of $167 billion for the three months to June 30, up from $148 billion a year ago. | $148 billion | 2024-04-01..2024-06-30",
            "Meta's revenue for the first half of 2025 was $90 billion, compared with $76 billion a year ago.      | $76 billion  | 2024-01-01..2024-06-30",
            "Amazon has invested $8 billion in Anthropic, according to a filing made in August, up from $4 billion a year ago. | $4 billion | 2024-10-28",
            "A year ago Meta employed about 72,000 people.                                                         | 72,000       | 2024-10-28"})
    void period_aYearAgoAsTheBaseOfAComparisonWithResults_isTheSameSpanAYearBefore(String sentence, String anchor,
                                                                                   String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "said in a filing on Monday", "told staff in a memo on Monday": the date of a statement made through
     * a document or to an audience dates only what has no period of its own.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon said in a filing on Monday that it had 1.55 million employees at the end of 2024. | 1.55 million | 2024-01-01..2024-12-31",
            "Meta told staff in a memo on Monday that it would cut 3,600 jobs.                        | 3,600        | 2025-10-27",
            "Alphabet said in a statement on Friday that it would cut 12,000 jobs.                    | 12,000       | 2025-10-24"})
    void statementDate_ofAStatementMadeThroughADocument_datesOnlyWhatHasNoPeriod(String sentence, String anchor,
                                                                                String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "cut 900 jobs in February and 1,600 jobs in September": a period written right after a figure is its own. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 900 jobs in February and 1,600 jobs in September.       | 1,600 | 2025-09-01..2025-09-30",
            "Amazon cut 900 jobs in February and 1,600 jobs in September.       | 900   | 2025-02-01..2025-02-28",
            "Meta laid off 500 workers in 2023 and 700 workers in 2024.         | 700   | 2024-01-01..2024-12-31",
            "Amazon had 2,198 stores at the end of September, 47 fewer than at mid-year. | 47 | 2025-09-01..2025-09-30"})
    void period_writtenRightAfterAFigure_isItsOwn_notTheOneOfTheFigureBefore(String sentence, String anchor,
                                                                            String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "900 last February and 1,600 in September": a month told against publication gives its year to the months after it. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta cut 1,200 jobs in the spring of 2024, 900 last February and 1,600 in September. | 1,600 | 2025-09-01..2025-09-30",
            "Meta cut 1,200 jobs in the spring of 2024, 900 last February and 1,600 in September. | 900   | 2025-02-01..2025-02-28",
            "Meta cut 1,200 jobs in March 2024 and 900 in June.                                   | 900   | 2024-06-01..2024-06-30"})
    void period_monthToldAgainstPublication_givesItsYearToTheMonthsAfterIt(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "its last financial year", "the current fiscal year": the company's year read as the calendar's, like "fiscal 2024". */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon's revenue in its last financial year was $638 billion.          | $638 billion | 2024-01-01..2024-12-31",
            "Meta expects revenue of $200 billion in the current fiscal year.       | $200 billion | 2025-01-01..2025-12-31",
            "Alphabet booked $350 billion in the previous financial year.           | $350 billion | 2024-01-01..2024-12-31"})
    void period_lastOrCurrentFinancialYear_isThatCalendarYear(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "follow its 14,000 cuts with more in January": a period after "more", "others" or "another" dates that quantity. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "In March 2025, Amazon said it would follow its 14,000 corporate cuts with more in January. | 14,000 | 2025-03-01..2025-03-31",
            "Meta laid off 3,600 people and others in June.                                             | 3,600  | -",
            "Meta will cut 1,500 more in October.                                                       | 1,500  | 2025-10-01..2025-10-31"})
    void period_afterAWordForAnotherQuantity_datesThatQuantity(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A period written right after a figure that is no claim is still that figure's ("a county where
     * unemployment rose to 5.8% in July"); a sentence opened by a participle of its subject's past
     * ("Founded in 2014, ...") dates none of its figures; "in May last year" is May of last year.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon said on Monday it would cut about 480 jobs, a blow to a county where unemployment rose to 5.8% in July. | 480 | 2025-10-27",
            "Meta cut 500 jobs, as gold climbed 4% in September.                         | 500    | -",
            "Founded in 2014, Microsoft is valued at $1.2 billion after its latest round. | $1.2 billion | -",
            "Established in 1998, Amazon now serves more than 2,300 enterprise customers. | 2,300  | -",
            "Amazon laid off 650 workers in May last year.                               | 650    | 2024-05-01..2024-05-31",
            "Meta hired 900 people in March this year.                                   | 900    | 2025-03-01..2025-03-31"})
    void periodOfAFigureThatIsNoClaim_aFrontedAsideAndAMonthOfARelativeYear(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "A profile that ran this autumn still said ...": a period in a relative clause of the subject dates that clause only. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "A profile that ran this autumn still said Meta employs about 72,000 people.   | 72,000 | -",
            "A report which appeared in March said Amazon cut 14,000 jobs.                | 14,000 | -",
            "In March a report said Amazon cut 14,000 jobs.                               | 14,000 | 2025-03-01..2025-03-31"})
    void period_inARelativeClauseOfTheSubject_datesOnlyThatClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * A stock move keeps no period of the reason given after it ("after raising its full-year outlook").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Meta rose 6.2% to $612 after raising its full-year outlook.                         | 6.2%   | -",
            "Meta fell 3% after it cut its 2026 forecast.                                        | 3%     | -",
            "Meta stock has lost about 19% since the start of the year, giving Meta a market value of roughly $1.5 trillion. | 19%   | 2025-01-01..2025-10-28",
            "Amazon cut 600 jobs in March, about 4% of its staff.                                | 4%     | 2025-03-01..2025-03-31"})
    void stockMove_keepsNoPeriodOfTheReasonToldAfterIt(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }
}

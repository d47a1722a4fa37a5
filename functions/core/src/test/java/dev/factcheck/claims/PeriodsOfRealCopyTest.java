package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods as real copy writes them, each class a rule of its own (published 2025-10-28, a Tuesday):
 * results bullets whose base names its own period, quarters and halves left out after their ordinal,
 * sources that "still" repeat a figure, share prices, the window of a rank and "the year's total".
 */
class PeriodsOfRealCopyTest {

    private static String period(String sentence, String anchor) {
        PeriodMention p = Stages.draft(sentence, anchor).timing().period();
        return p == null || p.period() == null ? null : p.period().toString();
    }

    private static String periodInArticle(String article, String claimText) {
        Claim claim = Stages.claim(article.replace("\\n", "\n"), claimText);
        return claim.period() == null ? null : claim.period().toString();
    }

    /**
     * "- Revenue of $4.9 billion, up 9% from $4.5 billion in the second quarter of 2024": the period
     * written right after the base of a comparison is the base's, so the list's or the release's period
     * still reaches the figure reported and the change told right after it; a figure of another kind
     * inherits nothing.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay Industries today reported results for its third quarter ended September 30, 2025.\\n\\nThird-quarter highlights:\\n- Net sales of $2.2 billion, up 6% from $2.1 billion in the third quarter of 2024\\n- 40 new showrooms | $2.2 billion | 2025-07-01..2025-09-30",
            "Vandelay Industries today reported results for its third quarter ended September 30, 2025.\\n\\nThird-quarter highlights:\\n- Net sales of $2.2 billion, up 6% from $2.1 billion in the third quarter of 2024\\n- 40 new showrooms | 6% | 2025-07-01..2025-09-30",
            "Vandelay Industries today reported results for its third quarter ended September 30, 2025.\\n\\nThird-quarter highlights:\\n- Net sales of $2.2 billion, up 6% from $2.1 billion in the third quarter of 2024\\n- 40 new showrooms | $2.1 billion | 2024-07-01..2024-09-30",
            "Kessler Paper today published its results for the year ended 31 December 2024.\\n\\nHighlights\\n- Revenue of £1.9 billion, up 4% from £1.8 billion in 2023\\n- Operating profit of £160 million, compared with £150 million a year earlier | £1.9 billion | 2024-01-01..2024-12-31",
            "Kessler Paper today published its results for the year ended 31 December 2024.\\n\\nHighlights\\n- Revenue of £1.9 billion, up 4% from £1.8 billion in 2023\\n- Operating profit of £160 million, compared with £150 million a year earlier | 4% | 2024-01-01..2024-12-31",
            "Kessler Paper today published its results for the year ended 31 December 2024.\\n\\nHighlights\\n- Revenue of £1.9 billion, up 4% from £1.8 billion in 2023\\n- Operating profit of £160 million, compared with £150 million a year earlier | £160 million | 2024-01-01..2024-12-31",
            "Kessler Paper today published its results for the year ended 31 December 2024.\\n\\nHighlights\\n- Staff of 9,100, up from 8,800 in 2023 | 9,100 | -",
            "Kessler Paper today published its results for the year ended 31 December 2024.\\n\\nHighlights\\n- Revenue of £1.9 billion in the second half, up from £1.8 billion | £1.9 billion | 2025-07-01..2025-12-31"})
    void reportPeriod_reachesAFigureWhoseClauseNamesOnlyTheBasesPeriod(String article, String claimText, String period) {
        assertThat(periodInArticle(article, claimText)).isEqualTo(period);
    }

    /**
     * "up from €2.5 billion in the second", "and $650 million in the second": an ordinal whose noun is
     * left out names the quarter or half of the same year as the span named last; an ordinal before a noun
     * is no such span.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli booked $1.2 billion in the first quarter and $1.4 billion in the second.                   | $1.4 billion | 2025-04-01..2025-06-30",
            "Umbrella earned $600 million in the first half of 2024 and $650 million in the second.           | $650 million | 2024-07-01..2024-12-31",
            "Sales reached €900 million in the third quarter, up from €850 million in the second, it said.    | €850 million | 2025-04-01..2025-06-30",
            "Sales reached €900 million in the fourth quarter of 2024, against €870 million in the third.     | €870 million | 2024-07-01..2024-09-30",
            "In the third quarter, the second largest unit cut 300 jobs.                                     | 300          | 2025-07-01..2025-09-30",
            "Hooli booked $1.2 billion in the first quarter, the second best on record.                      | $1.2 billion | 2025-01-01..2025-03-31"})
    void period_ofAnOrdinalWithItsSpanLeftOut_isThatPartOfTheYearOfTheSpanNamedLast(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "its investor deck, last updated in the spring, still describes it as 8,450 strong": a period told of
     * a source before "still" and its verb of saying dates the source, not the figure it goes on repeating;
     * a period that opens the sentence dates the saying.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Its website, last updated in the spring, still says Vandelay employs 4,100 people.         | 4,100 | -",
            "A 2024 brochure that still calls Initech a family of 39,000 is out of date.                | 39,000 | -",
            "The sales deck, printed in June, still lists 212 showrooms.                                | 212    | -",
            "In March the company still said it had 3,000 employees.                                    | 3,000  | 2025-03-01..2025-03-31",
            "The sales deck, printed in June, says Vandelay opened 12 showrooms in 2024.                | 12     | 2024-01-01..2024-12-31"})
    void period_toldOfASourceThatStillRepeatsAFigure_datesTheSourceNotTheFigure(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "Its stock has lost 38% over the past year and trades near $9", "Shares have fallen 22% this year to
     * about $48": a share's price is a price now, or at the time written right after it; it takes no period
     * told of the move or of another clause, only one that opens the sentence.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Its stock has lost 12% over the past year and trades near $18.                   | $18    | -",
            "Globex shares have fallen 9% this year to about $52.                              | $52    | -",
            "Globex shares have fallen 9% this year to about $52.                              | 9%     | 2025-01-01..2025-12-31",
            "Hooli shares closed 1.1% higher at $73.40 on Monday.                              | $73.40 | 2025-10-27",
            "In 2024 the stock traded at $14.                                                  | $14    | 2024-01-01..2024-12-31",
            "Revenue rose 5% in the third quarter to $3.1 billion.                             | $3.1 billion | 2025-07-01..2025-09-30"})
    void period_ofASharePrice_isOnlyOneWrittenRightAfterItOrOpeningTheSentence(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "its second round of layoffs in 2025": a year after a rank and its preposition is the window the rank
     * is counted over, not the period of the figure, which keeps its statement's date.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Initech said on Monday it was cutting 900 jobs, its third round of layoffs in 2025.     | 900   | 2025-10-27",
            "Globex cut 2,000 jobs, its second reduction during 2024.                               | 2,000 | -",
            "Globex cut 2,000 jobs in 2024.                                                        | 2,000 | 2024-01-01..2024-12-31"})
    void period_afterARankAndItsPreposition_isTheRanksWindow(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "bring the year's total to 2,100": the year's is this year's, and dates only what follows it. */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The cuts bring the year's total to 2,600.                                  | 2,600 | 2025-01-01..2025-12-31",
            "Hooli's 300 layoffs take the year's tally to 900.                           | 900   | 2025-01-01..2025-12-31",
            "Initech cut 400 jobs, the year's first round.                               | 400   | -"})
    void period_theYearsPossessive_isThisYear(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "a workforce of 11,200 at year end", "at quarter-end": the latest such span over by publication (after a
     * future cue the one under way), read like "at the end of 2024", so "a year earlier" is the year before it;
     * "at year-end 2024" is that year's.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex had 9,100 employees at year end.                                      | 9,100 | 2024-01-01..2024-12-31",
            "Globex had 9,100 employees at year-end, compared with 8,700 a year earlier.  | 8,700 | 2023-01-01..2023-12-31",
            "Initech ran 212 stores at quarter-end.                                       | 212   | 2025-07-01..2025-09-30",
            "Hooli expects to have 500 staff at year end.                                 | 500   | 2025-01-01..2025-12-31",
            "Umbrella employed 58,700 people at year-end 2024.                            | 58,700 | 2024-01-01..2024-12-31",
            "The year end was busy for Globex, which hired 300 people.                    | 300   | -"})
    void period_atYearOrQuarterEnd_isTheLatestSuchSpanOver(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "ended 2023 with 24,300 employees and 2024 with 25,100": a period right before "with" and a figure is
     * that figure's, never the one of the figure before it; a figure after it may still share it.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Vandelay ended 2023 with 4,100 staff and 2024 with 4,600.                  | 4,100  | 2023-01-01..2023-12-31",
            "Vandelay ended 2023 with 4,100 staff and 2024 with 4,600.                  | 4,600  | 2024-01-01..2024-12-31",
            "Globex ended 2023 with 118,000 employees, and Hooli with 61,000.           | 61,000 | 2023-01-01..2023-12-31",
            "Hooli cut 300 jobs in March with 200 more to follow.                       | 300    | 2025-03-01..2025-03-31"})
    void period_beforeWithAndAFigure_isThatFiguresNotTheOneBefore(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * ", so the latest cuts come to roughly 8.5%": a new subject after a comma opens a clause of its own even
     * past an aside ("at the end of 2024, down from 12,400 a year earlier, so the cuts ..."), and it borrows
     * no period written right after another figure.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Kessler employed 11,800 people at the end of 2024, down from 12,400 a year earlier, so the latest cuts come to roughly 4% of its workforce. | 4% | -",
            "Kessler cut 480 jobs in September, about 4% of its workforce.                                                                              | 4% | 2025-09-01..2025-09-30"})
    void period_writtenAfterAnotherFigure_staysOutOfANewSubjectsClausePastAnAside(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "had a goal of 2,000 staff by 2027": a level aimed at is the level a deadline is about, even after a
     * verb of having; the level held now is not ("plans to double its headcount of 280 by the end of the year").
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "The plan that leaked on Thursday had a goal of 2,000 staff by 2027.      | 2,000 | 2027-01-01..2027-12-31",
            "Hooli has a target of 5,000 employees by the end of 2026.               | 5,000 | 2026-01-01..2026-12-31",
            "Hooli has 300 stores and plans to double the count by the end of 2026.   | 300   | -"})
    void levelAimedAt_isTheLevelADeadlineIsAbout(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "dismissed 1,100 of its roughly 52,000 workers in February": a figure counted out of its whole shares
     * the whole's period, like "45 out of 600 workers last year"; a share of a whole does not ("about 6% of
     * the 22,400 staff it had at the end of 2024").
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Globex dismissed 1,100 of its roughly 52,000 workers in February.           | 1,100 | 2025-02-01..2025-02-28",
            "Hooli let go 90 of the 1,400 engineers at its Austin site last year.        | 90    | 2024-01-01..2024-12-31",
            "About 6% of the 22,400 staff it had at the end of 2024 lost their jobs.      | 6%    | -"})
    void period_ofAFigureCountedOutOfItsWhole_isTheWholesToo(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "When the group dismissed 1,100 workers in February, the cut amounted to about 2% of staff": a fronted
     * "when" clause dates the main clause after its comma, unless that clause names a period of its own.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "When the group dismissed 1,100 of its 52,000 workers in February, the cut amounted to about 2% of staff. | 2%     | 2025-02-01..2025-02-28",
            "When it listed in 2019, the company was valued at $1 billion.                                             | $1 billion | 2019-01-01..2019-12-31",
            "When Globex cut 900 jobs in 2024, it had 41,000 staff at the end of 2023.                                 | 41,000 | 2023-01-01..2023-12-31"})
    void period_ofAFrontedWhenClause_datesTheMainClause(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "A profile that still describes Hooli as "valued at $4 billion" is quoting the June 2024 round": a figure
     * a source still says keeps no period told after it, unless one is written right after it.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "A profile that still describes Hooli as \"valued at $4 billion\" is quoting its June 2024 round. | $4 billion | -",
            "Its website still says Hooli had 900 staff in 2024.                                             | 900        | 2024-01-01..2024-12-31"})
    void period_toldAfterAFigureAStaleSourceRepeats_isNotTheFigures(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /** "| Globex | 4,200 | May |": a May that no word follows, and no name precedes, is the month. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', nullValues = "-", value = {
            "Confirmed job cuts in 2025:\\n\\nCompany | Jobs cut | Month\\nGlobex | 4,200 | May\\nInitech | 2,400 | March # 4,200 # 2025-05-01..2025-05-31",
            "Globex hired a consultant, Theresa May. It then cut 300 jobs.                                        # 300   # -"})
    void period_ofAMayNoWordFollows_isTheMonth(String article, String claimText, String period) {
        assertThat(periodInArticle(article, claimText)).isEqualTo(period);
    }

    /**
     * "Third-quarter figures are due on November 13": a date something is due on, without its year, is the
     * next one, so it lends no past date to a figure of another clause; "was due on March 1" looks back.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Its quarterly figures are due on November 13.     | 2025-11-13",
            "Its annual report is due in February.             | 2026-02-01..2026-02-28",
            "The last payment was due on March 1.              | 2025-03-01",
            "The plant closed on March 1.                      | 2025-03-01"})
    void period_ofADateSomethingIsDueOn_isTheNextOne(String sentence, String period) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        assertThat(PeriodFinder.find(t, new boolean[t.size], Stages.PUBLISHED).getFirst().period().toString()).isEqualTo(period);
    }

    /**
     * "values it at $12 billion, more than double its valuation in February": a period in the noun phrase a
     * multiple is taken of dates that base, not the figure compared with it.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli said on Monday the round values it at $8 billion, more than double its valuation in March.  | $8 billion | 2025-10-27",
            "Globex now sells $900 million a quarter, triple its 2023 revenue.                                   | $900 million | -",
            "Hooli was valued at $8 billion in March, double the price of its first round.                      | $8 billion | 2025-03-01..2025-03-31"})
    void period_ofAMultiplesBase_isNotTheFiguresComparedWithIt(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }

    /**
     * "$2 billion in the fourth quarter of 2024 and $7.5 billion for the year": "for the year" is the calendar
     * year of the period named last; "for the year so far" and "for the year ended" keep their own readings.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Hooli booked $2 billion in the fourth quarter of 2024 and $7.5 billion for the year.          | $7.5 billion | 2024-01-01..2024-12-31",
            "Globex cut 1,800 jobs in January 2024 and 2,100 in July, a total of 3,900 for the year.         | 3,900        | 2024-01-01..2024-12-31",
            "Hooli cut 300 jobs in March 2025, taking its cuts for the year so far to 900.                  | 900          | 2025-01-01..2025-10-28",
            "Initech reported revenue of $9 billion for the year ended 31 December 2024.                    | $9 billion   | 2024-01-01..2024-12-31"})
    void period_forTheYear_isTheYearOfThePeriodNamedLast(String sentence, String anchor, String period) {
        assertThat(period(sentence, anchor)).isEqualTo(period);
    }
}

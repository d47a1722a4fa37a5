package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierStageTest {

    private static final QualifierStage STAGE = new QualifierStage(ExtractionSettings.DEFAULTS);

    private static ClaimDraft.Qualifying qualify(String sentence, String anchor) {
        SentenceContext c = Stages.context(sentence);
        return STAGE.apply(ClaimDraft.of(c, Stages.figure(c, anchor), null)).qualifying();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Acme cut 14,000 jobs.                  | 14,000 | -             | 13500 | 14500",
            "Acme cut about 14,000 jobs.            | 14,000 | APPROXIMATELY | 12600 | 15400",
            "Acme cut more than 14,000 jobs.        | 14,000 | MORE_THAN     | 14000 | -",
            "Acme cut just over 14,000 jobs.        | 14,000 | JUST_OVER     | 14000 | 15400",
            "Acme cut up to 14,000 jobs.            | 14,000 | AT_MOST       | 0     | 14000",
            "Acme cut nearly 14,000 jobs.           | 14,000 | NEARLY        | 12600 | 14000",
            "Acme cut 14,000 or more jobs.          | 14,000 | MORE_THAN     | 14000 | -",
            "Acme cut 14,000+ jobs.                 | 14,000 | MORE_THAN     | 14000 | -",
            "Acme cut 14,000 or so jobs.            | 14,000 | APPROXIMATELY | 12600 | 15400",
            "Acme cut 9,000–10,000 jobs.            | 9,000  | RANGE         | 8500  | 10500",
            "Acme cut between 9,000 and 10,000 jobs.| 9,000  | RANGE         | 8500  | 10500"})
    void qualifier_setsTheBounds(String sentence, String anchor, Qualifier qualifier, String low, String high) {
        ClaimDraft.Qualifying q = qualify(sentence, anchor);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.bounds()).isEqualTo(new Bounds(new BigDecimal(low), high == null ? null : new BigDecimal(high)));
    }

    /** Issue 15 class H: the hedges reporters also write. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Acme employs <65,000 people.               | 65,000  | AT_MOST   | 0      | 65000",
            "Acme employs \u2264 65,000 people.          | 65,000  | AT_MOST   | 0      | 65000",
            "Acme's workforce surged past 17,000.       | 17,000  | MORE_THAN | 17000  | -",
            "Acme's headcount is as high as 120,000.    | 120,000 | AT_MOST   | 0      | 120000",
            "Acme cut as many as 1,300 jobs.            | 1,300   | AT_MOST   | 0      | 1300"})
    void missingQualifiers_lessThanSign_surgedPast_asHighAs_asManyAs(String sentence, String anchor,
            Qualifier qualifier, String low, String high) {
        qualifier_setsTheBounds(sentence, anchor, qualifier, low, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Acme will cut no more than 14,000 jobs.        | 14,000 | AT_MOST   | 0     | 14000",
            "Acme will cut not more than 14,000 jobs.       | 14,000 | AT_MOST   | 0     | 14000",
            "Acme will cut no fewer than 14,000 jobs.       | 14,000 | MORE_THAN | 14000 | -",
            "Acme will cut no less than 14,000 jobs.        | 14,000 | MORE_THAN | 14000 | -",
            "Acme cut north of 14,000 jobs.                 | 14,000 | MORE_THAN | 14000 | -",
            "Acme cut slightly more than 14,000 jobs.       | 14,000 | JUST_OVER | 14000 | 15400",
            "Acme cut a little under 14,000 jobs.           | 14,000 | NEARLY    | 12600 | 14000",
            "Acme cut just shy of 14,000 jobs.              | 14,000 | NEARLY    | 12600 | 14000"})
    void negatedAndSoftenedBounds_keepTheirDirection(String sentence, String anchor, Qualifier qualifier, String low,
                                                     String high) {
        ClaimDraft.Qualifying q = qualify(sentence, anchor);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.bounds()).isEqualTo(new Bounds(new BigDecimal(low), high == null ? null : new BigDecimal(high)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme's two rounds add up to 14,000.            | 14,000",
            "The cuts, summed up to 14,000, hit sales.      | 14,000"})
    void upToAfterAVerbOfAdding_isASum_notAnUpperBound(String sentence, String anchor) {
        ClaimDraft.Qualifying q = qualify(sentence, anchor);
        assertThat(q.qualifier()).isNull();
        assertThat(q.bounds()).isEqualTo(new Bounds(new BigDecimal("13500"), new BigDecimal("14500")));
    }

    @Test
    void markupBeforeAFigure_isNoQualifier() {
        assertThat(qualify("<td>65,000</td>", "65,000").qualifier()).isNull();
    }

    @Test
    void longestPhrase_wins_justOverIsNotOver() {
        assertThat(qualify("Acme cut just over 500 jobs.", "500").qualifier()).isEqualTo(Qualifier.JUST_OVER);
    }

    @Test
    void span_coversTheHedgeBeforeAndAfter() {
        SentenceContext c = Stages.context("Acme cut more than 14,000 or so jobs.");
        ClaimDraft.Qualifying q = STAGE.apply(ClaimDraft.of(c, Stages.figure(c, "14,000"), null)).qualifying();
        Tokens t = c.tokens();
        assertThat(t.text.substring(t.start[q.spanStart()], t.end[q.spanEnd() - 1])).isEqualTo("more than 14,000");
    }

    @Test
    void qualifierWords_comeFromTheSettings() {
        QualifierStage custom = new QualifierStage(ExtractionSettings.DEFAULTS.withQualifierWords(
                Map.of(Qualifier.APPROXIMATELY, List.of("circa"))));
        SentenceContext c = Stages.context("Acme cut circa 2,000 jobs.");
        ClaimDraft.Qualifying q = custom.apply(ClaimDraft.of(c, Stages.figure(c, "2,000"), null)).qualifying();
        assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    }
}

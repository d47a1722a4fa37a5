package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityStageTest {

    private static final EntityStage STAGE = new EntityStage();

    private static ClaimDraft.Subject subject(SentenceContext c, String anchor) {
        return STAGE.apply(ClaimDraft.of(c, Stages.figure(c, anchor), null)).subject();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Amazon cut 14,000 jobs.                                     | 14,000 | Amazon",
            "At Google, 12,000 jobs were cut.                            | 12,000 | Alphabet",
            "About 10,000 jobs were cut at Microsoft.                    | 10,000 | Microsoft",
            "Meta said it had cut 11,000 jobs.                           | 11,000 | Meta",
            "Walmart's 2,100 new stores compare with Amazon's 1,000 sites.| 1,000  | Amazon",
            "Job cuts of 5,000 in India were announced.                  | 5,000  | -"})
    void entity_isTheSubjectOfTheClause_elseAPrepositionalName_elseANameAfter(
            String sentence, String anchor, String entity) {
        assertThat(subject(Stages.context(sentence), anchor).entity()).isEqualTo(entity);
    }

    @Test
    void entity_fallsBackToTheOrganisationNamedLast() {
        SentenceContext c = Stages.after("Amazon", "About 14,000 jobs will go.");
        assertThat(subject(c, "14,000").entity()).isEqualTo("Amazon");
    }

    @Test
    void counterparty_isTheNameAfterAnInvestmentCue_neverTheEntity() {
        ClaimDraft.Subject s = subject(Stages.context("Amazon has invested $4B in Anthropic."), "$4B");
        assertThat(s.entity()).isEqualTo("Amazon");
        assertThat(s.counterparty()).isEqualTo("Anthropic");
    }
}

package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void wordList_listingAWordTwice_isRefusedAtLoad_namingTheListAndTheWord() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Lexicon.words("SPEECH_VERBS", "said", "says", "told", "said"))
                .withMessage("Lexicon.SPEECH_VERBS lists \"said\" twice");
    }

    @Test
    void everyWordListOfTheLexicon_loads_withEachWordOnce() {
        // Loading Lexicon runs words(...) on every list: a repeated word would fail this line.
        assertThat(Lexicon.NOT_NAMES).contains("no", "both", "more");
        assertThat(Lexicon.SUBJECT_VERBS).contains("last", "plans", "is");
    }

    @Test
    void futureCues_areOneList_sharedByThePeriodFinderAndThePeriodStage() {
        assertThat(Lexicon.FUTURE_CUES).containsExactlyInAnyOrder(
                "will", "would", "plans", "plan", "planned", "aims", "intends", "expects", "wants", "scheduled");
    }
}

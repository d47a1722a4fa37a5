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
    void futureAt_marksAFutureCue_andTheInfinitiveOfAHeadline() {
        Tokens headline = Tokens.of("Initech Inc. to lay off 1,500 in October", 0, 40);
        Tokens prose = Tokens.of("Sales to China rose, and it wants to grow", 0, 41);
        assertThat(Lexicon.futureAt(headline, 3)).isTrue();
        assertThat(Lexicon.futureAt(prose, 1)).as("to China").isFalse();
        assertThat(Lexicon.futureAt(prose, 8)).as("wants to grow").isFalse();
        assertThat(Lexicon.futureAt(prose, 7)).as("wants").isTrue();
    }

    @Test
    void futureCues_areOneList_sharedByThePeriodFinderAndThePeriodStage() {
        assertThat(Lexicon.FUTURE_CUES).containsExactlyInAnyOrder(
                "will", "would", "plans", "plan", "planned", "aims", "intends", "expects", "expect", "expected", "wants",
                "scheduled");
    }
}

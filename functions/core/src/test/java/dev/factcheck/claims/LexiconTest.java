package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** "better than expected", "as planned", "a recovery few expected after ...": a past expectation, no future cue. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Orders rose faster than expected in May.                    | expected | false",
            "The plant reopened as planned in April.                     | planned  | false",
            "It was a recovery few expected after the brewer cut 300.    | expected | false",
            "Nobody expected, least of all the board, that sales would climb. | expected | false",
            "The brewer is expected to cut 300 jobs in May.              | expected | true",
            "The lender planned 400 branch closures for the spring.      | planned  | true"})
    void futureAt_pastExpectation_closedByAComparisonOrTheNextClause_marksNoFuture(String sentence, String cue, boolean future) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        int at = 0;
        while (!t.is(at, cue)) {
            at++;
        }
        assertThat(Lexicon.futureAt(t, at)).isEqualTo(future);
    }

    @Test
    void futureCues_areOneList_sharedByThePeriodFinderAndThePeriodStage() {
        assertThat(Lexicon.FUTURE_CUES).containsExactlyInAnyOrder(
                "will", "would", "plans", "plan", "planned", "aims", "intends", "expects", "expect", "expected", "wants",
                "scheduled");
    }
}

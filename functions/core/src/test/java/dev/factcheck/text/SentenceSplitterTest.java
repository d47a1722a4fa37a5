package dev.factcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void split_endsSentenceAtPeriodFollowedByCapital() {
        assertThat(texts("Amazon cut 14,000 jobs. The company said more may follow."))
                .containsExactly("Amazon cut 14,000 jobs.", "The company said more may follow.");
    }

    @Test
    void split_keepsDecimalsAbbreviationsAndInitialsInsideTheSentence() {
        assertThat(texts("Amazon.com Inc. invested $1.5 billion in the U.S. last year. J. Smith agreed."))
                .containsExactly("Amazon.com Inc. invested $1.5 billion in the U.S. last year.", "J. Smith agreed.");
    }

    @Test
    void split_endsSentenceAtParagraphBreakAndKeepsClosingQuotes() {
        assertThat(texts("\"We are cutting 9,000 roles.\" He left.\n\nHeadline without stop\n\nNext one."))
                .containsExactly("\"We are cutting 9,000 roles.\"", "He left.", "Headline without stop", "Next one.");
    }

    @Test
    void split_reportsOffsetsIntoTheOriginalText() {
        String text = "  First one. Second one.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences).hasSize(2);
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void split_endsSentenceAtASingleLineBreakBeforeAHeadlineOrBullet() {
        assertThat(texts("Amazon Cuts 14,000 Jobs\nAmazon is cutting jobs. It has:\n– Invested $4B\n– Hired staff"))
                .containsExactly("Amazon Cuts 14,000 Jobs", "Amazon is cutting jobs.", "It has:", "– Invested $4B",
                        "– Hired staff");
    }

    @Test
    void split_keepsAWrappedLineThatContinuesInLowerCase() {
        assertThat(texts("Amazon is cutting\ncorporate jobs."))
                .containsExactly("Amazon is cutting\ncorporate jobs.");
    }
}

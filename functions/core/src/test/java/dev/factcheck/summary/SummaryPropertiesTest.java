package dev.factcheck.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.TestClaims;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SummaryPropertiesTest {

    private final Summarizer summarizer = new Summarizer();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(600);
        Arbitrary<String> prose = Arbitraries.strings()
                .withChars("abc XYZ.,!?\n\"'()<>*_[]`#-1234567890$%\u2013\u00a0")
                .ofMaxLength(600);
        return Arbitraries.oneOf(anyUnicode, prose);
    }

    @Property(tries = 300)
    void randomTextWithRandomClaims_neverThrowsAndStaysConsistent(
            @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 10) int count,
            @ForAll("spans") List<int[]> spans) {
        List<CheckedClaim> claims = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < spans.size(); i++) {
            int start = Math.min(spans.get(i)[0], text.length() + 3);
            int end = start + spans.get(i)[1];
            Verdict verdict = verdicts[i % verdicts.length];
            claims.add(new CheckedClaim(TestClaims.claim().id("c" + i).span(start, end).build(), verdict,
                    verdict == Verdict.UNVERIFIED ? null : BigDecimal.valueOf(spans.get(i)[0]), List.of(), "x"));
        }

        VerifiedSummary summary = summarizer.summarize(text, claims, count);

        assertThat(summary.sentences()).hasSizeLessThanOrEqualTo(count);
        assertThat(summary.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(claims.size());
        int previous = -1;
        for (SummarySentence sentence : summary.sentences()) {
            assertThat(sentence.index()).isGreaterThan(previous);
            previous = sentence.index();
            for (FigureAnnotation annotation : sentence.annotations()) {
                assertThat(annotation.span().end()).isLessThanOrEqualTo(sentence.text().length());
            }
        }
        assertThat(SummaryRenderer.markdown(summary)).endsWith("\n");
        assertThat(SummaryRenderer.plainText(summary)).endsWith("\n");
    }

    @Provide
    Arbitrary<List<int[]>> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 700), Arbitraries.integers().between(0, 12))
                .as((start, length) -> new int[] {start, length})
                .list().ofMaxSize(8);
    }

    @Property(tries = 200)
    void markdownOfRandomSentence_leavesNoUnescapedMarkupOrLineBreak(@ForAll("texts") String sentence) {
        VerifiedSummary summary = new VerifiedSummary(List.of(new SummarySentence(0, sentence, List.of())), java.util.Map.of());
        String markdown = SummaryRenderer.markdown(summary);
        String item = markdown.substring(0, markdown.indexOf('\n'));
        assertThat(item).startsWith("- ");
        String bare = item.substring(2).replaceAll("\\\\.", "");
        assertThat(bare.chars().filter(c -> "`*_[]<>#|~&\\".indexOf(c) >= 0)).isEmpty();
    }
}

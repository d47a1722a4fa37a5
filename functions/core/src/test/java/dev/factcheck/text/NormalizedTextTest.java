package dev.factcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void plainText_isKeptAsItIs_withoutAMap() {
        NormalizedText n = NormalizedText.of("Amazon cut 14,000 jobs \u2013 “the largest round”.");
        assertThat(n.unchanged()).isTrue();
        assertThat(n.text()).isSameAs(n.original());
    }

    @Test
    void zeroWidthCharacters_softHyphens_andBidiControls_areRemoved() {
        String original = "14\u200b000 lay\u00adoffs \u202bAmazon\u202c \u2066Meta\u2069 \ufeffGoogle \u200e5\u200f";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).isEqualTo("14000 layoffs Amazon Meta Google 5");
    }

    @Test
    void decomposedAccents_areComposed_nfc() {
        NormalizedText n = NormalizedText.of("Socie\u0301te\u0301 Ge\u0301ne\u0301rale");
        assertThat(n.text()).isEqualTo("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale");
        assertThat(Normalizer.isNormalized(n.text(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void offsets_mapBackToTheOriginal_aroundRemovedAndComposedCharacters() {
        String original = "e\u0301 14\u200b000 jobs";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).isEqualTo("\u00e9 14000 jobs");
        int start = n.text().indexOf("14000");
        int end = start + "14000 jobs".length();
        assertThat(original.substring(n.originalStart(start), n.originalEnd(end))).isEqualTo("14\u200b000 jobs");
        assertThat(original.substring(n.originalStart(0), n.originalEnd(1))).isEqualTo("e\u0301");
    }

    @Test
    void aThousandCombiningMarks_areNormalisedInBoundedPieces() {
        String original = "a" + "\u0301\u0323".repeat(5_000) + " 5";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).endsWith(" 5");
        assertThat(original.substring(n.originalStart(n.text().length() - 1), n.originalEnd(n.text().length())))
                .isEqualTo("5");
    }

    @Property(tries = 300)
    void anyText_mapsEverySpanOntoTheOriginal_inOrder(@ForAll("hostile") String original) {
        NormalizedText n = NormalizedText.of(original);
        String text = n.text();
        int previousEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            int start = n.originalStart(i);
            int end = n.originalEnd(i + 1);
            assertThat(start).isBetween(0, original.length());
            assertThat(end).isBetween(start + 1, original.length());
            assertThat(start).isGreaterThanOrEqualTo(i == 0 ? 0 : n.originalStart(i - 1));
            assertThat(end).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = end;
        }
    }

    @Property(tries = 300)
    void anyText_comesOutInNfc_withoutInvisibleCharacters(@ForAll("hostile") String original) {
        String text = NormalizedText.of(original).text();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text.codePoints().noneMatch(NormalizedText::invisible)).isTrue();
    }

    @Property(tries = 300)
    void randomUnicode_neverThrows(@ForAll @StringLength(max = 2000) String original) {
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.originalEnd(n.text().length())).isLessThanOrEqualTo(original.length());
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(PIECES).list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    private static final List<String> PIECES = List.of(
            "Amazon", " ", "cut", "14", "000", ",", ".", "e", "\u0301", "\u0323", "\u0308", "a", "\u200b", "\u200c",
            "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
            "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u00a0", "\u202f", "\u2009", "\u2007",
            "\u1100", "\u1161", "\u11a8", "\uac00", "\u212b", "\u2126", "\u0958", "\ud83d\ude00", "\ud800", "\udc00",
            "\u0915", "\u093c", "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "\u00e9", "\n");
}

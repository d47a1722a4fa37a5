package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text as hostile or careless copy writes it: invisible characters inside figures and words,
 * no-break spaces as thousands separators, decomposed accents, numbers no figure needs. Spans always
 * point into the text as submitted.
 */
class HostileTextTest {

    private static final ClaimExtractor EXTRACTOR = Stages.EXTRACTOR;

    private static List<Claim> extract(String text) {
        return EXTRACTOR.extract(text, Stages.PUBLISHED);
    }

    private static Claim one(String text) {
        List<Claim> claims = extract(text);
        assertThat(claims).as("claims in " + text).hasSize(1);
        return claims.getFirst();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00a0", "202f", "2009"})
    void noBreakNarrowNoBreakAndThinSpaces_areThousandsSeparators(String codePoint) {
        String separator = Character.toString(Integer.parseInt(codePoint, 16));
        String text = "Amazon cut 14" + separator + "000 jobs.";
        Claim c = one(text);
        assertThat(c.value()).isEqualByComparingTo("14000");
        assertThat(c.text()).isEqualTo("14" + separator + "000 jobs");
        assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
    }

    @Test
    void narrowNoBreakSpace_groupsMillionsToo() {
        assertThat(one("Acme invested \u20ac1\u202f250\u202f000 in Beta.").value()).isEqualByComparingTo("1250000");
    }

    @Test
    void zeroWidthSpace_insideAFigure_isIgnored_andTheSpanKeepsIt() {
        String text = "Amazon cut 14\u200b000 jobs.";
        Claim c = one(text);
        assertThat(c.value()).isEqualByComparingTo("14000");
        assertThat(c.span()).isEqualTo(new Span(11, 22));
        assertThat(c.text()).isEqualTo("14\u200b000 jobs");
        assertThat(c.sentence()).isEqualTo(text);
    }

    @Test
    void zeroWidthJoinerWordJoinerAndByteOrderMark_insideFigures_areIgnored() {
        List<Claim> claims = extract("\ufeffAmazon cut 14\u200d000 jobs; Meta cut 11\u2060000 roles.");
        assertThat(claims).extracting(Claim::value).containsExactly(new BigDecimal("14000"), new BigDecimal("11000"));
    }

    @Test
    void softHyphen_insideAWord_doesNotHideIt() {
        Claim c = one("Amazon announced 14,000 lay\u00adoffs.");
        assertThat(c.metric()).isEqualTo("layoffs");
        assertThat(c.text()).isEqualTo("14,000 lay\u00adoffs");
    }

    @Test
    void bidiControls_areIgnored_andSpansPointIntoTheOriginal() {
        String text = "\u202bAmazon\u202c cut \u2066$4\u2069 billion in \u200fjobs\u200e.";
        Claim c = one(text);
        assertThat(c.value()).isEqualByComparingTo("4000000000");
        assertThat(c.entity()).isEqualTo("Amazon");
        assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
        assertThat(c.text()).startsWith("$4");
    }

    @Test
    void decomposedAccents_areReadComposed_andShownAsWritten() {
        String text = "Socie\u0301te\u0301 Ge\u0301ne\u0301rale cut 900 jobs in Paris.";
        Claim c = one(text);
        assertThat(c.value()).isEqualByComparingTo("900");
        assertThat(c.sentence()).isEqualTo(text);
        assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
    }

    @Test
    void figureWithMoreThan40SignificantDigits_isNotAClaim() {
        assertThat(extract("Amazon cut 12345678901234567890.123456789012345678901 jobs.")).isEmpty();
        assertThat(one("Amazon cut 1234567890.123456789012345678901234567890 jobs.").value())
                .isEqualByComparingTo("1234567890.123456789012345678901234567890");
    }

    @Test
    void figureWithAnExponentBeyond30_isNotAClaim() {
        assertThat(extract("Amazon cut 0.0000000000000000000000000000000001% of jobs.")).isEmpty();
        assertThat(extract("Acme invested $90,000,000,000,000,000,000 trillion in Beta.")).isEmpty();
        assertThat(one("Acme invested $900,000,000,000,000,000 trillion in Beta.").value())
                .isEqualByComparingTo("9e29");
    }

    @Test
    void numberOf1500Digits_isNotAClaim_andNoPartOfItIs() {
        String digits = "7".repeat(1_500);
        String grouped = String.join(",", java.util.Collections.nCopies(500, "777"));
        assertThat(extract("Amazon cut " + digits + " jobs.")).isEmpty();
        assertThat(extract("Amazon cut " + grouped + " jobs.")).isEmpty();
        assertThat(extract("Amazon cut " + grouped.substring(0, 59) + ",7 jobs.")).isEmpty();
        assertThat(extract("Amazon cut " + grouped + " jobs. Meta cut 11,000 roles.")).extracting(Claim::value)
                .containsExactly(new BigDecimal("11000"));
    }

    @Property(tries = 300)
    void spans_alwaysIndexTheOriginalText(@ForAll("withInvisibles") String text) {
        List<Claim> claims = extract(text);
        int previous = -1;
        for (Claim c : claims) {
            assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
            assertThat(text).contains(c.sentence());
            assertThat(c.span().start()).isGreaterThan(previous);
            previous = c.span().start();
        }
    }

    @Property(tries = 300)
    void randomTextWithInvisibleAndSpaceCharacters_neverThrows(@ForAll("withInvisibles") String text) {
        assertThat(extract(text)).allSatisfy(c -> assertThat(c.value()).isNotNull());
    }

    @Provide
    Arbitrary<String> withInvisibles() {
        Arbitrary<String> word = Arbitraries.of("Amazon", "Meta", "cut", "jobs", "invested", "in", "Anthropic",
                "about", "more than", "$", "\u20ac", "%", "billion", "million", "last year", "in March", "2023", ".",
                ",", "e\u0301", "Socie\u0301te\u0301", "\u0301\u0323", "between", "and", "\n");
        Arbitrary<String> number = Arbitraries.longs().between(0, 99_999_999L).map(Object::toString);
        Arbitrary<String> longNumber = Arbitraries.strings().numeric().ofMinLength(30).ofMaxLength(80);
        Arbitrary<String> special = Arbitraries.of("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
                "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u061c", "\u00a0", "\u202f", "\u2009", "\u2007", " ", " ", " ");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, word), net.jqwik.api.Tuple.of(3, number), net.jqwik.api.Tuple.of(1, longNumber),
                net.jqwik.api.Tuple.of(4, special));
        return piece.list().ofMaxSize(200).map(parts -> String.join("", parts));
    }
}

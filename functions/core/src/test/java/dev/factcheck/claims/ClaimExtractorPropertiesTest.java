package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of extraction: every supported way of writing a number reads back; any text is safe. */
class ClaimExtractorPropertiesTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-10-28");
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(TestCatalog.CATALOG, ExtractionSettings.DEFAULTS);

    private static Claim only(String text) {
        List<Claim> claims = EXTRACTOR.extract(text, PUBLISHED);
        assertThat(claims).as(text).hasSize(1);
        return claims.getFirst();
    }

    @Property(tries = 300)
    void digits_plainGroupedAndSpaceGrouped_parseBackToThemselves(@ForAll @LongRange(min = 10, max = 999_999_999_999L) long value,
                                                                   @ForAll @IntRange(min = 0, max = 4) int style) {
        String digits = Long.toString(value);
        String written = switch (style) {
            case 0 -> digits;
            case 1 -> group(digits, ",");
            case 2 -> group(digits, " ");
            case 3 -> group(digits, "\u2009");
            default -> group(digits, "\u202f");
        };
        Claim c = only("Acme hired " + written + " people.");
        assertThat(c.value()).as(written).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(c.unit()).isEqualTo(Unit.PEOPLE);
    }

    @Property(tries = 300)
    void decimalsWithScales_parseBackToThemselves(@ForAll @IntRange(min = 1, max = 99_999) int mantissa,
                                                  @ForAll @IntRange(min = 0, max = 2) int decimals,
                                                  @ForAll @IntRange(min = 0, max = 10) int scaleStyle) {
        BigDecimal m = BigDecimal.valueOf(mantissa).movePointLeft(decimals);
        String[] suffix = {" thousand", " million", " billion", " trillion", "k", "m", "mn", "bn", "B", "M", "K"};
        long[] scale = {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L, 1_000L, 1_000_000L, 1_000_000L,
                1_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        Claim c = only("Acme raised $" + m.toPlainString() + suffix[scaleStyle] + ".");
        assertThat(c.value()).isEqualByComparingTo(m.multiply(BigDecimal.valueOf(scale[scaleStyle])));
        assertThat(c.unit()).isEqualTo(Unit.USD);
    }

    @Property(tries = 300)
    void currencies_parseBackToThemselves(@ForAll @IntRange(min = 10, max = 999_999) int value,
                                          @ForAll @IntRange(min = 0, max = 9) int style) {
        String v = group(Integer.toString(value), ",");
        String[] forms = {"$" + v, "US$" + v, "USD " + v, v + " dollars", "\u20ac" + v, "EUR " + v, v + " euros",
                "\u00a3" + v, "GBP " + v, "$" + v + " million"};
        Unit[] units = {Unit.USD, Unit.USD, Unit.USD, Unit.USD, Unit.EUR, Unit.EUR, Unit.EUR, Unit.GBP, Unit.GBP, Unit.USD};
        // A company pays: a small sum with no payer is the price of a thing (Distractors), not a claim.
        Claim c = only("Amazon paid " + forms[style] + " for it.");
        BigDecimal expected = BigDecimal.valueOf(value).multiply(style == 9 ? BigDecimal.valueOf(1_000_000) : BigDecimal.ONE);
        assertThat(c.value()).as(forms[style]).isEqualByComparingTo(expected);
        assertThat(c.unit()).isEqualTo(units[style]);
    }

    @Property(tries = 200)
    void percents_parseBackToThemselves(@ForAll @IntRange(min = 1, max = 9_999) int hundredths,
                                        @ForAll @IntRange(min = 0, max = 3) int style) {
        BigDecimal v = BigDecimal.valueOf(hundredths).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
        String[] forms = {v + "%", v + " percent", v + " per cent", v + " %"};
        Claim c = only("Acme shares rose " + forms[style] + " in trading.");
        assertThat(c.value()).isEqualByComparingTo(v);
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
    }

    @Property(tries = 300)
    void spelledOutNumbers_parseBackToThemselves(@ForAll @IntRange(min = 10, max = 999_999_999) int value) {
        String words = spell(value);
        Claim c = only("Acme hired " + words + " people.");
        assertThat(c.value()).as(words).isEqualByComparingTo(BigDecimal.valueOf(value));
    }

    @Property(tries = 300)
    void ranges_readBackBothEnds(@ForAll @IntRange(min = 100, max = 99_999) int low,
                                 @ForAll @IntRange(min = 1, max = 99_999) int width,
                                 @ForAll @IntRange(min = 0, max = 3) int style) {
        String a = group(Integer.toString(low), ",");
        String b = group(Integer.toString(low + width), ",");
        String[] forms = {a + "\u2013" + b, a + "-" + b, a + " to " + b, "between " + a + " and " + b};
        Claim c = only("Acme will cut " + forms[style] + " jobs.");
        assertThat(c.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(c.value()).isEqualByComparingTo(BigDecimal.valueOf(low));
        assertThat(c.bounds().high()).isGreaterThanOrEqualTo(BigDecimal.valueOf(low + width));
        assertThat(c.bounds().low()).isLessThanOrEqualTo(BigDecimal.valueOf(low));
    }

    @Property(tries = 300)
    void randomUnicodeText_neverThrows_andSpansMatchTheText(@ForAll @StringLength(max = 3000) String text) {
        check(text);
    }

    @Property(tries = 300)
    void randomNewsLikeText_neverThrows_andSpansMatchTheText(@ForAll("newsLike") String text) {
        check(text);
    }

    private static void check(String text) {
        List<Claim> claims = EXTRACTOR.extract(text, PUBLISHED);
        int previous = -1;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            assertThat(c.id()).isEqualTo("c" + (i + 1));
            assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(c.text());
            assertThat(c.span().start()).isGreaterThan(previous);
            previous = c.span().start();
            assertThat(c.bounds().contains(c.value()) || c.qualifier() == Qualifier.AT_MOST
                    || c.qualifier() == Qualifier.NEARLY).isTrue();
        }
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> token = Arbitraries.of(NEWS_TOKENS);
        Arbitrary<String> number = Arbitraries.longs().between(0, 10_000_000_000L).map(Object::toString);
        Arbitrary<String> noise = Arbitraries.strings().ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, token), net.jqwik.api.Tuple.of(2, number), net.jqwik.api.Tuple.of(1, noise));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ", ", ". ", "\n", "\n\n", "-", "–", "/");
        return Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(300)
                .map(parts -> String.join("", parts));
    }

    private static final List<String> NEWS_TOKENS = List.of(
            "Amazon", "Meta", "Google", "Alphabet", "Microsoft", "Tesla", "the company", "it", "its", "The firm",
            "cut", "laid off", "laying off", "employs", "invested", "in", "into", "Anthropic", "revenue", "profit",
            "jobs", "people", "employees", "$", "US$", "€", "£", "%", "percent", "per cent", "billion", "million",
            "thousand", "hundred", "trillion", "bn", "B", "k", "9,99", "1.2.3", "12345678901234567890", "0.000", "about", "more than", "nearly", "just over", "up to", "between", "and", "to",
            "since", "by", "the end of", "last year", "this week", "on Wednesday", "in March", "January 4,", "Q3",
            "the third quarter", "2022", "2023", "2022–2023", "fourteen", "thousand", "a dozen", "twenty-five",
            "which", "while", "said", "CEO", "Andy Jassy", "https://x.io/1", "a@b.co", "206-555-0100", "9:30", "2nd",
            "Section", "No.", "Form", "10-K", "~", "+", "(", ")", "\"", ":", ";", "–", "•");

    /**
     * The largest texts the API accepts, news-like with long runs without sentence breaks, are as safe
     * as short ones. How extraction time grows with the size of a text is measured by
     * {@code ExtractionScalingBenchmark}, not asserted here: a wall-clock bound fails on a busy machine.
     */
    @net.jqwik.api.Example
    void largestAcceptedTexts_neverThrow_andSpansMatchTheText() {
        check(randomText(100_000, 7));
        check(randomText(200_000, 7));
    }

    /** News-like words, numbers and random code points, with long runs without sentence breaks. */
    static String randomText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(length + 64);
        while (sb.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                sb.append(NEWS_TOKENS.get(random.nextInt(NEWS_TOKENS.size())));
            } else if (kind < 7) {
                sb.append(random.nextInt(2_000_000));
            } else {
                for (int k = random.nextInt(6); k >= 0; k--) {
                    sb.appendCodePoint(random.nextInt(0x2FFFF));
                }
            }
            sb.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    static String group(String digits, String separator) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(separator).append(digits, i, i + 3);
        }
        return sb.toString();
    }

    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String spell(int value) {
        StringBuilder sb = new StringBuilder();
        int millions = value / 1_000_000;
        int thousands = value / 1_000 % 1_000;
        int rest = value % 1_000;
        if (millions > 0) {
            sb.append(spellHundreds(millions)).append(" million");
        }
        if (thousands > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(spellHundreds(thousands)).append(" thousand");
        }
        if (rest > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(spellHundreds(rest));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String spellHundreds(int n) {
        StringBuilder sb = new StringBuilder();
        if (n >= 100) {
            sb.append(ONES[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                sb.append(" ");
            }
        }
        if (n >= 20) {
            sb.append(TENS[n / 10]);
            if (n % 10 > 0) {
                sb.append("-").append(ONES[n % 10]);
            }
        } else if (n > 0) {
            sb.append(ONES[n]);
        }
        return sb.toString();
    }
}

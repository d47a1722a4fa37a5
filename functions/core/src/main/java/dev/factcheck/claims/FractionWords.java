package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * Reads a share written as a fraction or a ratio (issue 15, class H): "a tenth", "a third", "half",
 * "two-thirds", "three quarters", "one in five", "one in every ten", "three out of four", "1 in 20".
 * The figure is the share as a percentage (a third is 33.3%) that {@link Shares} then relates like "33%
 * of its staff"; {@link ClaimExtractor} keeps it only when it is such a share, so "half a year", "the
 * first half", "a quarter of 2025" and "one in five Americans" stay no claims.
 *
 * <p>A reporter's fraction word is a round figure: it stands for the ratio within {@link #TOLERANCE} of
 * its value ("a third" covers 31.7%–35.0%, "a tenth" 9.5%–10.5%), and a hedge widens that as for any
 * figure ("nearly a tenth" is 9%–10%).
 */
final class FractionWords {

    /** How far, as a part of its value, the ratio a fraction word stands for may lie from it. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.05");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest denominator of a ratio ("one in 100"); "45 out of 600 workers" counts people. */
    private static final int LARGEST_DENOMINATOR = 100;

    private static final Map<String, Integer> SINGULAR = Map.of("half", 2, "third", 3, "quarter", 4, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    private static final Map<String, Integer> PLURAL = Map.of("halves", 2, "thirds", 3, "quarters", 4, "fourths", 4,
            "fifths", 5, "sixths", 6, "sevenths", 7, "eighths", 8, "ninths", 9, "tenths", 10);
    /** Words that make one of a fraction: "a third", "an eighth", "one-fifth". */
    private static final Set<String> ONE = Set.of("a", "an", "one");
    /** Words after which "half" is a span of time: "a year and a half", "the first half", "the back half". */
    private static final Set<String> NOT_A_SHARE_BEFORE_HALF = Set.of("and", "first", "second", "last", "back",
            "front", "latter", "other");

    private FractionWords() {
    }

    /** The share written at token {@code i} as a fraction or a ratio, or null. */
    static Figure read(Tokens t, int i, boolean[] taken) {
        if (t.isNum(i)) {
            // "1 in 20"; not "4.2 out of 5" nor "$5 in"
            boolean single = t.length(i) == 1 && !t.isSymAny(i - 1, ".,$\u20ac\u00a3");
            return ratio(t, i, taken, single ? t.intValue(i) : 0);
        }
        if (!t.isWord(i)) {
            return null;
        }
        String w = t.lower(i);
        if (w.equals("half")) {
            // "a year and a half", "the first half", "the back half of the year"
            return t.isAny(i - 1, NOT_A_SHARE_BEFORE_HALF) ? null : fraction(t, i, i + 1, 1, 2);
        }
        Integer numerator = ONE.contains(w) ? Integer.valueOf(1) : Lexicon.NUMBER_WORDS.get(w);
        if (numerator == null || numerator < 1 || numerator > 9) {
            return null;
        }
        Figure ratio = ratio(t, i, taken, numerator);
        if (ratio != null) {
            return ratio;
        }
        // "two-thirds", "one-fifth": the hyphen joins the words
        int d = t.isSym(i + 1, '-') && t.attached(i + 1) && t.attached(i + 2) ? i + 2 : i + 1;
        if (d >= t.size || taken[d] || !t.isWord(d) || t.is(i - 1, "and")) {
            return null; // "a year and a half"
        }
        Integer denominator = numerator == 1 ? SINGULAR.get(t.lower(d)) : PLURAL.get(t.lower(d));
        if (denominator == null || denominator <= numerator) {
            return null;
        }
        return fraction(t, i, d + 1, numerator, denominator);
    }

    /**
     * A fraction ends its phrase or names its whole with "of": "a third of its staff", a table's "a
     * tenth"; "a fourth round", "half-empty" and "half a year" are none.
     */
    private static Figure fraction(Tokens t, int start, int end, int numerator, int denominator) {
        if (t.isWord(end) && !t.is(end, "of") || t.isSym(end, '-') && t.attached(end)) {
            return null;
        }
        return share(start, end, numerator, denominator, false);
    }

    /** "one in five", "one in every ten", "three out of four", "1 in 20": the whole may follow without "of". */
    private static Figure ratio(Tokens t, int i, boolean[] taken, int numerator) {
        if (numerator < 1) {
            return null;
        }
        int k = i + 1;
        if (t.is(k, "out") && t.is(k + 1, "of")) {
            k += 2;
        } else if (t.is(k, "in")) {
            k++;
        } else {
            return null;
        }
        if (t.is(k, "every")) {
            k++;
        }
        if (k >= t.size || taken[k]) {
            return null;
        }
        int denominator;
        if (t.isNum(k)) {
            boolean alone = !(t.isSymAny(k + 1, ".,") && t.isNum(k + 2) && t.attached(k + 2));
            denominator = alone && t.length(k) <= 3 ? t.intValue(k) : 0;
            k++;
        } else {
            Integer tens = t.isWord(k) ? Lexicon.NUMBER_WORDS.get(t.lower(k)) : null;
            denominator = tens == null ? 0 : tens;
            k++;
            if (tens != null && tens >= 20 && t.isSym(k, '-') && t.attached(k) && t.attached(k + 1) && t.isWord(k + 1)
                    && Lexicon.NUMBER_WORDS.getOrDefault(t.lower(k + 1), 10) < 10) {
                denominator += Lexicon.NUMBER_WORDS.get(t.lower(k + 1)); // "one in twenty-five"
                k += 2;
            }
        }
        if (denominator <= numerator || denominator > LARGEST_DENOMINATOR) {
            return null;
        }
        return share(i, k, numerator, denominator, true);
    }

    private static Figure share(int start, int end, int numerator, int denominator, boolean ratio) {
        BigDecimal exact = HUNDRED.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        Figure f = new Figure();
        f.startTok = start;
        f.endTok = end;
        f.value = Figure.normal(exact.setScale(1, RoundingMode.HALF_UP));
        f.precision = exact.multiply(TOLERANCE).setScale(4, RoundingMode.HALF_UP);
        f.exact = exact;
        f.unit = Unit.PERCENT;
        f.fraction = true;
        f.ratio = ratio;
        return f;
    }
}

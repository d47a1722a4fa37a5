package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import dev.factcheck.numbers.FigureLimits;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers written with digits (comma separators, decimals, groups of three separated by one
 * space, no-break space U+00A0, narrow no-break space U+202F, thin space U+2009 or figure space),
 * scale words and suffixes, currency symbols and codes, percent signs and words, and ranges of
 * these or of spelled-out numbers ({@link SpelledNumbers}), and shares written as fractions or ratios
 * ({@link FractionWords}).
 * Works on tokens, never backtracks further than a few tokens: linear in the sentence length. A
 * number outside {@link FigureLimits} (more than 40 significant digits, exponent beyond ±30) is not
 * a figure, and its digits are taken so that no part of it becomes one.
 */
final class NumberReader {

    static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private static final Map<String, BigDecimal> SCALE_WORDS = Map.of(
            "thousand", THOUSAND, "million", MILLION, "billion", BILLION, "trillion", TRILLION,
            "mn", MILLION, "mln", MILLION, "bn", BILLION, "bln", BILLION, "tn", TRILLION);

    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "k", THOUSAND, "m", MILLION, "mn", MILLION, "mln", MILLION, "bn", BILLION, "b", BILLION,
            "bln", BILLION, "tn", TRILLION);

    static final Map<String, Unit> CURRENCY_WORDS_AFTER = Map.of(
            "dollars", Unit.USD, "dollar", Unit.USD, "usd", Unit.USD, "euros", Unit.EUR, "euro", Unit.EUR,
            "eur", Unit.EUR, "gbp", Unit.GBP);

    private static final Map<String, Unit> CURRENCY_CODES_BEFORE = Map.of(
            "USD", Unit.USD, "EUR", Unit.EUR, "GBP", Unit.GBP);

    /** Letters that glue a foreign dollar to its sign: A$, C$, HK$, NZ$, S$. */
    private static final Set<String> FOREIGN_DOLLARS = Set.of("a", "c", "hk", "nz", "s", "au", "ca", "sg", "r");



    private NumberReader() {
    }

    /** Reads a figure, with a range if one follows, at token {@code i}; null when none starts there. */
    static Figure read(Tokens t, int i, boolean[] taken) {
        Figure fraction = FractionWords.read(t, i, taken);
        if (fraction != null) {
            return fraction;
        }
        Figure first = t.isNum(i) ? readDigits(t, i, taken) : SpelledNumbers.read(t, i, taken);
        if (first == null) {
            return null;
        }
        readRange(t, first, taken);
        if (!FigureLimits.within(first.value) || (first.high != null && !FigureLimits.within(first.high))) {
            markTaken(taken, first.startTok, first.endTok);
            return null; // "40-digit number trillion": beyond what any figure needs
        }
        first.possessiveBefore = t.is(first.startTok - 1, "s") && t.isSymAny(first.startTok - 2, "'\u2019")
                && t.attached(first.startTok - 1) && t.attached(first.startTok - 2);
        return first;
    }

    private static void readRange(Tokens t, Figure first, boolean[] taken) {
        int e = first.endTok;
        boolean dash = t.isSymAny(e, "-\u2013\u2014") && (t.attached(e) == t.attached(e + 1));
        boolean to = t.is(e, "to") && !t.is(first.startTok - 1, "from") && !t.is(first.startTok - 2, "from")
                && !Lexicon.COMPARISON_WORDS.contains(t.lower(first.startTok - 1))
                && !Lexicon.COMPARISON_WORDS.contains(t.lower(first.startTok - 2));
        boolean between = t.is(e, "and") && (t.is(first.startTok - 1, "between")
                || (t.isSymAny(first.startTok - 1, "$\u20ac\u00a3") && t.is(first.startTok - 2, "between")));
        if (!dash && !to && !between) {
            return;
        }
        int s = e + 1;
        if (s >= t.size || taken[s]) {
            return;
        }
        int numAt = s;
        if (t.isSymAny(s, "$\u20ac\u00a3")) {
            numAt = s + 1;
        } else if (t.is(s, "us") && t.isSym(s + 1, '$')) {
            numAt = s + 2;
        }
        if (numAt >= t.size || taken[numAt]) {
            return;
        }
        Figure second = t.isNum(numAt) ? readDigits(t, numAt, taken) : SpelledNumbers.read(t, numAt, taken);
        if (second == null) {
            return;
        }
        if (first.unit != null && second.unit != null && first.unit != second.unit) {
            return;
        }
        BigDecimal low = first.value;
        BigDecimal lowPrecision = first.precision;
        if (!first.scaled && second.scaled) {
            low = low.multiply(second.scale);
            lowPrecision = lowPrecision.multiply(second.scale);
        }
        if (second.value.compareTo(low) <= 0) {
            return;
        }
        if (!first.scaled && second.scaled) {
            first.scale = second.scale;
            first.scaled = true;
        }
        first.value = low;
        first.precision = lowPrecision;
        if (first.unit == null) {
            first.unit = second.unit;
        }
        first.high = second.value;
        first.highPrecision = second.precision;
        first.endTok = second.endTok;
    }

    private static Figure readDigits(Tokens t, int i, boolean[] taken) {
        StringBuilder integer = new StringBuilder(t.text(i));
        int j = i + 1;
        if (t.length(i) <= 3) {
            if (t.isSym(j, ',') && t.attached(j) && t.isNum(j + 1) && t.attached(j + 1) && t.length(j + 1) == 3) {
                while (t.isSym(j, ',') && t.attached(j) && t.isNum(j + 1) && t.attached(j + 1)
                        && t.length(j + 1) == 3 && !taken[j + 1]) {
                    integer.append(t.text(j + 1));
                    j += 2;
                }
            } else {
                while (t.isNum(j) && t.length(j) == 3 && t.singleSpaceBefore(j) && !taken[j]) {
                    integer.append(t.text(j));
                    j++;
                }
            }
        }
        String fraction = "";
        if (t.isSym(j, '.') && t.attached(j) && t.isNum(j + 1) && t.attached(j + 1) && !taken[j + 1]) {
            fraction = t.text(j + 1);
            j += 2;
            if (t.isSym(j, '.') && t.attached(j) && t.isNum(j + 1) && t.attached(j + 1)) {
                markTaken(taken, i, j + 2);
                return null; // a version or an address: 1.2.3
            }
        }
        if (!FigureLimits.within(integer, fraction)) {
            // More than 40 significant digits or beyond 10^±30, checked before parsing: no part of
            // the run of digits and separators it stands in is a figure either.
            int end = j;
            while (end < t.size && t.attached(end) && (t.isNum(end) || t.isSymAny(end, ",."))) {
                end++;
            }
            markTaken(taken, i, end);
            return null;
        }
        Figure f = new Figure();
        f.value = new BigDecimal(fraction.isEmpty() ? integer.toString() : integer + "." + fraction);
        f.precision = precisionOf(integer, fraction);
        f.startTok = i;
        // Currency before the digits.
        int p = i - 1;
        if (t.isSymAny(p, "$\u20ac\u00a3") && t.start[i] - t.end[p] <= 1) {
            char sign = t.text.charAt(t.start[p]);
            f.unit = sign == '$' ? Unit.USD : sign == '\u20ac' ? Unit.EUR : Unit.GBP;
            f.startTok = p;
            if (sign == '$' && t.isWord(p - 1) && t.attached(p)) {
                if (t.is(p - 1, "us")) {
                    f.startTok = p - 1;
                } else if (FOREIGN_DOLLARS.contains(t.lower(p - 1))) {
                    return null;
                }
            }
        } else if (t.isWord(p) && CURRENCY_CODES_BEFORE.containsKey(t.text(p))) {
            f.unit = CURRENCY_CODES_BEFORE.get(t.text(p));
            f.startTok = p;
        }
        if (t.is(j, "cents") || t.is(j, "cent") && !t.is(j - 1, "per")) {
            // 20 cents a share
            f.value = f.value.movePointLeft(2);
            f.precision = f.precision.movePointLeft(2);
            f.unit = Unit.USD;
            f.endTok = j + 1;
            return f;
        }
        if (f.unit == null && (penceGlued(t, j) || (t.is(j, "pence") && !t.attached(j)))) {
            // A London share price: "closed at 412p", "1,162 pence"
            f.value = f.value.movePointLeft(2);
            f.precision = f.precision.movePointLeft(2);
            f.unit = Unit.GBP;
            f.endTok = j + 1;
            return f;
        }
        // Scale suffix or word.
        if (t.isWord(j) && t.attached(j)) {
            BigDecimal scale = SUFFIXES.get(t.lower(j));
            if (scale == null) {
                return null; // an ordinal, a time, an identifier such as 5G or 10x
            }
            applyScale(f, scale);
            j++;
        } else if (t.isWord(j) && SCALE_WORDS.containsKey(t.lower(j))) {
            applyScale(f, SCALE_WORDS.get(t.lower(j)));
            j++;
        }
        // Percent or a currency named after the number.
        if (t.isSym(j, '%') && t.start[j] - t.end[j - 1] <= 1) {
            f.unit = Unit.PERCENT;
            j++;
        } else if (t.is(j, "percent") || t.is(j, "pct")) {
            f.unit = Unit.PERCENT;
            j++;
            if (t.is(j, "points") || t.is(j, "point")) {
                j++;
            }
        } else if (t.is(j, "per") && t.is(j + 1, "cent")) {
            f.unit = Unit.PERCENT;
            j += 2;
        } else if (t.is(j, "percentage") && (t.is(j + 1, "points") || t.is(j + 1, "point"))) {
            f.unit = Unit.PERCENT;
            j += 2;
        } else if (f.unit == null && t.isWord(j) && CURRENCY_WORDS_AFTER.containsKey(t.lower(j))) {
            f.unit = CURRENCY_WORDS_AFTER.get(t.lower(j));
            j++;
        }
        f.endTok = j;
        return f;
    }

    /** "412p", "398.6p": pence glued to the digits, not the "p" of a clock time ("3 p.m.", "3p.m."). */
    private static boolean penceGlued(Tokens t, int j) {
        return t.attached(j) && t.isWord(j) && t.text(j).equals("p") && !(t.isSym(j + 1, '.') && t.is(j + 2, "m"));
    }

    private static void applyScale(Figure f, BigDecimal scale) {
        f.value = f.value.multiply(scale);
        f.precision = f.precision.multiply(scale);
        f.scale = scale;
        f.scaled = true;
    }

    /**
     * Half a unit of the last significant digit. Trailing zeros of a whole number of three digits or
     * more are placeholders ("14,000" → 500); in a one- or two-digit number every digit counts
     * ("10%" → 0.5), and stated decimals count ("4.50" → 0.005).
     */
    static BigDecimal precisionOf(CharSequence integer, String fraction) {
        if (!fraction.isEmpty()) {
            return HALF.movePointLeft(fraction.length());
        }
        int length = integer.length();
        int first = 0;
        while (first < length - 1 && integer.charAt(first) == '0') {
            first++;
        }
        if (length - first < 3) {
            return HALF;
        }
        int zeros = 0;
        for (int k = length - 1; k > first && integer.charAt(k) == '0'; k--) {
            zeros++;
        }
        return HALF.movePointRight(zeros);
    }

    static void markTaken(boolean[] taken, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < taken.length; k++) {
            taken[k] = true;
        }
    }
}

package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers written with digits (separators, decimals, thin-space groups), scale words and
 * suffixes, currency symbols and codes, percent signs and words, spelled-out numbers, and ranges.
 * Works on tokens, never backtracks further than a few tokens: linear in the sentence length.
 */
final class NumberReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
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

    private static final Map<String, Unit> CURRENCY_WORDS_AFTER = Map.of(
            "dollars", Unit.USD, "dollar", Unit.USD, "usd", Unit.USD, "euros", Unit.EUR, "euro", Unit.EUR,
            "eur", Unit.EUR, "gbp", Unit.GBP);

    private static final Map<String, Unit> CURRENCY_CODES_BEFORE = Map.of(
            "USD", Unit.USD, "EUR", Unit.EUR, "GBP", Unit.GBP);

    /** Letters that glue a foreign dollar to its sign: A$, C$, HK$, NZ$, S$. */
    private static final Set<String> FOREIGN_DOLLARS = Set.of("a", "c", "hk", "nz", "s", "au", "ca", "sg", "r");

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, BigDecimal> SPELLED_SCALES = Map.of(
            "thousand", THOUSAND, "million", MILLION, "billion", BILLION, "trillion", TRILLION);

    private NumberReader() {
    }

    /** Reads a figure, with a range if one follows, at token {@code i}; null when none starts there. */
    static Figure read(Tokens t, int i, boolean[] taken) {
        Figure first = t.isNum(i) ? readDigits(t, i, taken) : readSpelled(t, i, taken);
        if (first == null) {
            return null;
        }
        readRange(t, first, taken);
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
        Figure second = t.isNum(numAt) ? readDigits(t, numAt, taken) : readSpelled(t, numAt, taken);
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

    private static Figure readSpelled(Tokens t, int i, boolean[] taken) {
        try {
            return spelled(t, i, taken);
        } catch (ArithmeticException overflow) {
            return null; // "a trillion trillion trillion ...": not a number anyone writes
        }
    }

    private static Figure spelled(Tokens t, int i, boolean[] taken) {
        if (!t.isWord(i)) {
            return null;
        }
        String w = t.lower(i);
        boolean article = w.equals("a") || w.equals("an");
        if (!article && !NUMBER_WORDS.containsKey(w)) {
            return null;
        }
        long total = 0;
        long current = 0;
        long beforeLastScale = -1;
        long lastScale = 1;
        boolean sawScale = false;
        boolean dozen = false;
        int j = i;
        int end = i;
        while (j < t.size && !taken[j] && t.isWord(j)) {
            String word = t.lower(j);
            Integer n = NUMBER_WORDS.get(word);
            if (j == i && article) {
                if (!(t.is(j + 1, "hundred") || t.is(j + 1, "thousand") || t.is(j + 1, "million")
                        || t.is(j + 1, "billion") || t.is(j + 1, "trillion") || t.is(j + 1, "dozen"))) {
                    return null;
                }
                current = 1;
                j++;
                continue;
            }
            if (n != null) {
                current += n;
                end = j + 1;
                j++;
                if (n >= 20 && n % 10 == 0 && t.isSym(j, '-') && t.attached(j) && t.attached(j + 1)
                        && t.isWord(j + 1) && NUMBER_WORDS.getOrDefault(t.lower(j + 1), 0) < 10
                        && NUMBER_WORDS.containsKey(t.lower(j + 1))) {
                    current += NUMBER_WORDS.get(t.lower(j + 1));
                    j += 2;
                    end = j;
                }
            } else if (word.equals("hundred")) {
                current = Math.multiplyExact(Math.max(current, 1), 100L);
                sawScale = true;
                lastScale = 100;
                j++;
                end = j;
            } else if (SPELLED_SCALES.containsKey(word)) {
                long scale = SPELLED_SCALES.get(word).longValueExact();
                beforeLastScale = total == 0 ? Math.max(current, 1) : -1;
                total = Math.addExact(total, Math.multiplyExact(Math.max(current, 1), scale));
                current = 0;
                sawScale = true;
                lastScale = scale;
                j++;
                end = j;
            } else if (word.equals("dozen") && current > 0 && current < 10) {
                current *= 12;
                dozen = true;
                j++;
                end = j;
            } else if (word.equals("and") && (lastScale >= 100) && t.isWord(j + 1)
                    && NUMBER_WORDS.containsKey(t.lower(j + 1))) {
                j++;
            } else {
                break;
            }
            if (total > 1_000_000_000_000_000L || current > 1_000_000_000_000_000L) {
                return null; // "hundred hundred hundred ...": not a number anyone writes
            }
        }
        long value = total + current;
        if (end == i) {
            return null;
        }
        Figure f = new Figure();
        f.startTok = i;
        f.endTok = end;
        f.value = BigDecimal.valueOf(value);
        if (beforeLastScale > 0 && current == 0 && beforeLastScale < 100) {
            f.precision = HALF.multiply(BigDecimal.valueOf(lastScale));
        } else {
            f.precision = precisionOf(Long.toString(value), "");
        }
        int j2 = end;
        if (t.isSym(j2, '%') || t.is(j2, "percent")) {
            f.unit = Unit.PERCENT;
            f.endTok = j2 + 1;
        } else if (t.is(j2, "per") && t.is(j2 + 1, "cent")) {
            f.unit = Unit.PERCENT;
            f.endTok = j2 + 2;
        } else if (t.isWord(j2) && CURRENCY_WORDS_AFTER.containsKey(t.lower(j2))) {
            f.unit = CURRENCY_WORDS_AFTER.get(t.lower(j2));
            f.endTok = j2 + 1;
        } else if (!sawScale && !dozen && !(value >= 10 && Lexicon.peopleNounWithin(t, end, 2))) {
            return null;
        }
        if (sawScale && lastScale > 100) {
            f.scaled = true;
            f.scale = BigDecimal.valueOf(lastScale);
        }
        return f;
    }

    static void markTaken(boolean[] taken, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < taken.length; k++) {
            taken[k] = true;
        }
    }
}

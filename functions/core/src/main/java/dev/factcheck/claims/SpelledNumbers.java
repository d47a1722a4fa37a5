package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads numbers written in words: "fourteen thousand", "two hundred and fifty", "a million",
 * "a dozen", "twenty-five". Without a scale word, a unit or a people noun after it, a number word
 * is not a figure ("one of the reasons"). Overflowing nonsense ("a trillion trillion ...") is none.
 */
final class SpelledNumbers {

    private static final Map<String, Long> SCALES = Map.of(
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

    private SpelledNumbers() {
    }

    /** A spelled-out number at token {@code i} ("fourteen thousand", "a dozen", "twenty-five people"), or null. */
    static Figure read(Tokens t, int i, boolean[] taken) {
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
        if (!article && !Lexicon.NUMBER_WORDS.containsKey(w)) {
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
            Integer n = Lexicon.NUMBER_WORDS.get(word);
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
                        && t.isWord(j + 1) && Lexicon.NUMBER_WORDS.getOrDefault(t.lower(j + 1), 0) < 10
                        && Lexicon.NUMBER_WORDS.containsKey(t.lower(j + 1))) {
                    current += Lexicon.NUMBER_WORDS.get(t.lower(j + 1));
                    j += 2;
                    end = j;
                }
            } else if (word.equals("hundred")) {
                current = Math.multiplyExact(Math.max(current, 1), 100L);
                sawScale = true;
                lastScale = 100;
                j++;
                end = j;
            } else if (SCALES.containsKey(word)) {
                long scale = SCALES.get(word);
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
                    && Lexicon.NUMBER_WORDS.containsKey(t.lower(j + 1))) {
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
            f.precision = NumberReader.HALF.multiply(BigDecimal.valueOf(lastScale));
        } else {
            f.precision = NumberReader.precisionOf(Long.toString(value), "");
        }
        int j2 = end;
        if (t.isSym(j2, '%') || t.is(j2, "percent")) {
            f.unit = Unit.PERCENT;
            f.endTok = j2 + 1;
        } else if (t.is(j2, "per") && t.is(j2 + 1, "cent")) {
            f.unit = Unit.PERCENT;
            f.endTok = j2 + 2;
        } else if (t.isWord(j2) && NumberReader.CURRENCY_WORDS_AFTER.containsKey(t.lower(j2))) {
            f.unit = NumberReader.CURRENCY_WORDS_AFTER.get(t.lower(j2));
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
}

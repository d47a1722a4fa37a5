package dev.factcheck.claims;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one sentence: runs of letters, runs of ASCII digits, and single other characters,
 * with their offsets in the whole text and the gap of white space before each. Built in one pass.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte SYM = 2;

    final String text;
    final int sentenceStart;
    final int sentenceEnd;
    int size;
    int[] start = new int[32];
    int[] end = new int[32];
    byte[] kind = new byte[32];
    private String[] lower = new String[32];

    private Tokens(String text, int sentenceStart, int sentenceEnd) {
        this.text = text;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text, from, to);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            byte k;
            if (c >= '0' && c <= '9') {
                k = NUM;
                while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
            } else if (Character.isLetter(c)) {
                k = WORD;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            } else {
                k = SYM;
            }
            t.add(i, j, k);
            i = j;
        }
        return t;
    }

    private void add(int s, int e, byte k) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            kind = Arrays.copyOf(kind, n);
            lower = Arrays.copyOf(lower, n);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        size++;
    }

    /** The token's text, or "" outside the sentence. */
    String text(int i) {
        return i < 0 || i >= size ? "" : text.substring(start[i], end[i]);
    }

    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        String l = lower[i];
        if (l == null) {
            l = text(i).toLowerCase(Locale.ROOT);
            lower[i] = l;
        }
        return l;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && kind[i] == NUM;
    }

    boolean isSym(int i, char c) {
        return i >= 0 && i < size && kind[i] == SYM && text.charAt(start[i]) == c;
    }

    boolean isSymAny(int i, String chars) {
        return i >= 0 && i < size && kind[i] == SYM && chars.indexOf(text.charAt(start[i])) >= 0;
    }

    /** Word token equal, ignoring case, to {@code w}. */
    boolean is(int i, String w) {
        return isWord(i) && lower(i).equals(w);
    }

    boolean isAny(int i, java.util.Set<String> words) {
        return isWord(i) && words.contains(lower(i));
    }

    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** No white space between token {@code i - 1} and token {@code i}. */
    boolean attached(int i) {
        return i > 0 && i < size && start[i] == end[i - 1];
    }

    /** Exactly one space-like character between token {@code i - 1} and token {@code i}. */
    boolean singleSpaceBefore(int i) {
        if (i <= 0 || i >= size || start[i] != end[i - 1] + 1) {
            return false;
        }
        char c = text.charAt(end[i - 1]);
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
    }

    int length(int i) {
        return end[i] - start[i];
    }

    /** Digits of a NUM token as an int, or -1 when longer than 9 digits. */
    int intValue(int i) {
        if (!isNum(i) || length(i) > 9) {
            return -1;
        }
        return Integer.parseInt(text, start[i], end[i], 10);
    }
}

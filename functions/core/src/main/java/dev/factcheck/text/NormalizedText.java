package dev.factcheck.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Article text as extraction reads it: in Unicode NFC, without zero-width characters, soft hyphens
 * and bidirectional controls, which are invisible to a reader but split a figure ({@code 14\u200b000})
 * or a word for a program. Built once per text; {@link #originalStart} and {@link #originalEnd} map
 * offsets back, so that every span shown to users points into the text as submitted.
 *
 * <p>Linear in the length of the text: each character is normalised with the combining marks that
 * follow it, and a run of more than 30 marks (beyond Unicode's stream-safe limit, seen only in
 * hostile "Zalgo" text) keeps its first 30, so a run of thousands of marks costs no more than a
 * short one.
 */
public final class NormalizedText {

    /** Unicode's stream-safe limit of non-starters in a row; marks beyond it ("Zalgo" text) are dropped. */
    private static final int MAX_NON_STARTERS = 30;
    private static final char SOFT_HYPHEN = '\u00ad';

    private final String original;
    private final String text;
    /** Per character of {@code text}: where its source starts and ends in {@code original}; null when identical. */
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static NormalizedText of(String original) {
        Objects.requireNonNull(original, "original");
        Builder b = new Builder(original);
        int n = original.length();
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (plainLatin(c) && (i + 1 == n || plainLatin(original.charAt(i + 1)))) {
                b.copy(i); // Latin-1 and Latin Extended with no mark after it: already NFC
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            if (invisible(cp)) {
                b.diverge(i);
                i += Character.charCount(cp);
                continue;
            }
            i = b.segment(i);
        }
        return b.build();
    }

    /** Below the combining marks, and not the soft hyphen: a character NFC never changes. */
    private static boolean plainLatin(char c) {
        return c < 0x300 && c != SOFT_HYPHEN;
    }

    /** Zero-width characters, the soft hyphen, and bidirectional marks, embeddings, overrides and isolates. */
    static boolean invisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == SOFT_HYPHEN || cp == 0x061C || cp == 0x180E;
    }

    /** A code point that may combine with the one before it: a combining mark, or a Hangul vowel or final jamo. */
    private static boolean combines(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /** The text to read: NFC, invisible characters removed. */
    public String text() {
        return text;
    }

    /** The text as submitted. */
    public String original() {
        return original;
    }

    /** Whether normalising changed nothing, so offsets are the same in both texts. */
    public boolean unchanged() {
        return starts == null;
    }

    /** Where the character at {@code index} of {@link #text()} comes from; {@code text().length()} maps to the end. */
    public int originalStart(int index) {
        if (starts == null) {
            return index;
        }
        return index >= starts.length ? original.length() : starts[index];
    }

    /** The end, in the original, of the span whose last normalised character is at {@code end - 1}. */
    public int originalEnd(int end) {
        if (ends == null) {
            return end;
        }
        return end <= 0 ? 0 : ends[end - 1];
    }

    /** Copies nothing until the first change: most texts come out as they went in. */
    private static final class Builder {
        private final String original;
        private StringBuilder text;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(String original) {
            this.original = original;
        }

        /** From here on the text differs from the original: copy what came before, one to one. */
        void diverge(int at) {
            if (text != null) {
                return;
            }
            text = new StringBuilder(original.length());
            starts = new int[Math.max(16, original.length())];
            ends = new int[starts.length];
            for (int k = 0; k < at; k++) {
                add(original.charAt(k), k, k + 1);
            }
        }

        void copy(int i) {
            if (text != null) {
                add(original.charAt(i), i, i + 1);
            }
        }

        /**
         * Normalises the code point at {@code from} with the combining marks after it (invisible
         * characters among them, and marks beyond the 30th, dropped); returns where the next
         * segment starts.
         */
        int segment(int from) {
            int n = original.length();
            int first = original.codePointAt(from);
            int j = from + Character.charCount(first);
            StringBuilder kept = new StringBuilder().appendCodePoint(first);
            int marks = 0;
            boolean dropped = false;
            while (j < n) {
                int cp = original.codePointAt(j);
                if (invisible(cp) || (combines(cp) && marks == MAX_NON_STARTERS)) {
                    dropped = true;
                } else if (combines(cp)) {
                    kept.appendCodePoint(cp);
                    marks++;
                } else {
                    break;
                }
                j += Character.charCount(cp);
            }
            String source = kept.toString();
            String normal = Normalizer.isNormalized(source, Normalizer.Form.NFC)
                    ? source : Normalizer.normalize(source, Normalizer.Form.NFC);
            if (dropped || !normal.equals(source)) {
                diverge(from);
            }
            if (text != null) {
                for (int k = 0; k < normal.length(); k++) {
                    add(normal.charAt(k), from, j);
                }
            }
            return j;
        }

        private void add(char c, int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            text.append(c);
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        NormalizedText build() {
            if (text == null) {
                return new NormalizedText(original, original, null, null);
            }
            return new NormalizedText(original, text.toString(), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
        }
    }
}

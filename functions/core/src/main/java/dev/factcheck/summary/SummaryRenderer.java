package dev.factcheck.summary;

import dev.factcheck.verify.Figures;
import dev.factcheck.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a verified summary as Markdown or plain text. Article text is data: in Markdown every
 * character that could start markup, a link, an entity or raw HTML is backslash-escaped, line starts
 * that would open a list, heading or quote are neutralised, and white space (line breaks included) is
 * collapsed so no sentence can break out of its list item. Every figure is followed by its verdict;
 * a contradicted or outdated figure is struck through and followed by the recorded value and date.
 */
public final class SummaryRenderer {

    /** Characters CommonMark or GFM could read as markup anywhere in a line. */
    private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|~&";

    private SummaryRenderer() {
    }

    /**
     * One bullet per sentence, then the verdict counts, e.g.
     * {@code - Amazon cut ~~12,000~~ _(contradicted: recorded 9,000 as of 2023-03-20)_ roles.}
     */
    public static String markdown(VerifiedSummary summary) {
        StringBuilder out = new StringBuilder(256);
        for (SummarySentence sentence : summary.sentences()) {
            out.append("- ");
            int lineStart = out.length();
            render(sentence, out, lineStart, true);
            neutraliseLineStart(out, lineStart);
            out.append('\n');
        }
        return closedWithCounts(out, summary, "**Verdicts:** ");
    }

    /** One line per sentence, figures followed by {@code [verdict]}, then the verdict counts. */
    public static String plainText(VerifiedSummary summary) {
        StringBuilder out = new StringBuilder(256);
        for (SummarySentence sentence : summary.sentences()) {
            render(sentence, out, out.length(), false);
            out.append('\n');
        }
        return closedWithCounts(out, summary, "Verdicts: ");
    }

    /** {@code out} after a blank line (when there were sentences) and the line of verdict counts. */
    private static String closedWithCounts(StringBuilder out, VerifiedSummary summary, String label) {
        if (!summary.sentences().isEmpty()) {
            out.append('\n');
        }
        out.append(label).append(counts(summary.counts())).append('\n');
        return out.toString();
    }

    /** {@code supported}, or for a wrong figure {@code contradicted: recorded 9,000 as of 2023-03-20}. */
    public static String label(FigureAnnotation annotation) {
        String name = annotation.verdict().name().toLowerCase(Locale.ROOT);
        return switch (annotation.verdict()) {
            case SUPPORTED, UNVERIFIED -> name;
            case CONTRADICTED, OUTDATED -> annotation.expected() == null ? name
                    : name + ": recorded " + Figures.format(annotation.expected(), annotation.unit())
                            + (annotation.recordedDate() == null ? "" : " as of " + annotation.recordedDate());
        };
    }

    private static void render(SummarySentence sentence, StringBuilder out, int lineStart, boolean markdown) {
        String text = sentence.text();
        int cursor = 0;
        List<FigureAnnotation> annotations = sentence.annotations();
        for (FigureAnnotation annotation : annotations) {
            int start = Math.min(Math.max(annotation.span().start(), cursor), text.length());
            int end = Math.min(Math.max(annotation.span().end(), start), text.length());
            append(out, text, cursor, start, markdown);
            boolean wrong = annotation.verdict() == Verdict.CONTRADICTED || annotation.verdict() == Verdict.OUTDATED;
            if (end > start) {
                if (markdown) {
                    out.append(wrong ? "~~" : "**");
                    append(out, text, start, end, true);
                    out.append(wrong ? "~~" : "**");
                } else {
                    append(out, text, start, end, false);
                }
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            if (markdown) {
                out.append("_(");
                escape(out, label(annotation));
                out.append(")_");
            } else {
                out.append('[').append(label(annotation)).append(']');
            }
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                out.append(' ');
            }
            cursor = end;
        }
        append(out, text, cursor, text.length(), markdown);
        while (out.length() > lineStart && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Appends {@code text[from, to)}, collapsing white space and control characters to one space. */
    private static void append(StringBuilder out, String text, int from, int to, boolean markdown) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else if (markdown && MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
    }

    private static void escape(StringBuilder out, String text) {
        append(out, text, 0, text.length(), true);
    }

    /** {@code text} as inline Markdown that renders as the same characters: markup escaped, line breaks folded. */
    public static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text);
        neutraliseLineStart(out, 0);
        return out.toString();
    }

    /** A line that begins with {@code -}, {@code +}, {@code =} or {@code 1.} would open a block; escape it. */
    private static void neutraliseLineStart(StringBuilder out, int lineStart) {
        if (lineStart >= out.length()) {
            return;
        }
        char first = out.charAt(lineStart);
        if (first == '-' || first == '+' || first == '=') {
            out.insert(lineStart, '\\');
            return;
        }
        int i = lineStart;
        while (i < out.length() && i - lineStart < 10 && Character.isDigit(out.charAt(i))) {
            i++;
        }
        if (i > lineStart && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
            out.insert(i, '\\');
        }
    }

    private static String counts(Map<Verdict, Integer> counts) {
        StringBuilder out = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(counts.getOrDefault(verdict, 0)).append(' ').append(verdict.name().toLowerCase(Locale.ROOT));
        }
        return out.append('.').toString();
    }
}

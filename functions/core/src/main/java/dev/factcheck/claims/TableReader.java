package dev.factcheck.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of an article before its sentences are read: pipe tables (with or without the
 * Markdown rule line under the header) and HTML tables. A table's first row (or its {@code <th>}
 * row) is its header; a pipe table's caption is the title line right above it ("Initech headcount
 * by year:"), an HTML table's is its {@code <caption>}. Each cell is a range of the text without its
 * pipes, tags and surrounding blanks. One pass over the text.
 */
final class TableReader {

    /** How far before a table its context reaches: the prose that may say what the table counts. */
    private static final int CONTEXT_CHARS = 600;

    /** A cell: a range of the text ({@code end} exclusive) and its column. */
    record Cell(int start, int end, int column) {
    }

    /**
     * A table of the text.
     *
     * @param start        where the table starts (its first row, or {@code <table>})
     * @param end          where it ends
     * @param header       the header cells
     * @param rows         the body rows
     * @param caption      the caption or title line, or null
     * @param contextStart where the prose before the table that may say what it counts starts
     */
    record Table(int start, int end, List<Cell> header, List<List<Cell>> rows, Cell caption, int contextStart) {
    }

    private TableReader() {
    }

    /** The tables of {@code text}, in text order. */
    static List<Table> find(String text) {
        List<Table> tables = new ArrayList<>();
        int previousEnd = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int first = skipBlanks(text, lineStart);
            if (text.regionMatches(true, first, "<table", 0, 6)) {
                int close = tag(text, first, n, "</table");
                int end = close < 0 ? n : Math.max(close, text.indexOf('>', close) + 1);
                Table table = html(text, first, end, previousEnd);
                if (table != null) {
                    tables.add(table);
                    previousEnd = end;
                }
                lineStart = nextLine(text, end);
                continue;
            }
            int end = pipeTableEnd(text, lineStart);
            if (end > lineStart) {
                Table table = pipe(text, lineStart, end, previousEnd);
                if (table != null) {
                    tables.add(table);
                    previousEnd = end;
                }
                lineStart = nextLine(text, end);
                continue;
            }
            lineStart = nextLine(text, lineStart);
        }
        return tables;
    }

    // Pipe tables.

    /** The end of the run of at least two pipe rows starting at {@code lineStart}, or {@code lineStart}. */
    private static int pipeTableEnd(String text, int lineStart) {
        int rows = 0;
        int line = lineStart;
        int end = lineStart;
        while (line < text.length() && isPipeRow(text, line, lineEnd(text, line))) {
            rows++;
            end = lineEnd(text, line);
            line = nextLine(text, line);
        }
        return rows >= 2 ? end : lineStart;
    }

    private static boolean isPipeRow(String text, int from, int to) {
        int pipes = 0;
        boolean content = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                pipes++;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        return pipes >= 1 && content;
    }

    private static Table pipe(String text, int start, int end, int previousEnd) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int line = start; line < end; line = nextLine(text, line)) {
            int to = lineEnd(text, line);
            if (!isRuleLine(text, line, to)) {
                rows.add(pipeCells(text, line, to));
            }
        }
        if (rows.size() < 2 || rows.getFirst().size() < 2) {
            return null;
        }
        return new Table(start, end, rows.getFirst(), List.copyOf(rows.subList(1, rows.size())),
                titleLine(text, start, previousEnd), contextStart(start, previousEnd));
    }

    /** |---|:---:| under a Markdown header. */
    private static boolean isRuleLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("|-:= \t".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Cell> pipeCells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        int a = skipBlanks(text, from);
        int b = to;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b && text.charAt(a) == '|') {
            a++;
        }
        if (b > a && text.charAt(b - 1) == '|') {
            b--;
        }
        int cellStart = a;
        for (int i = a; i <= b; i++) {
            if (i == b || text.charAt(i) == '|') {
                cells.add(trimmed(text, cellStart, i, cells.size()));
                cellStart = i + 1;
            }
        }
        return cells;
    }

    /**
     * The line right above a pipe table when it reads like a title ("Layoffs announced in 2025",
     * "Initech headcount by year:"): no closing full stop, at most one blank line between.
     */
    private static Cell titleLine(String text, int tableStart, int previousEnd) {
        int end = tableStart;
        while (end > previousEnd && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > previousEnd && text.charAt(start - 1) != '\n') {
            start--;
        }
        if (start >= end || text.substring(end, tableStart).chars().filter(c -> c == '\n').count() > 2) {
            return null;
        }
        char last = text.charAt(end - 1);
        if (last == '.' || last == '!' || last == '?') {
            return null;
        }
        // The title is the last sentence of its line: "... peak. Initech headcount by year:"
        int sentence = start;
        for (int i = end - 2; i > start; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                sentence = i + 1;
                break;
            }
        }
        return trimmed(text, sentence, end, -1);
    }

    // HTML tables.

    private static Table html(String text, int start, int end, int previousEnd) {
        Cell caption = null;
        int captionOpen = tag(text, start, end, "<caption");
        if (captionOpen >= 0) {
            int contentStart = charIndex(text, '>', captionOpen, end) + 1;
            int contentEnd = contentStart > 0 ? tag(text, contentStart, end, "</caption") : -1;
            if (contentEnd >= 0) {
                caption = trimmed(text, contentStart, contentEnd, -1);
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        boolean headed = false;
        int at = start;
        int rowOpen;
        while ((rowOpen = tag(text, at, end, "<tr")) >= 0) {
            int rowClose = tag(text, rowOpen + 3, end, "</tr", "<tr");
            int rowEnd = rowClose < 0 ? end : rowClose;
            List<Cell> cells = new ArrayList<>();
            boolean allHeaders = true;
            int cellAt = rowOpen + 3;
            int open;
            while ((open = tag(text, cellAt, rowEnd, "<td", "<th")) >= 0) {
                allHeaders &= text.regionMatches(true, open, "<th", 0, 3);
                int contentStart = charIndex(text, '>', open, rowEnd) + 1;
                if (contentStart <= 0) {
                    break;
                }
                int close = tag(text, contentStart, rowEnd, "</td", "</th", "<td", "<th");
                int contentEnd = close < 0 ? rowEnd : close;
                cells.add(trimmed(text, contentStart, contentEnd, cells.size()));
                cellAt = contentEnd;
            }
            if (!cells.isEmpty()) {
                headed |= rows.isEmpty() && allHeaders;
                rows.add(cells);
            }
            at = rowEnd;
        }
        if (rows.size() < 2 || !headed) {
            return null;
        }
        return new Table(start, end, rows.getFirst(), List.copyOf(rows.subList(1, rows.size())), caption,
                contextStart(start, previousEnd));
    }

    /**
     * Where the first of the tags starts in {@code [from, limit)}, or -1. Names compare ignoring case
     * and whole: {@code <th} is not {@code <thead}.
     */
    static int tag(String text, int from, int limit, String... tags) {
        for (int i = charIndex(text, '<', from, limit); i >= 0; i = charIndex(text, '<', i + 1, limit)) {
            for (String tag : tags) {
                int after = i + tag.length();
                if (text.regionMatches(true, i, tag, 0, tag.length())
                        && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    // Text.

    /** Where {@code c} first stands in {@code [from, limit)}, or -1. */
    private static int charIndex(String text, char c, int from, int limit) {
        return from >= limit ? -1 : text.indexOf(c, from, limit);
    }

    private static int contextStart(int tableStart, int previousEnd) {
        return Math.max(previousEnd, tableStart - CONTEXT_CHARS);
    }

    private static Cell trimmed(String text, int from, int to, int column) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Cell(a, b, column);
    }

    private static int skipBlanks(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int lineStart) {
        int i = text.indexOf('\n', lineStart);
        return i < 0 ? text.length() : i;
    }

    private static int nextLine(String text, int at) {
        int i = text.indexOf('\n', at);
        return i < 0 ? text.length() : i + 1;
    }
}

package dev.factcheck.check;

import dev.factcheck.catalog.Unit;
import dev.factcheck.verify.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the labelled news corpus ({@code corpus/news/*.txt}); the format is described at the top of
 * {@code corpus/news/articles.txt}. Every label is resolved to its place in the text while loading,
 * so a label that does not match the text fails the load with its line number.
 */
final class NewsCorpus {

    /** The writing styles the corpus covers. */
    static final Set<String> STYLES = Set.of("wire", "blog", "listicle", "explainer", "press-release");

    /** The failure classes of issue 15, A to I. */
    static final String CLASSES = "ABCDEFGHI";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /**
     * One labelled figure. A claim carries every expected field; a non-claim (a distractor) carries
     * only its anchor and the kind of number it is.
     *
     * @param start   where the anchor stands in the article's text
     * @param classes the issue-15 classes the figure exercises, e.g. {@code "CE"}; empty for none
     */
    record Label(int line, boolean claim, String anchor, int start, BigDecimal value, String unit, String entity,
                 String object, String metric, String period, Verdict verdict, String classes, String kind) {

        int end() {
            return start + anchor.length();
        }
    }

    record Article(String id, int line, String style, LocalDate publishedAt, String text, List<Label> labels) {

        List<Label> claims() {
            return labels.stream().filter(Label::claim).toList();
        }
    }

    private NewsCorpus() {
    }

    static List<Article> load(String resource) {
        try (InputStream in = NewsCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> parse(String resource, String content) {
        List<String> lines = content.lines().toList();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            if (!line.startsWith("=== ")) {
                throw error(resource, i, "expected '=== <id>', got: " + line);
            }
            int headerLine = i + 1;
            String id = line.substring(4).strip();
            if (!ids.add(id)) {
                throw error(resource, i, "duplicate article id " + id);
            }
            String style = null;
            LocalDate published = null;
            i++;
            while (i < lines.size() && !lines.get(i).equals("--- text")) {
                String header = lines.get(i);
                if (header.startsWith("style:")) {
                    style = header.substring(6).strip();
                } else if (header.startsWith("published:")) {
                    published = LocalDate.parse(header.substring(10).strip());
                } else if (!header.isBlank()) {
                    throw error(resource, i, "unknown header: " + header);
                }
                i++;
            }
            if (style == null || !STYLES.contains(style) || published == null) {
                throw error(resource, headerLine - 1, "article " + id + " needs a known style and a published date");
            }
            i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.size() && !lines.get(i).equals("--- labels")) {
                text.append(lines.get(i)).append('\n');
                i++;
            }
            if (i >= lines.size()) {
                throw error(resource, headerLine - 1, "article " + id + " has no '--- labels' line");
            }
            i++;
            String body = text.toString().strip();
            List<Label> labels = new ArrayList<>();
            int from = 0;
            while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                String label = lines.get(i);
                if (!label.isBlank() && !label.startsWith("#")) {
                    Label parsed = label(resource, i, label, body, from);
                    labels.add(parsed);
                    from = parsed.end();
                }
                i++;
            }
            checkEveryNumberIsLabelled(resource, id, body, labels);
            articles.add(new Article(id, headerLine, style, published, body, List.copyOf(labels)));
        }
        return articles;
    }

    private static Label label(String resource, int index, String line, String text, int from) {
        String[] f = line.substring(2).split("\\|", -1);
        String anchor = f[0].strip();
        int at = text.indexOf(anchor, from);
        if (at < 0) {
            throw error(resource, index, "anchor not found after the previous label: " + anchor);
        }
        int number = index + 1;
        switch (line.charAt(0)) {
            case 'C' -> {
                if (f.length != 9) {
                    throw error(resource, index, "a claim has 9 fields, got " + f.length);
                }
                String unit = f[2].strip();
                if (Unit.fromCode(unit).isEmpty()) {
                    throw error(resource, index, "unknown unit " + unit);
                }
                return new Label(number, true, anchor, at, new BigDecimal(f[1].strip()), unit, nullable(f[3]),
                        nullable(f[4]), nullable(f[5]), nullable(f[6]), Verdict.valueOf(f[7].strip()),
                        classes(resource, index, f[8]), null);
            }
            case 'N' -> {
                if (f.length < 2 || f.length > 3) {
                    throw error(resource, index, "a non-claim has 2 or 3 fields, got " + f.length);
                }
                return new Label(number, false, anchor, at, null, null, null, null, null, null, null,
                        f.length == 3 ? classes(resource, index, f[2]) : "", f[1].strip());
            }
            default -> throw error(resource, index, "a label starts with C or N: " + line);
        }
    }

    private static String classes(String resource, int index, String field) {
        String classes = field.strip().replace(" ", "");
        if (classes.equals("-")) {
            return "";
        }
        for (char c : classes.toCharArray()) {
            if (CLASSES.indexOf(c) < 0) {
                throw error(resource, index, "unknown class " + c);
            }
        }
        return classes;
    }

    /** An unlabelled number would make the next label's anchor ambiguous and hide a decision. */
    private static void checkEveryNumberIsLabelled(String resource, String id, String text, List<Label> labels) {
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            int start = digits.start();
            int end = digits.end();
            boolean covered = labels.stream().anyMatch(l -> l.start() <= start && l.end() >= end);
            if (!covered) {
                int lineStart = text.lastIndexOf('\n', start) + 1;
                int lineEnd = text.indexOf('\n', end);
                throw new IllegalStateException(resource + ": article " + id + ": number '" + digits.group()
                        + "' has no label, in: " + text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
            }
        }
    }

    private static String nullable(String field) {
        String s = field.strip();
        return s.equals("-") ? null : s;
    }

    private static IllegalStateException error(String resource, int index, String problem) {
        return new IllegalStateException(resource + " line " + (index + 1) + ": " + problem);
    }
}

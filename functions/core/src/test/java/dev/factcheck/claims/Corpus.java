package dev.factcheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the labelled corpus in {@code corpus/claims.txt}; the format is described in that file. */
final class Corpus {

    static final LocalDate DEFAULT_PUBLISHED = LocalDate.parse("2025-10-28");

    record Expected(String anchor, BigDecimal value, String unit, BigDecimal low, BigDecimal high, String entity,
                    String object, String metric, String period) {
    }

    record Document(int line, LocalDate publishedAt, String text, List<Expected> claims) {
    }

    private Corpus() {
    }

    static List<Document> load(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Document> documents = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<Expected> claims = new ArrayList<>();
            LocalDate published = DEFAULT_PUBLISHED;
            int start = 0;
            int number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (!text.isEmpty()) {
                        documents.add(new Document(start, published, text.toString(), List.copyOf(claims)));
                    }
                    text.setLength(0);
                    claims.clear();
                    published = DEFAULT_PUBLISHED;
                    continue;
                }
                if (text.isEmpty() && claims.isEmpty()) {
                    start = number;
                }
                String body = line.substring(2);
                switch (line.charAt(0)) {
                    case 'P' -> published = LocalDate.parse(body.strip());
                    case 'T' -> {
                        if (!text.isEmpty()) {
                            // A line without closing punctuation is a headline: it ends with a line break.
                            char last = text.charAt(text.length() - 1);
                            text.append(".!?\"\u201d:".indexOf(last) >= 0 || last == '\n' ? " " : "\n");
                        }
                        text.append(body.replace("\\n", "\n"));
                    }
                    case 'C' -> claims.add(parse(body, number));
                    default -> throw new IllegalArgumentException("line " + number + ": unknown kind " + line.charAt(0));
                }
            }
            if (!text.isEmpty()) {
                documents.add(new Document(start, published, text.toString(), List.copyOf(claims)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Expected parse(String body, int line) {
        String[] f = body.split("\\|", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("line " + line + ": expected 8 fields, got " + f.length);
        }
        String[] bounds = f[3].strip().split("\\.\\.", -1);
        return new Expected(f[0].strip(), new BigDecimal(f[1].strip()), f[2].strip(), new BigDecimal(bounds[0]),
                bounds[1].isEmpty() ? null : new BigDecimal(bounds[1]), nullable(f[4]), nullable(f[5]), nullable(f[6]),
                nullable(f[7]));
    }

    private static String nullable(String field) {
        String s = field.strip();
        return s.equals("-") ? null : s;
    }
}

package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles a batch {@code check} reads: plain text ({@code .txt} and any file named explicitly),
 * Markdown ({@code .md}, {@code .markdown}, with optional front matter) and JSON articles
 * ({@code {"text", "title", "url", "publishedAt"}}, the shape {@code POST /articles} takes). A folder
 * stands for the article files under it, hidden ones left out. A file that cannot be read or is not an
 * article is reported as that file's error; it never stops the others.
 */
final class ArticleFiles {

    static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "json");
    /** Far above what the API accepts (200,000 characters), low enough never to exhaust the heap. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("(?m)^(\\w+):[ \\t]*(.*?)[ \\t]*$");

    private ArticleFiles() {
    }

    /** What to send for one file: the text and what the file says about it (nulls when it says nothing). */
    record Article(String text, String title, String url, String publishedAt) {
    }

    /** A file that is not a readable article; the message names the problem, not the path. */
    static final class NotAnArticle extends Exception {
        NotAnArticle(String message) {
            super(message);
        }
    }

    /**
     * The files the arguments name, in order: a file as given, a folder as its article files sorted by
     * path. A folder without article files stays in the list, so that reading it reports the problem.
     */
    static List<Path> expand(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> tree = Files.walk(path)) {
                List<Path> found = tree.filter(file -> Files.isRegularFile(file) && isArticle(file) && !hidden(path, file))
                        .sorted().toList();
                files.addAll(found.isEmpty() ? List.of(path) : found);
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                files.add(path);
            }
        }
        return files;
    }

    static Article read(Path file) throws NotAnArticle {
        if (Files.isDirectory(file)) {
            throw new NotAnArticle("a folder without article files (.txt, .md, .markdown, .json)");
        }
        String content = readText(file);
        return switch (extension(file)) {
            case "json" -> fromJson(content);
            case "md", "markdown" -> fromMarkdown(content);
            default -> new Article(content, null, null, null);
        };
    }

    private static String readText(Path file) throws NotAnArticle {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new NotAnArticle("larger than " + MAX_BYTES / (1024 * 1024) + " MB; an article has at most 200,000 characters");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new NotAnArticle("no such file or folder");
        } catch (CharacterCodingException notUtf8) {
            throw new NotAnArticle("not UTF-8 text");
        } catch (IOException unreadable) {
            throw new NotAnArticle("cannot read it: " + unreadable.getClass().getSimpleName()
                    + (unreadable.getMessage() == null ? "" : " " + unreadable.getMessage()));
        }
    }

    private static Article fromJson(String content) throws NotAnArticle {
        JsonNode article;
        try {
            article = ApiGatewayEvents.MAPPER.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
            throw new NotAnArticle("not JSON: " + malformed.getOriginalMessage());
        }
        if (article == null || !article.isObject() || !article.path("text").isTextual()) {
            throw new NotAnArticle("a JSON article needs a \"text\" string (like infra/seed/articles/*.json)");
        }
        return new Article(article.get("text").asText(), textOrNull(article, "title"), textOrNull(article, "url"),
                textOrNull(article, "publishedAt"));
    }

    /** Front matter ({@code ---} lines around {@code key: value} pairs) gives the title and date. */
    private static Article fromMarkdown(String content) {
        Matcher frontMatter = FRONT_MATTER.matcher(content);
        if (!frontMatter.find()) {
            return new Article(content, null, null, null);
        }
        String title = null;
        String date = null;
        Matcher line = FRONT_MATTER_LINE.matcher(frontMatter.group(1));
        while (line.find()) {
            String value = unquote(line.group(2));
            switch (line.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "date", "published", "publishedat" -> date = value;
                default -> {
                    // other front matter (tags, author, layout) says nothing about the figures
                }
            }
        }
        return new Article(content.substring(frontMatter.end()), title, null, date);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static boolean isArticle(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

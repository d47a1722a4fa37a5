package dev.factcheck.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns HTML into the plain text of an article with jsoup. HTML is only ever read here, never
 * rendered or passed on: what leaves this class is text, one paragraph per block.
 *
 * <p>For whole pages a small main-text heuristic stands in for Readability: drop what is never the
 * article (scripts, navigation, headers, footers, asides, forms), then prefer an explicit container
 * ({@code <article>}, {@code itemprop=articleBody}, {@code <main>}, {@code role=main}) and otherwise the
 * element whose direct paragraphs hold the most text.
 */
public final class MainText {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, textarea, input, [aria-hidden=true], [hidden]";

    private MainText() {
    }

    /** The text of an HTML fragment (feed content). */
    public static String ofFragment(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select(NEVER_CONTENT).remove();
        return blocks(document.body());
    }

    /** The title of a page, or null. */
    public static String titleOf(String html) {
        return titleOf(Jsoup.parse(html));
    }

    /** The main text of a whole page. */
    public static String ofPage(String html) {
        return of(Jsoup.parse(html)).text();
    }

    /**
     * A page as fetched: bytes, decoded with the charset the server declared or else the one the page
     * declares in a {@code <meta>} (or its BOM), UTF-8 when neither does.
     */
    public static Page ofPage(byte[] body, String declaredCharset) {
        try {
            return of(Jsoup.parse(new ByteArrayInputStream(body), declaredCharset, ""));
        } catch (IOException | IllegalArgumentException e) {
            return of(Jsoup.parse(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /** A page's main text and title (null when it has none). */
    public record Page(String title, String text) {
    }

    private static Page of(Document document) {
        String title = titleOf(document);
        document.select(NEVER_CONTENT).remove();
        Element main = container(document);
        return new Page(title, blocks(main == null ? document.body() : main));
    }

    private static String titleOf(Document document) {
        String title = document.title();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static Element container(Document document) {
        for (String selector : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element best = longest(document.select(selector));
            if (best != null && best.text().length() >= 200) {
                return best;
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Element paragraph : document.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    private static Element longest(Elements elements) {
        Element longest = null;
        for (Element element : elements) {
            if (longest == null || element.text().length() > longest.text().length()) {
                longest = element;
            }
        }
        return longest;
    }

    private static String blocks(Element root) {
        if (root == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return root.text().strip();
        }
        return String.join("\n\n", paragraphs);
    }
}

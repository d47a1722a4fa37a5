package dev.factcheck.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML into the plain text of an article with jsoup. HTML is only ever read here, never
 * rendered or passed on: what leaves this class is text, one paragraph per block.
 *
 * <p>For whole pages a small main-text heuristic stands in for Readability: drop what is never the
 * article (scripts, navigation, headers, footers, asides, forms), then prefer an explicit container
 * ({@code <article>}, {@code itemprop=articleBody}, {@code <main>}, {@code role=main}) and otherwise the
 * element whose direct paragraphs hold the most text.
 *
 * <p>Hostile markup cannot make it slow or deep: the parser nests elements at most {@value #MAX_DEPTH}
 * levels (deeper ones are attached at that level), and every step is linear in the size of the page:
 * each element's text length is measured once, bottom-up, paragraphs are scored by one pass over them,
 * and only the innermost blocks are read for text, whose subtrees never overlap.
 */
public final class MainText {

    /** How deep the parser nests elements; real pages stay far below, hostile ones are flattened here. */
    public static final int MAX_DEPTH = 256;

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td");
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, textarea, input, [aria-hidden=true], [hidden]";
    private static final List<String> CONTAINERS = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
    private static final int MIN_CONTAINER_TEXT = 200;

    private MainText() {
    }

    /** A parser per document: jsoup parsers keep state while they work. */
    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    /** The text of an HTML fragment (feed content). */
    public static String ofFragment(String html) {
        Document document = Jsoup.parse(html, "", parser());
        document.select(NEVER_CONTENT).remove();
        return blocks(document.body());
    }

    /** The title of a page, or null. */
    public static String titleOf(String html) {
        return titleOf(Jsoup.parse(html, "", parser()));
    }

    /** The main text of a whole page. */
    public static String ofPage(String html) {
        return of(Jsoup.parse(html, "", parser())).text();
    }

    /**
     * A page as fetched: bytes, decoded with the charset the server declared or else the one the page
     * declares in a {@code <meta>} (or its BOM), UTF-8 when neither does.
     */
    public static Page ofPage(byte[] body, String declaredCharset) {
        try {
            return of(Jsoup.parse(new ByteArrayInputStream(body), declaredCharset, "", parser()));
        } catch (IOException | IllegalArgumentException e) {
            return of(Jsoup.parse(new String(body, StandardCharsets.UTF_8), "", parser()));
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

    /** The explicit container with the most text (if it has enough), else the parent of the most paragraph text. */
    private static Element container(Document document) {
        Map<Element, Integer> textLength = textLengths(document);
        for (String selector : CONTAINERS) {
            Element best = null;
            for (Element candidate : document.select(selector)) {
                if (best == null || textLength.get(candidate) > textLength.get(best)) {
                    best = candidate;
                }
            }
            if (best != null && textLength.get(best) >= MIN_CONTAINER_TEXT) {
                return best;
            }
        }
        Map<Element, Integer> paragraphText = new LinkedHashMap<>();
        for (Element paragraph : document.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                paragraphText.merge(parent, textLength.get(paragraph), Integer::sum);
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> scored : paragraphText.entrySet()) {
            if (scored.getValue() > bestScore) {
                bestScore = scored.getValue();
                best = scored.getKey();
            }
        }
        return best;
    }

    /**
     * The length of every element's text as {@link Element#text()} would give it (white space runs
     * counted as one), measured in one bottom-up pass instead of once per element and ancestor.
     */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    lengths.merge(parent, collapsedLength(text.getWholeText()), Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    int own = lengths.computeIfAbsent(element, e -> 0);
                    if (element != root && element.parent() != null) {
                        lengths.merge(element.parent(), own, Integer::sum);
                    }
                }
            }
        }, root);
        return lengths;
    }

    private static int collapsedLength(String text) {
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
            if (!space || !inSpace) {
                length++;
            }
            inSpace = space;
        }
        return length;
    }

    /** The text of the innermost blocks under {@code root} in document order, one paragraph each. */
    private static String blocks(Element root) {
        if (root == null) {
            return "";
        }
        List<Element> blocks = new ArrayList<>();
        Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    blocks.add(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element != root
                        && (BLOCKS.contains(element.normalName()) || holdsBlocks.contains(element))) {
                    holdsBlocks.add(element.parent());
                }
            }
        }, root);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
            if (holdsBlocks.contains(block)) {
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

package dev.factcheck.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTextTest {

    @Test
    void ofPage_takesTheArticle_andLeavesNavigationScriptsAndFootersOut() {
        String html = """
                <html><head><title>Revenue news</title><script>var tracking = "SCRIPT";</script></head>
                <body>
                  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                  <aside>Most read: celebrity gossip</aside>
                  <article>
                    <h1>Amazon revenue rises</h1>
                    <p>Amazon reported revenue of $158.9 billion for the quarter, up 11% from a year earlier.</p>
                    <p>Operating income was $15.3 billion, the company said on Thursday in its filing.</p>
                  </article>
                  <footer>Copyright 2026 News Corp</footer>
                </body></html>
                """;

        String text = MainText.ofPage(html);

        assertThat(text).isEqualTo("""
                Amazon revenue rises

                Amazon reported revenue of $158.9 billion for the quarter, up 11% from a year earlier.

                Operating income was $15.3 billion, the company said on Thursday in its filing.""");
        assertThat(MainText.titleOf(html)).isEqualTo("Revenue news");
    }

    @Test
    void ofPage_withoutAnArticleElement_takesTheBlockWithTheMostParagraphText() {
        String html = """
                <body><div class="menu"><p>Subscribe</p></div>
                <div class="story"><p>Unemployment fell to 4.1% in October.</p><p>Wages rose 3.2% over the year.</p></div>
                <div class="related"><p>Other stories</p></div></body>
                """;

        assertThat(MainText.ofPage(html)).isEqualTo("Unemployment fell to 4.1% in October.\n\nWages rose 3.2% over the year.");
    }

    @Test
    void markupInText_isKeptAsText_neverAsMarkup() {
        String text = MainText.ofFragment("<p>Use &lt;script&gt;alert(1)&lt;/script&gt; carefully</p><script>alert(2)</script>");

        assertThat(text).isEqualTo("Use <script>alert(1)</script> carefully");
    }

    @Test
    void ofPage_decodesTheCharsetThePageDeclares_whenTheServerDeclaresNone() {
        byte[] latin1 = ("<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00e9</title></head>"
                + "<body><p>Prices rose 2% at the caf\u00e9.</p></body></html>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        MainText.Page page = MainText.ofPage(latin1, null);

        assertThat(page.title()).isEqualTo("Caf\u00e9");
        assertThat(page.text()).isEqualTo("Prices rose 2% at the caf\u00e9.");
    }

    /*
     * Hostile markup: the extractor must return, with the right text, however deep or large the page.
     * These tests assert what comes back, never how long it took: a quadratic extractor does not return
     * from them within the build's patience, a linear one does.
     */

    @Test
    void ofPage_withOneHundredThousandNestedBlocks_returnsTheInnermostText() {
        String html = "<html><body><article>" + "<blockquote>".repeat(100_000) + "Exports rose 4% to $9 billion."
                + "</blockquote>".repeat(100_000) + "</article></body></html>";

        assertThat(MainText.ofPage(html)).isEqualTo("Exports rose 4% to $9 billion.");
    }

    @Test
    void ofPage_withOneHundredThousandNestedDivs_findsTheParagraphsAtTheBottom() {
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(100_000)
                + "<p>Unemployment fell to 4.1% in October.</p><p>Wages rose 3.2% over the year.</p>"
                + "</div>".repeat(100_000) + "</body></html>";

        MainText.Page page = MainText.ofPage(html.getBytes(StandardCharsets.UTF_8), "UTF-8");

        assertThat(page.title()).isEqualTo("Deep");
        assertThat(page.text()).isEqualTo("Unemployment fell to 4.1% in October.\n\nWages rose 3.2% over the year.");
    }

    @Test
    void ofFragment_withOneHundredThousandNestedListItems_returnsTheInnermostText() {
        String html = "<ul><li>".repeat(100_000) + "Output grew 2%." + "</li></ul>".repeat(100_000);

        assertThat(MainText.ofFragment(html)).isEqualTo("Output grew 2%.");
    }

    @Test
    void ofPage_ofATwoMegabytePageOfSiblingParagraphs_returnsEveryParagraph() {
        int paragraphs = 24_000;
        StringBuilder html = new StringBuilder("<html><body><nav>Home</nav><div class=\"story\">");
        for (int i = 0; i < paragraphs; i++) {
            html.append("<p>Paragraph ").append(i).append(": revenue rose ").append(i % 100)
                    .append("% to $").append(i).append(" million, the company said in its annual filing.</p>");
        }
        html.append("</div></body></html>");
        assertThat(html.length()).isGreaterThan(2_000_000);

        String text = MainText.ofPage(html.toString());

        String[] read = text.split("\n\n");
        assertThat(read).hasSize(paragraphs);
        assertThat(read[0]).isEqualTo("Paragraph 0: revenue rose 0% to $0 million, the company said in its annual filing.");
        assertThat(read[paragraphs - 1]).startsWith("Paragraph 23999: revenue rose 99% to $23999 million");
    }
}

package dev.factcheck.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}

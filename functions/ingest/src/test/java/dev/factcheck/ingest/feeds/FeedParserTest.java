package dev.factcheck.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.ingest.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String body, String mediaType) throws MalformedFeedException {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    @Test
    void rss2_readsGuidLinkTitleFullTextAndDate() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Daily</title><link>https://news.example/</link><description>d</description>
                    <item>
                      <title>Revenue up</title>
                      <link>https://news.example/a/1</link>
                      <guid isPermaLink="false">urn:news:1</guid>
                      <pubDate>Fri, 27 Nov 2026 08:30:00 GMT</pubDate>
                      <description>Short summary</description>
                      <content:encoded><![CDATA[<p>Revenue rose to <b>$5 billion</b>.</p>]]></content:encoded>
                    </item>
                    <item><title>No body</title><link>https://news.example/a/2</link></item>
                  </channel>
                </rss>
                """, "application/rss+xml");

        assertThat(feed.title()).isEqualTo("Daily");
        assertThat(feed.entries()).hasSize(2);
        FeedEntry first = feed.entries().getFirst();
        assertThat(first.key()).isEqualTo("urn:news:1");
        assertThat(first.link()).isEqualTo("https://news.example/a/1");
        assertThat(first.title()).isEqualTo("Revenue up");
        assertThat(first.html()).contains("$5 billion");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-27T08:30:00Z"));
        assertThat(feed.entries().get(1).carriesFullText()).isFalse();
        assertThat(feed.entries().get(1).key()).isEqualTo("https://news.example/a/2");
    }

    @Test
    void atom_readsIdAlternateLinkContentAndPublished() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom news</title><id>urn:feed</id><updated>2026-11-28T10:00:00Z</updated>
                  <entry>
                    <title>Exports fall</title>
                    <id>tag:news.example,2026:7</id>
                    <link rel="alternate" href="https://news.example/a/7"/>
                    <published>2026-11-28T09:00:00+01:00</published>
                    <updated>2026-11-28T10:00:00Z</updated>
                    <content type="html">&lt;p&gt;Exports fell 3%.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """, "application/atom+xml");

        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.key()).isEqualTo("tag:news.example,2026:7");
        assertThat(entry.link()).isEqualTo("https://news.example/a/7");
        assertThat(entry.html()).contains("Exports fell 3%.");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
    }

    @Test
    void jsonFeed11_readsItems() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON news",
                 "items": [
                   {"id": "1", "url": "https://news.example/j/1", "title": "Jobs", "content_text": "Unemployment fell to 4.1%.",
                    "date_published": "2026-11-20T10:00:00-05:00"},
                   {"id": 2, "url": "https://news.example/j/2", "content_html": "<p>GDP grew 2%.</p>"}
                 ]}
                """, "application/feed+json");

        assertThat(feed.title()).isEqualTo("JSON news");
        assertThat(feed.entries()).extracting(FeedEntry::key).containsExactly("1", "2");
        assertThat(feed.entries().getFirst().text()).isEqualTo("Unemployment fell to 4.1%.");
        assertThat(feed.entries().getFirst().published()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(feed.entries().get(1).html()).isEqualTo("<p>GDP grew 2%.</p>");
    }

    @Test
    void malformedXml_andNonFeeds_areRefused() {
        assertThatThrownBy(() -> parse("<rss><channel><item>", "application/rss+xml"))
                .isInstanceOf(MalformedFeedException.class).hasMessageStartingWith("not well-formed XML");
        assertThatThrownBy(() -> parse("<html><body>hello</body></html>", "text/xml"))
                .isInstanceOf(MalformedFeedException.class).hasMessage("not an RSS or Atom feed");
        assertThatThrownBy(() -> parse("{\"items\": []}", "application/json"))
                .isInstanceOf(MalformedFeedException.class).hasMessageStartingWith("not a JSON Feed");
        assertThatThrownBy(() -> parse("{\"version\": ", "application/feed+json"))
                .isInstanceOf(MalformedFeedException.class).hasMessage("not well-formed JSON");
    }

    @Test
    void xxeFeed_isRefused_withoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>
                <item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> parse(xxe, "application/rss+xml"))
                .isInstanceOf(MalformedFeedException.class)
                .hasMessage("XML with a DOCTYPE is refused")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void xxeFeed_withAnExternalDtdOrParameterEntity_makesNoRequest() {
        try (LoopbackServer server = new LoopbackServer()) {
            server.on("/evil.dtd", 200, "application/xml-dtd", "<!ENTITY leak \"x\">");
            String external = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss SYSTEM "%s">
                    <rss version="2.0"><channel><title>t</title></channel></rss>
                    """.formatted(server.url("/evil.dtd"));
            String parameter = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
                    <rss version="2.0"><channel><title>t</title></channel></rss>
                    """.formatted(server.url("/evil.dtd"));

            assertThatThrownBy(() -> parse(external, "text/xml")).isInstanceOf(MalformedFeedException.class);
            assertThatThrownBy(() -> parse(parameter, "text/xml")).isInstanceOf(MalformedFeedException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void billionLaughsFeed_isRefusedAtItsDoctype_beforeAnyEntityIsExpanded() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        doctype.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + doctype
                + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

        assertThatThrownBy(() -> parse(bomb, "application/rss+xml"))
                .isInstanceOf(MalformedFeedException.class).hasMessage("XML with a DOCTYPE is refused");
    }

    @Test
    void xmlFeedNestedDeeperThanTheLimit_isRefusedAsMalformed_whileARealisticallyNestedOneIsRead() throws Exception {
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>"
                + "<b>".repeat(100_000) + "</b>".repeat(100_000) + "</description></item></channel></rss>";
        String nested = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><guid>n1</guid><title>x</title>"
                + "<description>" + "<b>".repeat(50) + "</b>".repeat(50) + "</description></item></channel></rss>";

        assertThatThrownBy(() -> parse(deep, "application/rss+xml"))
                .isInstanceOf(MalformedFeedException.class).hasMessage("XML nested deeper than " + SecureXml.MAX_DEPTH + " elements");
        assertThat(parse(nested, "application/rss+xml").entries()).extracting(FeedEntry::id).containsExactly("n1");
    }

    @Test
    void jsonFeedNestedTooDeep_isRefusedAsMalformed() {
        String deep = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"1\", \"x\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";

        assertThatThrownBy(() -> parse(deep, "application/feed+json")).isInstanceOf(MalformedFeedException.class);
    }
}

package dev.factcheck.ingest;

import dev.factcheck.ingest.feeds.FeedParser;
import dev.factcheck.ingest.feeds.MalformedFeedException;
import dev.factcheck.ingest.fetch.AddressPolicy;
import dev.factcheck.ingest.sites.PublicSuffixList;
import dev.factcheck.ingest.text.MainText;
import dev.factcheck.runtime.json.Json;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Walks the ingestion's CPU paths on built-in samples before a SnapStart snapshot: the hardened XML
 * parser and Rome, JSON Feed, jsoup, the public suffix list, the address policy and the report's JSON. No network, no store.
 */
final class Priming {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>p</title>
            <link>https://priming.invalid/</link><description>p</description><item><title>p</title>
            <link>https://priming.invalid/1</link><guid>p1</guid><pubDate>Fri, 27 Nov 2026 08:30:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>Revenue rose 5% to $2 billion.</p>]]></content:encoded></item></channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>p</title><id>p</id>
            <updated>2026-11-28T10:00:00Z</updated><entry><title>p</title><id>p2</id><link href="https://priming.invalid/2"/>
            <updated>2026-11-28T10:00:00Z</updated><content type="html">&lt;p&gt;p&lt;/p&gt;</content></entry></feed>
            """;
    private static final String JSON_FEED = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "p", "items": [{"id": "p3", "content_text": "p",
             "date_published": "2026-11-20T10:00:00Z"}]}
            """;
    private static final String PAGE = "<html><head><title>p</title></head><body><nav>n</nav><article><p>"
            + "Unemployment fell to 4.1% in October, the lowest level since 2019, the statistics office said.".repeat(3)
            + "</p></article></body></html>";

    private Priming() {
    }

    static void run() {
        FeedParser parser = new FeedParser();
        try {
            parser.parse(RSS.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
            parser.parse(ATOM.getBytes(StandardCharsets.UTF_8), "application/atom+xml");
            parser.parse(JSON_FEED.getBytes(StandardCharsets.UTF_8), "application/feed+json");
        } catch (MalformedFeedException e) {
            throw new IllegalStateException("a built-in priming feed did not parse", e);
        }
        MainText.ofPage(PAGE);
        MainText.ofFragment("<p>p</p>");
        PublicSuffixList.bundled().registrableDomain("www.priming.co.uk");
        try {
            AddressPolicy.publicOnly().refusal(InetAddress.getByName("169.254.169.254"));
            AddressPolicy.publicOnly().refusal(InetAddress.getByName("::1"));
        } catch (UnknownHostException literalsNeverFail) {
            throw new IllegalStateException(literalsNeverFail);
        }
        Json.write(new RunReport(0, 0, 0, 0, 0, 0, List.of(new RunReport.Failure("https://priming.invalid/", "p"))).toJson());
    }
}

package dev.factcheck.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.ingest.text.MainText;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a server sends, parsing fails only with {@link MalformedFeedException} and extraction never fails. */
class UntrustedInputPropertiesTest {

    private final FeedParser parser = new FeedParser();

    @Provide
    Arbitrary<String> mediaTypes() {
        return Arbitraries.of("application/rss+xml", "application/atom+xml", "text/xml", "application/feed+json", "application/json");
    }

    /** Text built from the pieces feeds are made of, so generated documents get past the first byte. */
    @Provide
    Arbitrary<String> feedish() {
        return Arbitraries.of("<rss version=\"2.0\">", "<channel>", "<item>", "</item>", "<title>", "</title>", "<link>",
                        "</link>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "</entry>", "<![CDATA[", "]]>",
                        "&amp;", "&lol;", "<!DOCTYPE x [", "]>", "{\"version\":\"https://jsonfeed.org/version/1.1\"", ",\"items\":[",
                        "{\"id\":", "\"1\"", "}", "]", "<p>", "</p>", "text", "\u00e9", "\u0000", "<?xml version=\"1.0\"?>")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void randomBytes_failOnlyAsMalformedFeeds(@ForAll byte[] body, @ForAll("mediaTypes") String mediaType) {
        assertOnlyMalformed(body, mediaType);
    }

    @Property(tries = 500)
    void feedLikeText_failsOnlyAsMalformedFeeds(@ForAll("feedish") String body, @ForAll("mediaTypes") String mediaType) {
        assertOnlyMalformed(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    @Property(tries = 300)
    void anyHtml_givesTextWithoutThrowing(@ForAll("feedish") String html) {
        assertThat(MainText.ofPage(html)).isNotNull();
        assertThat(MainText.ofFragment(html)).isNotNull();
        assertThat(MainText.ofPage(html.getBytes(StandardCharsets.UTF_8), null).text()).isNotNull();
    }

    private void assertOnlyMalformed(byte[] body, String mediaType) {
        try {
            parser.parse(body, mediaType);
        } catch (MalformedFeedException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

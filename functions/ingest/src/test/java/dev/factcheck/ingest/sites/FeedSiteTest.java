package dev.factcheck.ingest.sites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.store.feeds.Feed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedSiteTest {

    private static FeedSite site(String feedUrl, String... allowed) {
        Feed feed = new Feed("fd_1", feedUrl, null, Instant.EPOCH, null, null, null, 0, 0, List.of(), List.of(allowed));
        return FeedSite.of(feed, PublicSuffixList.bundled());
    }

    @ParameterizedTest(name = "feed {0} may claim {1}")
    @CsvSource({
            "https://www.news.example/rss, https://www.news.example/story/1",
            "https://www.news.example/rss, https://news.example/story/1",
            "https://feeds.news.example/rss, https://video.news.example/clip",
            "https://www.bbc.co.uk/news/rss.xml, https://www.bbc.co.uk/news/articles/1",
            "https://alice.github.io/feed.xml, https://alice.github.io/post",
            "http://127.0.0.1:8080/feed.xml, http://127.0.0.1:9090/story"
    })
    void itsOwnSite_isClaimed(String feedUrl, String link) {
        assertThat(site(feedUrl).refusal(link)).isEmpty();
    }

    @ParameterizedTest(name = "feed {0} may not claim {1}")
    @CsvSource({
            "https://squatter.example/rss, https://www.news.example/story/1",
            "https://www.news.example.evil.example/rss, https://www.news.example/story/1",
            "https://bbc.co.uk.attacker.example/rss, https://www.bbc.co.uk/news/1",
            "https://mallory.github.io/feed.xml, https://alice.github.io/post",
            "https://evil.co.uk/rss, https://www.bbc.co.uk/news/1",
            "http://127.0.0.1:8080/feed.xml, http://127.0.0.2/story"
    })
    void anotherSite_isRefused(String feedUrl, String link) {
        assertThat(site(feedUrl).refusal(link)).contains(FeedSite.REFUSAL);
    }

    @ParameterizedTest(name = "{1} allowed by {2}")
    @CsvSource({
            "https://digest.example/rss, https://wire.example/story, wire.example",
            "https://digest.example/rss, https://www.wire.example/story, wire.example",
            "https://digest.example/rss, https://WWW.Wire.Example./story, wire.example"
    })
    void allowedDomains_andTheirSubdomains_areClaimed(String feedUrl, String link, String allowed) {
        assertThat(site(feedUrl, allowed).refusal(link)).isEmpty();
    }

    @ParameterizedTest(name = "{1} not allowed by {2}")
    @CsvSource({
            "https://digest.example/rss, https://notwire.example/story, wire.example",
            "https://digest.example/rss, https://wire.example.evil.example/story, wire.example"
    })
    void allowedDomains_matchWholeLabelsOnly(String feedUrl, String link, String allowed) {
        assertThat(site(feedUrl, allowed).refusal(link)).contains(FeedSite.REFUSAL);
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "mailto:desk@news.example", "/relative/path"})
    void urlsThatAreNotHttp_areLeftToTheFetcher(String link) {
        assertThat(site("https://news.example/rss").refusal(link)).isEmpty();
    }
}

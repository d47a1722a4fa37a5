package dev.factcheck.ingest.sites;

import dev.factcheck.store.feeds.Feed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The URLs a feed's items may claim: those of the feed's own site, that is of the same registrable
 * domain as the feed's registered URL ({@code www.news.example/rss} may link to
 * {@code news.example/story} and {@code video.news.example/clip}), and those of the domains the feed
 * was registered with ({@code allowedDomains}: the domain itself and its subdomains). Any other URL
 * is refused, so a hostile feed cannot store an article under the URL (and so the id) of another
 * site's story before that site's own feed is read.
 */
public final class FeedSite {

    /** The reason recorded for an entry whose link is refused; it quotes nothing from the feed. */
    public static final String REFUSAL = "link outside the feed's site";

    private final PublicSuffixList suffixes;
    private final String site;
    private final List<String> allowedDomains;

    private FeedSite(PublicSuffixList suffixes, String site, List<String> allowedDomains) {
        this.suffixes = suffixes;
        this.site = site;
        this.allowedDomains = allowedDomains;
    }

    public static FeedSite of(Feed feed, PublicSuffixList suffixes) {
        String host = host(feed.url());
        String site = host == null ? null : suffixes.registrableDomain(host).orElse(PublicSuffixList.normalise(host));
        List<String> allowed = feed.allowedDomains().stream().map(PublicSuffixList::normalise).filter(d -> d != null).toList();
        return new FeedSite(suffixes, site, allowed);
    }

    /**
     * Why the feed may not claim {@code url}, or empty when it may. URLs that are not absolute http(s)
     * URLs are not judged here: they are never stored as an article's URL, and the fetcher refuses them.
     */
    public Optional<String> refusal(String url) {
        String host = host(url);
        if (host == null) {
            return Optional.empty();
        }
        String name = PublicSuffixList.normalise(host);
        if (name == null) {
            return Optional.of(REFUSAL);
        }
        if (site != null && site.equals(suffixes.registrableDomain(name).orElse(name))) {
            return Optional.empty();
        }
        for (String domain : allowedDomains) {
            if (name.equals(domain) || name.endsWith("." + domain)) {
                return Optional.empty();
            }
        }
        return Optional.of(REFUSAL);
    }

    /** The host of an absolute http(s) URL, or null. */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.getHost() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

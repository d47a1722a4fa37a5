package dev.factcheck.ids;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The spelling of a URL that ids derive from, so trivially different spellings name one thing, and the one
 * test of what counts as a web URL.
 */
public final class Urls {

    private Urls() {
    }

    /** Whether {@code url} is an absolute http or https URL with a host. */
    public static boolean isWebUrl(String url) {
        return webUri(url) != null;
    }

    /** Whether {@code url} is an absolute http or https URL with a host and no user info ({@code user@host}). */
    public static boolean isWebUrlWithoutUserInfo(String url) {
        URI uri = webUri(url);
        return uri != null && uri.getRawUserInfo() == null;
    }

    /** Whether {@code scheme} is http or https, in any case; false for null. */
    public static boolean isWebScheme(String scheme) {
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    /**
     * Whether {@code url} starts with {@code http://} or {@code https://}, in any case: the cheap test for a
     * link that was already resolved (see {@link #resolve}) and only needs to be told apart from other schemes.
     */
    public static boolean hasWebPrefix(String url) {
        return url != null && (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8));
    }

    /** The host of {@code url} (surrounding blanks ignored) when it is an absolute http(s) URL with a host, else null. */
    public static String webHost(String url) {
        URI uri = url == null ? null : webUri(url.strip());
        return uri == null ? null : uri.getHost();
    }

    /**
     * {@code link} resolved against {@code base} when the result is an http(s) URL; otherwise the link as
     * written (stripped), so that the caller can still report it. Null for a null or blank link.
     */
    public static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(new URI(link.strip()));
            return isWebScheme(resolved.getScheme()) ? resolved.toString() : link.strip();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static URI webUri(String url) {
        try {
            URI uri = new URI(url);
            return isWebScheme(uri.getScheme()) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Scheme and host lower-cased, default port and fragment dropped, empty path as "/". */
    public static String normalise(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}

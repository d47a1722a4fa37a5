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

    private static URI webUri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
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

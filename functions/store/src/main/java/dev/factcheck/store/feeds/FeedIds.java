package dev.factcheck.store.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Feed ids are derived from the normalised URL, so registering the same feed twice finds the first
 * registration with one conditional write; entry keys are hashed so any id or link fits a sort key.
 */
public final class FeedIds {

    private static final Pattern ID = Pattern.compile("fd_[0-9a-f]{24}");

    private FeedIds() {
    }

    public static String of(String url) {
        return "fd_" + HexFormat.of().formatHex(sha256("feed\u001f" + normaliseUrl(url)), 0, 12);
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String entryKey(String entryId) {
        return HexFormat.of().formatHex(sha256("entry\u001f" + entryId));
    }

    /** Scheme and host lower-cased, default port and fragment dropped, empty path as "/". */
    static String normaliseUrl(String url) {
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

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

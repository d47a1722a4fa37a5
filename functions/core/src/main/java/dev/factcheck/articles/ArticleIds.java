package dev.factcheck.articles;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article ids are derived, not drawn: the same URL, or without one the same normalised text, always
 * gives the same id, which makes ingestion idempotent with one conditional write.
 */
public final class ArticleIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ID = Pattern.compile("a_[0-9a-f]{24}");

    private ArticleIds() {
    }

    public static String of(String url, String text) {
        return url == null || url.isBlank() ? "a_" + digest("text\u001f" + normaliseText(text))
                : "a_" + digest("url\u001f" + normaliseUrl(url));
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Unicode NFC, white space runs folded to one space, trimmed. */
    static String normaliseText(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
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

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

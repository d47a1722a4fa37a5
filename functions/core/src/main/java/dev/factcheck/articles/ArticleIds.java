package dev.factcheck.articles;

import dev.factcheck.ids.Hashes;
import dev.factcheck.ids.Urls;
import java.text.Normalizer;
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
                : "a_" + digest("url\u001f" + Urls.normalise(url));
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Unicode NFC, white space runs folded to one space, trimmed. */
    static String normaliseText(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private static String digest(String value) {
        return Hashes.sha256Hex(value, 12);
    }
}

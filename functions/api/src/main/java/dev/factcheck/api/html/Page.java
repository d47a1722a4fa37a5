package dev.factcheck.api.html;

import dev.factcheck.runtime.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The frame of every HTML page: one stylesheet inlined and allowed by its hash, no scripts at all,
 * and a Content-Security-Policy that forbids everything else (no external scripts, fonts, images or
 * frames), so even markup that slipped through escaping could not run or load anything.
 */
public final class Page {

    private static final String CSS = stylesheet();
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(CSS) + "'; "
            + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Page() {
    }

    /** A whole page: {@code title} is escaped here; {@code body} is HTML the caller built with {@link Html}. */
    public static HttpResponse of(int status, String title, String body) {
        String html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>" + CSS + "</style></head>\n<body>\n" + body
                + "\n</body></html>\n";
        return new HttpResponse(status, Map.of(
                "content-type", "text/html; charset=utf-8",
                "content-security-policy", CONTENT_SECURITY_POLICY,
                "x-content-type-options", "nosniff",
                "referrer-policy", "no-referrer",
                "cache-control", "no-store"), html);
    }

    private static String stylesheet() {
        try (InputStream in = Page.class.getResourceAsStream("review.css")) {
            if (in == null) {
                throw new IllegalStateException("review.css is missing from the artifact");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

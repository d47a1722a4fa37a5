package dev.factcheck.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A response a fetch delivered: 200 with its body, or 304 without one.
 *
 * @param uri         where the response came from, after redirects (relative links resolve against it)
 * @param contentType the {@code Content-Type} header as sent, or null on 304
 */
public record FetchResponse(URI uri, int status, String contentType, String etag, String lastModified, byte[] body) {

    public boolean notModified() {
        return status == 304;
    }

    /** The media type in lower case without parameters, e.g. {@code application/rss+xml}. */
    public String mediaType() {
        return mediaTypeOf(contentType);
    }

    /** The charset the server declared, if any and if this JVM knows it. */
    public Optional<Charset> charset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].trim().replace("\"", "")));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public String bodyText() {
        return new String(body, charset().orElse(StandardCharsets.UTF_8));
    }

    static String mediaTypeOf(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}

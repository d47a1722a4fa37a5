package dev.factcheck.ingest.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.factcheck.runtime.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import software.amazon.awssdk.thirdparty.jackson.core.JacksonException;

/**
 * Reads RSS (0.9x to 2.0, 1.0) and Atom 1.0 through Rome, from a DOM built by {@link SecureXml} (Rome
 * never sees the raw bytes, so its own parser settings do not matter), and JSON Feed 1.0/1.1 through
 * Jackson.
 */
public final class FeedParser {

    /** The media types a feed may be served as. */
    public static boolean acceptsMediaType(String mediaType) {
        return mediaType.endsWith("/xml") || mediaType.endsWith("+xml") || mediaType.equals("application/json")
                || mediaType.equals("application/feed+json");
    }

    public ParsedFeed parse(byte[] body, String mediaType) throws MalformedFeedException {
        if (mediaType.contains("json") || firstCharacter(body) == '{') {
            return parseJsonFeed(body);
        }
        return parseXml(body);
    }

    private static ParsedFeed parseXml(byte[] body) throws MalformedFeedException {
        Document document = SecureXml.parse(body);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedFeedException("not an RSS or Atom feed");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String html = null;
            String text = null;
            for (SyndContent content : entry.getContents()) {
                if (content.getValue() == null || content.getValue().isBlank()) {
                    continue;
                }
                String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
                if (type.equals("text") || type.equals("text/plain")) {
                    text = content.getValue();
                } else {
                    html = content.getValue();
                }
            }
            entries.add(new FeedEntry(blankToNull(entry.getUri()), link(entry), blankToNull(entry.getTitle()), html, text,
                    instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), entries);
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
                return link.getHref().strip();
            }
        }
        return null;
    }

    private static ParsedFeed parseJsonFeed(byte[] body) throws MalformedFeedException {
        JsonNode root;
        try {
            root = Json.read(body);
        } catch (JacksonException e) {
            throw new MalformedFeedException("not well-formed JSON");
        } catch (IOException e) {
            throw new MalformedFeedException("unreadable JSON");
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
                || !root.path("items").isArray()) {
            throw new MalformedFeedException("not a JSON Feed (version and items are required)");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (!item.isObject()) {
                continue;
            }
            String published = text(item, "date_published");
            entries.add(new FeedEntry(id(item.get("id")), text(item, "url") != null ? text(item, "url") : text(item, "external_url"),
                    text(item, "title"), text(item, "content_html"), text(item, "content_text"),
                    rfc3339(published != null ? published : text(item, "date_modified"))));
        }
        return new ParsedFeed(text(root, "title"), entries);
    }

    /** JSON Feed ids are strings, but some feeds write numbers. */
    private static String id(JsonNode id) {
        return id == null || !(id.isTextual() || id.isNumber()) ? null : blankToNull(id.asText());
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || !value.isTextual() ? null : blankToNull(value.asText());
    }

    private static Instant rfc3339(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int firstCharacter(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xff) != 0xef && (b & 0xff) != 0xbb && (b & 0xff) != 0xbf) {
                return b;
            }
        }
        return -1;
    }
}

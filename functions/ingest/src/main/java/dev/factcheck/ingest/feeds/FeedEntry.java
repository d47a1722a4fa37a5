package dev.factcheck.ingest.feeds;

import java.time.Instant;

/**
 * One entry of a feed, as data: nothing in it is ever interpreted as markup in an output.
 *
 * @param id        the entry's own id (RSS guid, Atom id, JSON Feed id), or null
 * @param link      the article's URL as the feed wrote it (may be relative), or null
 * @param html      the full text as HTML (content:encoded, Atom content, content_html), or null
 * @param text      the full text as plain text (Atom text content, content_text), or null
 * @param published when it was published (or updated), or null
 */
public record FeedEntry(String id, String link, String title, String html, String text, Instant published) {

    /** What the ledger knows the entry by: its id, else its link; null when it has neither. */
    public String key() {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        return link == null || link.isBlank() ? null : link.strip();
    }

    public boolean carriesFullText() {
        return (html != null && !html.isBlank()) || (text != null && !text.isBlank());
    }
}

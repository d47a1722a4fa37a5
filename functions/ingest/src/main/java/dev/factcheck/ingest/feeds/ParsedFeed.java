package dev.factcheck.ingest.feeds;

import java.util.List;

/** A feed's title (or null) and its entries in document order. */
public record ParsedFeed(String title, List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}

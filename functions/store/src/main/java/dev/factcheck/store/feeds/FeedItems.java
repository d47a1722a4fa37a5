package dev.factcheck.store.feeds;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading and writing the attribute values of the feeds table: shared by the registry and the ledger. */
final class FeedItems {

    /**
     * The storage format of the feeds table's items (registry and ledger), written as
     * {@link dev.factcheck.store.format.FormatVersion#ATTRIBUTE}; the newest this code reads.
     */
    static final int FORMAT_VERSION = 1;

    private FeedItems() {
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static int integer(Map<String, AttributeValue> item, String name) {
        return (int) number(item, name);
    }

    static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}

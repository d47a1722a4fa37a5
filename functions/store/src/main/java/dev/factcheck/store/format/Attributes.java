package dev.factcheck.store.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attribute values of stored items, written and read the same way by every store. */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue strings(List<String> values) {
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (String value : values) {
            list.add(AttributeValue.fromS(value));
        }
        return AttributeValue.fromL(list);
    }

    /** A text attribute, or null when the item has none. */
    public static String optional(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** A text attribute the item must have. */
    public static String required(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new CorruptItemException(name + " is missing");
        }
        return value.s();
    }

    /** A list of texts, empty when the item has none. */
    public static List<String> strings(AttributeValue value) {
        if (value == null || !value.hasL()) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(value.l().size());
        for (AttributeValue element : value.l()) {
            strings.add(element.s());
        }
        return Collections.unmodifiableList(strings);
    }
}

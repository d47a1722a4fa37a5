package dev.factcheck.store.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a stored item, read by {@link StoredJson}, with typed access to its fields. A
 * field of the wrong type reads as a corrupt item, never as a silently different value.
 */
public record StoredObject(Map<String, Object> fields) {

    public static StoredObject of(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new CorruptItemException("expected a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new StoredObject(fields);
    }

    public static List<StoredObject> list(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new CorruptItemException("expected a JSON array");
        }
        List<StoredObject> objects = new ArrayList<>(list.size());
        for (Object element : list) {
            objects.add(of(element));
        }
        return Collections.unmodifiableList(objects);
    }

    public boolean has(String field) {
        return fields.get(field) != null;
    }

    /** The text of {@code field}, or null when it is absent or null. */
    public String string(String field) {
        return typed(field, String.class);
    }

    public String string(String field, String otherwise) {
        String value = string(field);
        return value == null ? otherwise : value;
    }

    public String requiredString(String field) {
        return required(field, string(field));
    }

    public BigDecimal decimal(String field) {
        return typed(field, BigDecimal.class);
    }

    public BigDecimal requiredDecimal(String field) {
        return required(field, decimal(field));
    }

    public int integer(String field) {
        return requiredDecimal(field).intValueExact();
    }

    public boolean bool(String field, boolean otherwise) {
        Boolean value = typed(field, Boolean.class);
        return value == null ? otherwise : value;
    }

    public StoredObject object(String field) {
        Object value = fields.get(field);
        return value == null ? null : of(value);
    }

    public StoredObject requiredObject(String field) {
        return required(field, object(field));
    }

    public List<StoredObject> objects(String field) {
        Object value = fields.get(field);
        return value == null ? List.of() : list(value);
    }

    private <T> T typed(String field, Class<T> type) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new CorruptItemException(field + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new CorruptItemException(field + " is missing");
        }
        return value;
    }
}

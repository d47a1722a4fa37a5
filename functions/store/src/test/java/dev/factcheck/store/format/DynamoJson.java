package dev.factcheck.store.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stored items as DynamoDB's own JSON ({@code {"pk": {"S": "..."}, "data": {"B": "<base64>"}}}), the
 * form the fixture files keep: exactly what a table holds, whatever code wrote it.
 */
public final class DynamoJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DynamoJson() {
    }

    /** Items sorted by key, attributes by name, so a file is stable whatever order a Scan returned. */
    public static void write(List<Map<String, AttributeValue>> items, Path file) {
        ArrayNode array = MAPPER.createArrayNode();
        items.stream().sorted(Comparator.comparing((Map<String, AttributeValue> item) -> item.get("pk").s())
                .thenComparing(item -> item.get("sk").s())).forEach(item -> array.add(object(item)));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, MAPPER.writeValueAsString(array) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, AttributeValue>> read(Path file) {
        try {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (JsonNode item : MAPPER.readTree(file.toFile())) {
                items.add(item(item));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode object(Map<String, AttributeValue> item) {
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(item).forEach((name, value) -> node.set(name, value(value)));
        return node;
    }

    private static JsonNode value(AttributeValue value) {
        ObjectNode node = MAPPER.createObjectNode();
        if (value.s() != null) {
            node.put("S", value.s());
        } else if (value.n() != null) {
            node.put("N", value.n());
        } else if (value.b() != null) {
            node.put("B", java.util.Base64.getEncoder().encodeToString(value.b().asByteArray()));
        } else if (value.bool() != null) {
            node.put("BOOL", value.bool());
        } else if (value.hasM()) {
            node.set("M", object(value.m()));
        } else if (value.hasL()) {
            ArrayNode list = node.putArray("L");
            value.l().forEach(element -> list.add(value(element)));
        } else if (Boolean.TRUE.equals(value.nul())) {
            node.put("NULL", true);
        } else {
            throw new IllegalArgumentException("no fixture form for " + value.type());
        }
        return node;
    }

    private static Map<String, AttributeValue> item(JsonNode node) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        node.properties().forEach(field -> item.put(field.getKey(), attribute(field.getValue())));
        return item;
    }

    private static AttributeValue attribute(JsonNode node) {
        String type = node.properties().iterator().next().getKey();
        JsonNode value = node.get(type);
        return switch (type) {
            case "S" -> AttributeValue.fromS(value.asText());
            case "N" -> AttributeValue.fromN(value.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(value.asText())));
            case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
            case "M" -> AttributeValue.fromM(item(value));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                value.forEach(element -> list.add(attribute(element)));
                yield AttributeValue.fromL(list);
            }
            case "NULL" -> AttributeValue.fromNul(true);
            default -> throw new IllegalArgumentException("unknown attribute type " + type);
        };
    }
}

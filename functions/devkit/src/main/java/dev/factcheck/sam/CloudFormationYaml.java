package dev.factcheck.sam;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads CloudFormation YAML into the JSON form CloudFormation itself uses: a short tag such as
 * {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes {@code {"Fn::GetAtt": "A.B"}}
 * and any other {@code !Name v} becomes {@code {"Fn::Name": v}}. A plain YAML reader would either
 * reject the tags or silently drop them and lose which resource a value refers to.
 */
public final class CloudFormationYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    public static JsonNode read(Reader reader, String sourceName) {
        try (YAMLParser parser = (YAMLParser) YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new TemplateException(sourceName, 1, 1, "the file is empty");
            }
            return readValue(parser, sourceName);
        } catch (TemplateException e) {
            throw e;
        } catch (IOException e) {
            JsonLocation where = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    ? jpe.getLocation() : null;
            String problem = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    ? jpe.getOriginalMessage() : e.getMessage();
            throw new TemplateException(sourceName, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), problem);
        }
    }

    private static JsonNode readValue(YAMLParser parser, String sourceName) throws IOException {
        String tag = parser.getTypeId();
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, sourceName);
            case START_ARRAY -> readArray(parser, sourceName);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            default -> NODES.textNode(parser.getText());
        };
        if (tag == null || tag.startsWith("tag:yaml.org")) {
            return value;
        }
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        ObjectNode intrinsic = NODES.objectNode();
        intrinsic.set(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, value);
        return intrinsic;
    }

    private static ObjectNode readObject(YAMLParser parser, String sourceName) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            object.set(field, readValue(parser, sourceName));
        }
        return object;
    }

    private static ArrayNode readArray(YAMLParser parser, String sourceName) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, sourceName));
        }
        return array;
    }
}

package dev.factcheck.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample events in {@code events/}, the same files {@code sam local invoke -e} and the local
 * runner take. Tests load them and change only what a case needs.
 */
public final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    public static Path path(String fileName) {
        return ProjectFiles.root().resolve("events").resolve(fileName);
    }

    public static ObjectNode load(String fileName) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(path(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + fileName, e);
        }
    }

    /** {@code event} with its body replaced by {@code body}. */
    public static ObjectNode withBody(ObjectNode event, String body) {
        ObjectNode copy = event.deepCopy();
        copy.put("body", body);
        copy.put("isBase64Encoded", false);
        return copy;
    }

    public static ObjectNode withHeader(ObjectNode event, String name, String value) {
        ObjectNode copy = event.deepCopy();
        copy.with("headers").put(name, value);
        return copy;
    }

    public static byte[] bytes(ObjectNode event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

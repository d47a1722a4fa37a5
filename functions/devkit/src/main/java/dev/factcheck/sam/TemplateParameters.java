package dev.factcheck.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The template's parameters with their defaults: what a {@code !Ref} to a parameter means locally. */
public final class TemplateParameters {

    private TemplateParameters() {
    }

    /** Each parameter that has a default, by name; empty when the file is missing or unreadable. */
    public static Map<String, String> defaults(Path templateFile) {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (templateFile == null || !Files.isRegularFile(templateFile)) {
            return defaults;
        }
        try (Reader reader = Files.newBufferedReader(templateFile, StandardCharsets.UTF_8)) {
            JsonNode parameters = CloudFormationYaml.read(reader, templateFile.toString()).path("Parameters");
            for (Map.Entry<String, JsonNode> parameter : parameters.properties()) {
                JsonNode value = parameter.getValue().path("Default");
                if (!value.isMissingNode() && !value.isNull()) {
                    defaults.put(parameter.getKey(), value.asText());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // SamTemplate.load reports a malformed file; parameters are only a nicety on top.
        }
        return defaults;
    }
}

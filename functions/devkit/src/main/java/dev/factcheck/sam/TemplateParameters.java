package dev.factcheck.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The template's parameters with their defaults: what a {@code !Ref} to a parameter means locally. */
public final class TemplateParameters {

    private TemplateParameters() {
    }

    /** Each parameter that has a default, by name; empty when the file is missing or unreadable. */
    public static Map<String, String> defaults(Path templateFile) {
        Map<String, String> defaults = new LinkedHashMap<>();
        parameters(templateFile).forEach((name, parameter) -> {
            JsonNode value = parameter.path("Default");
            if (!value.isMissingNode() && !value.isNull()) {
                defaults.put(name, value.asText());
            }
        });
        return defaults;
    }

    /** Every parameter the template declares, with or without a default. */
    public static Set<String> names(Path templateFile) {
        return new LinkedHashSet<>(parameters(templateFile).keySet());
    }

    private static Map<String, JsonNode> parameters(Path templateFile) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        if (templateFile == null || !Files.isRegularFile(templateFile)) {
            return parameters;
        }
        try (Reader reader = Files.newBufferedReader(templateFile, StandardCharsets.UTF_8)) {
            CloudFormationYaml.read(reader, templateFile.toString()).path("Parameters").properties()
                    .forEach(parameter -> parameters.put(parameter.getKey(), parameter.getValue()));
        } catch (IOException | RuntimeException unreadable) {
            // SamTemplate.load reports a malformed file; parameters are only a nicety on top.
        }
        return parameters;
    }
}

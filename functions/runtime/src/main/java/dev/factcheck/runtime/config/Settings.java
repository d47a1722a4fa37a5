package dev.factcheck.runtime.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a setting from the environment, as Lambda passes it from template.yaml, or else from the
 * system property of the same name, which is how tests and the local runner supply settings to a JVM
 * that cannot change its own environment. Only {@link Config} reads settings. (A function object
 * rather than a method reference: every cold start reads settings, and a method reference would be
 * linked into a class of its own first.)
 */
final class Settings implements Function<String, Optional<String>> {

    static final Settings OF_THIS_PROCESS = new Settings();

    private Settings() {
    }

    @Override
    public Optional<String> apply(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

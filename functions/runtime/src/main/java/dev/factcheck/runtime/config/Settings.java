package dev.factcheck.runtime.config;

import java.util.Optional;

/**
 * Reads a setting from the environment, as Lambda passes it from template.yaml, or else from the
 * system property of the same name, which is how tests and the local runner supply settings to a JVM
 * that cannot change its own environment. Only {@link Config} reads settings.
 */
final class Settings {

    private Settings() {
    }

    static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

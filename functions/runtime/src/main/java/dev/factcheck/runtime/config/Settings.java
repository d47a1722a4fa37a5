package dev.factcheck.runtime.config;

import java.util.Optional;

/**
 * Reads a setting from the environment, as Lambda passes it from template.yaml, or else from the
 * system property of the same name, which is how tests and the local runner supply settings to a JVM
 * that cannot change its own environment.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Fails with the setting's name when it is missing, so a misconfigured function stops at start. */
    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "missing setting " + name + ": set the environment variable (template.yaml does) or the system property"));
    }
}

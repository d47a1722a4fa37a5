package dev.factcheck.local;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * Each function's own environment inside the runner's one JVM. In Lambda every function runs in
 * its own execution environment with its own variables: its template {@code Environment}, and the
 * container-credentials URL and token of its own role. Handlers and the SDK read settings from the
 * environment or, failing that, from system properties; a JVM cannot change its environment, so
 * the runner installs system properties that answer, on a thread running a function, with that
 * function's values first. Threads a function starts inherit its environment. Names a function
 * does not have answer {@code null} there even when another function has them, and the runner's own
 * AWS access keys never show inside a function.
 */
final class FunctionEnvironment {

    private static final InheritableThreadLocal<Map<String, String>> CURRENT = new InheritableThreadLocal<>();

    private FunctionEnvironment() {
    }

    /** Installs the function-aware system properties (once; later calls do nothing). */
    static synchronized void install() {
        if (!(System.getProperties() instanceof ScopedProperties)) {
            System.setProperties(new ScopedProperties(System.getProperties()));
        }
    }

    /**
     * Runs {@code work} as a function whose settings are {@code settings}; a {@code null} value hides
     * the name (the JVM-wide value does not show through).
     */
    static <T> T callAs(Map<String, String> settings, Callable<T> work) {
        install();
        Map<String, String> previous = CURRENT.get();
        CURRENT.set(Collections.unmodifiableMap(new HashMap<>(settings)));
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** System properties that look up the current function's settings first. */
    private static final class ScopedProperties extends Properties {

        ScopedProperties(Properties original) {
            putAll(original);
        }

        @Override
        public String getProperty(String key) {
            Map<String, String> scope = CURRENT.get();
            if (scope != null && scope.containsKey(key)) {
                return scope.get(key);
            }
            return super.getProperty(key);
        }

        @Override
        public String getProperty(String key, String defaultValue) {
            String value = getProperty(key);
            return value == null ? defaultValue : value;
        }
    }
}

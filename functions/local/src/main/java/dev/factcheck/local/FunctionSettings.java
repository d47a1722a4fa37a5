package dev.factcheck.local;

import dev.factcheck.sam.EnvironmentValue;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TemplateParameters;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts the settings Lambda would give the functions into this JVM. The handlers read a setting from
 * the environment or else from the system property of the same name, and the SDK reads region,
 * credentials and endpoint from system properties, so everything is set as system properties before
 * any handler is constructed. All functions share the JVM; the template gives them the same table
 * variables, so one set of properties serves them all.
 */
final class FunctionSettings {

    static final String REGION = "us-east-1";
    static final String FETCH_ALLOW_LOOPBACK = "FETCH_ALLOW_LOOPBACK";

    private FunctionSettings() {
    }

    /**
     * The SDK settings that point every DynamoDB client built from standard settings at {@code endpoint}.
     * Functions get their credentials from the container endpoint ({@link LocalIam#settingsOf}); the
     * JVM-wide keys are the runner's own, for what it does outside a function.
     */
    static void useDynamoDb(URI endpoint) {
        setIfAbsent("aws.region", REGION);
        // The runner's operator key: a developer's real keys must never reach the local server.
        System.setProperty("aws.accessKeyId", LocalIam.OPERATOR_KEY);
        System.setProperty("aws.secretAccessKey", LocalIam.OPERATOR_KEY);
        System.setProperty("aws.endpointUrlDynamoDb", endpoint.toString());
    }

    /** The SDK setting that points every Secrets Manager client built from standard settings at {@code endpoint}. */
    static void useSecretsManager(URI endpoint) {
        System.setProperty("aws.endpointUrlSecretsManager", endpoint.toString());
    }

    /** The SDK setting that points every SQS client built from standard settings at {@code endpoint}. */
    static void useSqs(URI endpoint) {
        System.setProperty("aws.endpointUrlSqs", endpoint.toString());
    }

    /**
     * Every function's environment from the template, {@code !Ref}s resolved: a resource to what
     * {@code references} gives for it (a table's local name, a queue's URL), a parameter to its
     * default. Returns what was set, for the start-up log.
     */
    static Map<String, String> applyEnvironment(SamTemplate template, Map<String, String> parameters,
                                                Map<String, String> references) {
        Map<String, String> applied = new TreeMap<>();
        for (FunctionSpec function : template.functions().values()) {
            resolvedEnvironment(function, references, parameters).forEach((name, resolved) -> {
                if (System.getenv(name) == null) {
                    System.setProperty(name, resolved);
                    applied.put(name, resolved);
                }
            });
        }
        return applied;
    }

    /**
     * Each function's own environment, {@code !Ref}s resolved as in {@link #applyEnvironment}: what
     * {@link FunctionEnvironment} shows on the function's threads. A variable another function has
     * and this one has not maps to {@code null}, so it stays invisible to this one, as in Lambda.
     */
    static Map<String, Map<String, String>> environmentsOf(SamTemplate template, Map<String, String> parameters,
                                                          Map<String, String> references) {
        Set<String> everyName = new HashSet<>();
        template.functions().values().forEach(function -> everyName.addAll(function.environment().keySet()));
        Map<String, Map<String, String>> environments = new HashMap<>();
        for (FunctionSpec function : template.functions().values()) {
            Map<String, String> environment = new HashMap<>();
            everyName.forEach(name -> environment.put(name, null));
            environment.putAll(resolvedEnvironment(function, references, parameters));
            environments.put(function.logicalId(), environment);
        }
        return environments;
    }

    private static Map<String, String> resolvedEnvironment(FunctionSpec function, Map<String, String> references,
                                                           Map<String, String> parameters) {
        Map<String, String> resolved = new HashMap<>();
        function.environment().forEach((name, value) -> {
            String setting = switch (value) {
                case EnvironmentValue.Literal literal -> literal.value();
                case EnvironmentValue.Reference reference -> resolve(reference.logicalId(), references, parameters);
            };
            if (setting != null) {
                resolved.put(name, setting);
            }
        });
        return resolved;
    }

    static void allowLoopbackFetch() {
        System.setProperty(FETCH_ALLOW_LOOPBACK, "true");
    }

    private static String resolve(String logicalId, Map<String, String> references, Map<String, String> parameters) {
        if (references.containsKey(logicalId)) {
            return references.get(logicalId);
        }
        if (parameters.containsKey(logicalId)) {
            return parameters.get(logicalId);
        }
        return switch (logicalId) {
            case "AWS::Region" -> REGION;
            case "AWS::AccountId" -> "000000000000";
            case "AWS::StackName" -> "factcheck-local";
            default -> null;
        };
    }

    /**
     * The template's parameters: their defaults, replaced by {@code overrides} (as {@code sam local
     * --parameter-overrides} does). An override of a parameter the template lacks is refused.
     */
    static Map<String, String> parameters(Path templateFile, Map<String, String> overrides) {
        Map<String, String> parameters = TemplateParameters.defaults(templateFile);
        Set<String> declared = TemplateParameters.names(templateFile);
        overrides.forEach((name, value) -> {
            if (!declared.contains(name)) {
                throw new SetupException("--parameter-overrides names " + name + ", which is no parameter of the template; known: "
                        + String.join(", ", declared));
            }
            parameters.put(name, value);
        });
        return parameters;
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}

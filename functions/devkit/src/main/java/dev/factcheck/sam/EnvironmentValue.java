package dev.factcheck.sam;

/** The value of a function's environment variable: a literal, or a {@code !Ref} to a resource or parameter. */
public sealed interface EnvironmentValue {

    record Literal(String value) implements EnvironmentValue {
    }

    record Reference(String logicalId) implements EnvironmentValue {
    }
}

package dev.factcheck.iam;

import java.util.List;

/**
 * What one function's execution role may do: the statements of its {@code Policies} in
 * template.yaml, resolved against the local account and table names.
 *
 * @param function the function's name (locally its logical id; in AWS the session name of its role)
 * @param roleName the execution role SAM creates for it, {@code <stack>-<Function>Role}
 */
public record FunctionPermissions(String function, String roleName, List<Statement> statements) {

    public FunctionPermissions {
        statements = List.copyOf(statements);
    }

    /** IAM's evaluation for one identity policy set: an explicit deny wins, then any allow, else an implicit deny. */
    public Decision decide(String action, String resource) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.covers(action, resource)) {
                if (!statement.allow()) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    public enum Decision {
        ALLOW, IMPLICIT_DENY, EXPLICIT_DENY;

        /** The tail AWS appends to an AccessDeniedException message since 2021. */
        public String reason(String action) {
            return switch (this) {
                case ALLOW -> "";
                case IMPLICIT_DENY -> " because no identity-based policy allows the " + action + " action";
                case EXPLICIT_DENY -> " with an explicit deny in an identity-based policy";
            };
        }
    }
}

package dev.factcheck.iam;

/**
 * One authorisation the {@link EnforcingProxy} made: who asked for which action on which resource,
 * and IAM's answer. The record of a test run tells which grants a function really needs.
 *
 * @param principal the credentials' owner as registered with the proxy (a function, maybe qualified by a test's table set)
 * @param function  the function's name
 */
public record Access(String principal, String function, String action, String resource, FunctionPermissions.Decision decision) {

    public boolean allowed() {
        return decision == FunctionPermissions.Decision.ALLOW;
    }
}

package dev.factcheck.iam;

import java.util.List;
import java.util.Locale;

/**
 * One statement of an identity policy, its intrinsic functions resolved: {@code Allow} or
 * {@code Deny}, the actions and the resource ARNs, each of which may hold IAM's {@code *} and
 * {@code ?} wildcards. Action names compare case-insensitively, ARNs case-sensitively, as in IAM.
 */
public record Statement(boolean allow, List<String> actions, List<String> resources) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    public boolean covers(String action, String resource) {
        return actions.stream().anyMatch(pattern -> wildcardMatch(pattern.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT)))
                && resources.stream().anyMatch(pattern -> wildcardMatch(pattern, resource));
    }

    /** IAM's matching: {@code *} any run of characters (slashes included), {@code ?} exactly one. */
    static boolean wildcardMatch(String pattern, String value) {
        int p = 0;
        int v = 0;
        int star = -1;
        int resume = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}

package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /feeds}: {@code url}, optionally {@code name} (null when absent or blank) and
 * {@code allowedDomains}, the domains besides the feed's own site whose URLs its items may claim (each
 * a host name of at least two labels; lower-cased; the domain and its subdomains are allowed).
 */
public record FeedRequest(String url, String name, List<String> allowedDomains) {

    static final int MAX_ALLOWED_DOMAINS = 20;
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+");

    public FeedRequest {
        allowedDomains = List.copyOf(allowedDomains);
    }

    public static FeedRequest read(HttpRequest request) {
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String url = validation.requiredUrlWithoutUserInfo(body, "url", "url");
        String name = validation.optionalString(body, "name", "name", Limits.MAX_NAME_LENGTH);
        List<String> allowedDomains = allowedDomains(body.get("allowedDomains"), validation);
        validation.throwIfAny();
        return new FeedRequest(url, name == null || name.isBlank() ? null : name.strip(), allowedDomains);
    }

    /** The {@code allowedDomains} array, validated, lower-cased and without duplicates; empty when null or absent. */
    static List<String> allowedDomains(JsonNode value, Validation validation) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_ALLOWED_DOMAINS) {
            validation.problem("allowedDomains", "must be an array of at most " + MAX_ALLOWED_DOMAINS + " domain names");
            return List.of();
        }
        Set<String> domains = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode domain = value.get(i);
            String name = domain.isTextual() ? domain.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            if (!HOST_NAME.matcher(name).matches()) {
                validation.problem("allowedDomains[" + i + "]", "must be a domain name such as news.example");
            } else {
                domains.add(name);
            }
        }
        return List.copyOf(domains);
    }
}

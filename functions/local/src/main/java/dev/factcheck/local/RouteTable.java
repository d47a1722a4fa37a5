package dev.factcheck.local;

import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.HttpRoute;
import dev.factcheck.sam.SamTemplate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The HttpApi routes of the template, matched the way API Gateway matches them: literal segments
 * win over {@code {param}} segments, which win over a greedy {@code {proxy+}}; {@code ANY} matches
 * every method. A path some route knows but not with this method is a 405, not a 404.
 */
final class RouteTable {

    private final List<Entry> entries;

    RouteTable(SamTemplate template) {
        List<Entry> all = new ArrayList<>();
        for (FunctionSpec function : template.functions().values()) {
            for (HttpRoute route : function.routes()) {
                all.add(new Entry(function, route, segments(route.path())));
            }
        }
        all.sort(Comparator.comparing(Entry::specificity).reversed().thenComparing(e -> e.route().routeKey()));
        this.entries = List.copyOf(all);
    }

    /** A route and the function that serves it, with the path's parameters. */
    record Match(FunctionSpec function, HttpRoute route, Map<String, String> pathParameters) {
    }

    sealed interface Lookup {
        record Found(Match match) implements Lookup {
        }

        record MethodNotAllowed(List<String> allowed) implements Lookup {
        }

        record NotFound() implements Lookup {
        }
    }

    Lookup find(String method, String rawPath) {
        List<String> path = segments(rawPath);
        TreeSet<String> allowed = new TreeSet<>();
        for (Entry entry : entries) {
            Map<String, String> parameters = entry.match(path);
            if (parameters == null) {
                continue;
            }
            if (entry.route().method().equals("ANY") || entry.route().method().equals(method)) {
                return new Lookup.Found(new Match(entry.function(), entry.route(), parameters));
            }
            allowed.add(entry.route().method());
        }
        return allowed.isEmpty() ? new Lookup.NotFound() : new Lookup.MethodNotAllowed(List.copyOf(allowed));
    }

    /** The route with exactly this route key ({@code "PUT /facts"}), if a function serves it. */
    Optional<Match> byRouteKey(String routeKey) {
        return entries.stream().filter(e -> e.route().routeKey().equals(routeKey)).findFirst()
                .map(e -> new Match(e.function(), e.route(), Map.of()));
    }

    List<HttpRoute> routes() {
        return entries.stream().map(Entry::route).toList();
    }

    List<Match> all() {
        return entries.stream().map(e -> new Match(e.function(), e.route(), Map.of())).toList();
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private record Entry(FunctionSpec function, HttpRoute route, List<String> template) {

        /** Literal segments count most, then parameters; a greedy path comes last. */
        int specificity() {
            int score = 0;
            for (String segment : template) {
                score += isGreedy(segment) ? 0 : isParameter(segment) ? 10 : 1000;
            }
            return score * 100 + template.size();
        }

        Map<String, String> match(List<String> path) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < template.size(); i++) {
                String segment = template.get(i);
                if (isGreedy(segment)) {
                    if (i >= path.size()) {
                        return null;
                    }
                    parameters.put(name(segment), decode(String.join("/", path.subList(i, path.size()))));
                    return parameters;
                }
                if (i >= path.size()) {
                    return null;
                }
                if (isParameter(segment)) {
                    parameters.put(name(segment), decode(path.get(i)));
                } else if (!segment.equals(path.get(i))) {
                    return null;
                }
            }
            return path.size() == template.size() ? parameters : null;
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }

        private static boolean isGreedy(String segment) {
            return isParameter(segment) && segment.endsWith("+}");
        }

        private static String name(String segment) {
            return segment.substring(1, segment.length() - (isGreedy(segment) ? 2 : 1));
        }

        private static String decode(String segment) {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}

package dev.factcheck.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the seed data through the real routes, in-process: the reference data file as
 * {@code PUT /facts} and each sample article as {@code POST /articles}, whichever functions serve
 * those routes. The handlers are idempotent, so seeding twice stores nothing twice. A route no
 * function serves yet is skipped with a note.
 */
final class Seeder {

    static final String FACTS_ROUTE = "PUT /facts";
    static final String ARTICLES_ROUTE = "POST /articles";

    private final FunctionHost functions;
    private final RouteTable routes;
    private final PrintStream log;

    Seeder(FunctionHost functions, RouteTable routes, PrintStream log) {
        this.functions = functions;
        this.routes = routes;
        this.log = log;
    }

    /** What seeding stored: the ids of the sample articles, in file order. */
    record Seeded(boolean facts, List<String> articleIds) {
    }

    Seeded seedAll(Path seedDir) {
        boolean facts = seedFacts(seedDir.resolve("facts.json"));
        List<String> articles = new ArrayList<>();
        Path articleDir = seedDir.resolve("articles");
        if (Files.isDirectory(articleDir)) {
            Optional<RouteTable.Match> ingest = routes.byRouteKey(ARTICLES_ROUTE);
            if (ingest.isEmpty()) {
                log.println("seed: no function serves " + ARTICLES_ROUTE + " yet; sample articles skipped");
            } else {
                try (Stream<Path> files = Files.list(articleDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        post(ingest.get(), file).ifPresent(articles::add);
                    }
                } catch (IOException e) {
                    log.println("seed: cannot list " + articleDir + ": " + e.getMessage());
                }
            }
        }
        return new Seeded(facts, List.copyOf(articles));
    }

    /** Sends {@code file} as {@code PUT /facts}; true when the reference data was stored. */
    boolean seedFacts(Path file) {
        if (!Files.isRegularFile(file)) {
            log.println("seed: no " + file + "; reference data not loaded");
            return false;
        }
        Optional<RouteTable.Match> upload = routes.byRouteKey(FACTS_ROUTE);
        if (upload.isEmpty()) {
            log.println("seed: no function serves " + FACTS_ROUTE + " yet; reference data not loaded");
            return false;
        }
        Optional<ApiGatewayEvents.Response> answer = send(upload.get(), file);
        if (answer.isEmpty()) {
            return false;
        }
        log.println("seed: reference data from " + file.getFileName() + " -> " + upload.get().function().logicalId()
                + " " + answer.get().status() + " " + oneLine(answer.get().body()));
        return answer.get().status() / 100 == 2;
    }

    private Optional<String> post(RouteTable.Match ingest, Path file) {
        Optional<ApiGatewayEvents.Response> answer = send(ingest, file);
        if (answer.isEmpty() || answer.get().status() / 100 != 2) {
            return Optional.empty();
        }
        String id = null;
        try {
            id = ApiGatewayEvents.MAPPER.readTree(answer.get().body()).path("id").asText(null);
        } catch (IOException notJson) {
            // fall back to the Location header below
        }
        if (id == null) {
            id = answer.get().headers().stream().filter(h -> h.getKey().equalsIgnoreCase("location"))
                    .map(h -> h.getValue().substring(h.getValue().lastIndexOf('/') + 1)).findFirst().orElse(null);
        }
        log.println("seed: article " + file.getFileName() + " -> " + answer.get().status() + " id " + id);
        return Optional.ofNullable(id);
    }

    private Optional<ApiGatewayEvents.Response> send(RouteTable.Match route, Path file) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            log.println("seed: cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
        String path = route.route().path();
        ApiGatewayEvents.Request request = new ApiGatewayEvents.Request(route.route().method(), path, "",
                List.of(Map.entry("content-type", "application/json"), Map.entry("user-agent", "factcheck-local-seed"),
                        Map.entry("host", "127.0.0.1")),
                body, "HTTP/1.1", "127.0.0.1");
        FunctionHost.Invocation invocation = functions.invoke(route.function().logicalId(),
                ApiGatewayEvents.json(ApiGatewayEvents.event(request, route, true)));
        if (invocation.failed()) {
            log.println("seed: " + route.route().routeKey() + " with " + file.getFileName() + " failed in "
                    + route.function().logicalId() + ": " + invocation.error());
            return Optional.empty();
        }
        ApiGatewayEvents.Response answer = ApiGatewayEvents.response(invocation.result());
        if (answer.status() / 100 != 2) {
            log.println("seed: " + route.route().routeKey() + " with " + file.getFileName() + " answered "
                    + answer.status() + " " + oneLine(answer.body()));
        }
        return Optional.of(answer);
    }

    private static String oneLine(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}

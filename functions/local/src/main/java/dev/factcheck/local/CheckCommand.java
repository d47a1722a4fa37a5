package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code check}: texts fact-checked by the function that serves {@code POST /factchecks}, against a
 * facts file in a throwaway store ({@code --facts}) or against the runner's store. One text
 * ({@code --text}, {@code --file}, stdin) prints the function's JSON answer; files and folders given as
 * arguments show progress and end with a {@link CheckReport}. Exit codes, so that it can guard a
 * publishing pipeline: 0 when no figure is contradicted or outdated, 2 when one is, 1 on an error.
 */
final class CheckCommand {

    static final int CLEAN = 0;
    static final int ERROR = 1;
    static final int FLAGGED = 2;

    private static final String ROUTE = "POST /factchecks";

    private final FunctionHost functions;
    private final RouteTable.Match route;
    private final Options options;

    private CheckCommand(FunctionHost functions, RouteTable.Match route, Options options) {
        this.functions = functions;
        this.route = route;
        this.options = options;
    }

    static int run(Options options, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        List<Path> files = options.format() == null ? null : ArticleFiles.expand(options.arguments());
        String text = files == null ? singleText(options, in) : null;
        LocalRuntime.Loaded template = LocalRuntime.loadTemplate(options);
        RouteTable.Match route = new RouteTable(template.template()).byRouteKey(ROUTE)
                .orElseThrow(() -> new SetupException("no function serves " + ROUTE + " in template.yaml"));
        Options storeOptions = options;
        if (options.facts() != null) {
            if (!Files.isRegularFile(options.facts())) {
                throw new SetupException("no facts file " + options.facts());
            }
            storeOptions = Options.parse(new String[] {"check", "--in-memory"});
        }
        PrintStream stdout = System.out;
        // The functions log to stdout, as in Lambda: beside one answer that is stderr; beside a progress
        // bar and a report, one line per file would bury both.
        System.setOut(files == null ? err : new PrintStream(OutputStream.nullOutputStream()));
        try (LocalRuntime runtime = LocalRuntime.open(template, storeOptions, false, err)) {
            err.println("store: " + runtime.store().description());
            if (options.facts() != null) {
                if (!runtime.seedFacts(options.facts())) {
                    err.println("error: the reference data in " + options.facts() + " was not loaded (see above)");
                    return ERROR;
                }
            } else if (options.seed()) {
                runtime.seedFacts(template.projectRoot().resolve("infra/seed/facts.json"));
            }
            CheckCommand command = new CheckCommand(runtime.functions(), route, options);
            return files == null ? command.checkOne(text, out, err) : command.checkMany(files, out, err, terminal);
        } finally {
            System.setOut(stdout);
        }
    }

    private int checkOne(String text, PrintStream out, PrintStream err) {
        FunctionHost.Invocation invocation = invoke(new ArticleFiles.Article(text, null, null, null));
        if (invocation.failed()) {
            err.println(route.function().logicalId() + " failed:");
            invocation.error().printStackTrace(err);
            return ERROR;
        }
        ApiGatewayEvents.Response response = ApiGatewayEvents.response(invocation.result());
        out.println(pretty(response.body()));
        if (response.status() / 100 != 2) {
            return ERROR;
        }
        return CheckReport.FileCheck.checked("", json(response.body())).flagged() ? FLAGGED : CLEAN;
    }

    private int checkMany(List<Path> files, PrintStream out, PrintStream err, boolean terminal) {
        CheckProgress progress = new CheckProgress(err, terminal, files.size());
        List<CheckReport.FileCheck> checks = new ArrayList<>();
        for (Path file : files) {
            progress.checking(file.toString());
            CheckReport.FileCheck check = checkFile(file);
            checks.add(check);
            progress.checked(check);
        }
        progress.finish();
        new CheckReport(checks).print(options.format(), out);
        if (checks.stream().anyMatch(CheckReport.FileCheck::failed)) {
            return ERROR;
        }
        return checks.stream().anyMatch(CheckReport.FileCheck::flagged) ? FLAGGED : CLEAN;
    }

    private CheckReport.FileCheck checkFile(Path file) {
        String name = file.toString();
        ArticleFiles.Article article;
        try {
            article = ArticleFiles.read(file);
        } catch (ArticleFiles.NotAnArticle e) {
            return CheckReport.FileCheck.failed(name, e.getMessage());
        }
        FunctionHost.Invocation invocation = invoke(article);
        if (invocation.failed()) {
            return CheckReport.FileCheck.failed(name, route.function().logicalId() + " failed: "
                    + invocation.error().getClass().getSimpleName());
        }
        ApiGatewayEvents.Response response = ApiGatewayEvents.response(invocation.result());
        JsonNode answer = json(response.body());
        if (response.status() / 100 != 2) {
            return CheckReport.FileCheck.failed(name, refusal(response.status(), answer));
        }
        return CheckReport.FileCheck.checked(name, answer);
    }

    /** The function's event for an article: its text, and the title, URL and date it carries or the option's date. */
    private FunctionHost.Invocation invoke(ArticleFiles.Article article) {
        ObjectNode body = ApiGatewayEvents.MAPPER.createObjectNode();
        body.put("text", article.text());
        if (article.title() != null) {
            body.put("title", article.title());
        }
        if (article.url() != null) {
            body.put("url", article.url());
        }
        if (article.publishedAt() != null) {
            body.put("publishedAt", article.publishedAt());
        } else if (options.published() != null) {
            body.put("publishedAt", options.published().toString());
        }
        ApiGatewayEvents.Request request = new ApiGatewayEvents.Request("POST", route.route().path(), "",
                List.of(Map.entry("content-type", "application/json"), Map.entry("user-agent", "factcheck-local-check"),
                        Map.entry("host", "127.0.0.1")),
                body.toString().getBytes(StandardCharsets.UTF_8), "HTTP/1.1", "127.0.0.1");
        return functions.invoke(route.function().logicalId(), ApiGatewayEvents.json(ApiGatewayEvents.event(request, route, false)));
    }

    /** "400 validation_failed: text must not be blank (text)": the API's own error, on one line. */
    private static String refusal(int status, JsonNode answer) {
        JsonNode error = answer.path("error");
        StringBuilder message = new StringBuilder().append(status);
        if (error.hasNonNull("code")) {
            message.append(' ').append(error.get("code").asText());
        }
        if (error.hasNonNull("message")) {
            message.append(": ").append(error.get("message").asText());
        }
        for (JsonNode detail : error.path("details")) {
            message.append("; ").append(detail.path("path").asText()).append(' ').append(detail.path("problem").asText());
        }
        return message.toString().replaceAll("\\s+", " ");
    }

    private static String singleText(Options options, InputStream in) {
        if (options.text() != null) {
            return options.text();
        }
        try {
            return options.file() != null ? Files.readString(options.file(), StandardCharsets.UTF_8)
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SetupException("cannot read " + options.file() + ": no such file");
        } catch (IOException e) {
            throw new SetupException("cannot read " + (options.file() != null ? options.file() : "stdin") + ": " + e.getMessage());
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = ApiGatewayEvents.MAPPER.readTree(body);
            return node == null ? ApiGatewayEvents.MAPPER.createObjectNode() : node;
        } catch (IOException notJson) {
            return ApiGatewayEvents.MAPPER.createObjectNode();
        }
    }

    private static String pretty(byte[] body) {
        try {
            return ApiGatewayEvents.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ApiGatewayEvents.MAPPER.readTree(body));
        } catch (IOException notJson) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}

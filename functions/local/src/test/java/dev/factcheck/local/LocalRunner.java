package dev.factcheck.local;

import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.sam.SamTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Starts the runner's commands in-process for tests and talks to {@code serve} over real HTTP. */
final class LocalRunner {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalRunner() {
    }

    /** {@code serve} with the project's template.yaml. */
    static Serve serve(String... args) {
        Options options = Options.parse(serveArgs(args));
        return Serve.start(LocalRuntime.loadTemplate(options), options, System.out);
    }

    /** {@code serve} with a template built in the test. */
    static Serve serve(SamTemplate template, String... args) {
        Options options = Options.parse(serveArgs(args));
        return Serve.start(new LocalRuntime.Loaded(ProjectFiles.root(), null, template), options, System.out);
    }

    private static String[] serveArgs(String... args) {
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code Main} as {@code java -jar factcheck-local.jar args} would, with {@code stdin} as its input. */
    static Result runWithInput(String stdin, String... args) {
        return run(stdin, false, args);
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code Main} as on a terminal, where progress is drawn in place. */
    static Result runOnTerminal(String... args) {
        return run("", true, args);
    }

    private static Result run(String stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        String errText = err.toString(StandardCharsets.UTF_8);
        System.err.print(errText);
        return new Result(code, out.toString(StandardCharsets.UTF_8), errText);
    }

    static HttpResponse<String> send(int port, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.sam.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar factcheck-local.jar serve | invoke | check}. Exit codes: 0 done, 1 the function
 * failed or answered an error, 2 a usage or set-up problem (printed as one message, no stack trace).
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int SETUP = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        if (code != OK || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    /** Runs a command; {@code serve} blocks until the JVM is stopped. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(Options.USAGE);
            return OK;
        }
        try {
            Options options = Options.parse(args);
            return switch (options.command()) {
                case "serve" -> serveUntilStopped(options, out);
                case "invoke" -> invoke(options, in, out, err);
                case "check" -> check(options, in, out, err);
                default -> throw new UsageException("unknown command " + options.command());
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(Options.USAGE);
            return SETUP;
        } catch (SetupException | TemplateException e) {
            err.println("error: " + e.getMessage());
            return SETUP;
        }
    }

    private static int serveUntilStopped(Options options, PrintStream out) {
        Serve serve = Serve.start(LocalRuntime.loadTemplate(options), options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping: HTTP server, schedules, SQS pollers, ElasticMQ and dynalite");
            serve.close();
            stopped.countDown();
        }, "factcheck-local-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** {@code invoke <LogicalId> --event <file|->}: the function's result on stdout, everything else on stderr. */
    private static int invoke(Options options, InputStream in, PrintStream out, PrintStream err) {
        LocalRuntime.Loaded template = LocalRuntime.loadTemplate(options);
        String name = options.arguments().getFirst();
        if (!template.template().functions().containsKey(name)) {
            throw new SetupException("no function " + name + " in template.yaml; known functions: "
                    + String.join(", ", template.template().functions().keySet().stream().sorted().toList()));
        }
        byte[] event = readEvent(options.event(), in);
        PrintStream stdout = System.out;
        System.setOut(err);
        try (LocalRuntime runtime = LocalRuntime.open(template, options, false, err)) {
            err.println("store: " + runtime.store().description());
            if (options.seed()) {
                runtime.seed();
            }
            FunctionHost.Invocation invocation = runtime.functions().invoke(name, event);
            if (invocation.failed()) {
                err.println(name + " failed:");
                invocation.error().printStackTrace(err);
                out.println(new String(invocation.errorPayload(), StandardCharsets.UTF_8));
                return FAILED;
            }
            out.println(new String(invocation.result(), StandardCharsets.UTF_8));
            return OK;
        } finally {
            System.setOut(stdout);
        }
    }

    /** {@code check}: the fact-check JSON of a text, against a facts file or the store. */
    private static int check(Options options, InputStream in, PrintStream out, PrintStream err) {
        String text = checkText(options, in);
        LocalRuntime.Loaded template = LocalRuntime.loadTemplate(options);
        RouteTable.Match route = new RouteTable(template.template()).byRouteKey("POST /factchecks")
                .orElseThrow(() -> new SetupException("no function serves POST /factchecks in template.yaml"));
        Options storeOptions = options;
        if (options.facts() != null) {
            if (!Files.isRegularFile(options.facts())) {
                throw new SetupException("no facts file " + options.facts());
            }
            storeOptions = Options.parse(new String[] {"check", "--in-memory"});
        }
        PrintStream stdout = System.out;
        System.setOut(err);
        try (LocalRuntime runtime = LocalRuntime.open(template, storeOptions, false, err)) {
            err.println("store: " + runtime.store().description());
            if (options.facts() != null) {
                if (!runtime.seedFacts(options.facts())) {
                    err.println("error: the reference data in " + options.facts() + " was not loaded (see above)");
                    return FAILED;
                }
            } else if (options.seed()) {
                runtime.seedFacts(template.projectRoot().resolve("infra/seed/facts.json"));
            }
            ObjectNode body = ApiGatewayEvents.MAPPER.createObjectNode();
            body.put("text", text);
            if (options.published() != null) {
                body.put("publishedAt", options.published().toString());
            }
            ApiGatewayEvents.Request request = new ApiGatewayEvents.Request("POST", route.route().path(), "",
                    List.of(Map.entry("content-type", "application/json"), Map.entry("user-agent", "factcheck-local-check"),
                            Map.entry("host", "127.0.0.1")),
                    body.toString().getBytes(StandardCharsets.UTF_8), "HTTP/1.1", "127.0.0.1");
            FunctionHost.Invocation invocation = runtime.functions().invoke(route.function().logicalId(),
                    ApiGatewayEvents.json(ApiGatewayEvents.event(request, route, false)));
            if (invocation.failed()) {
                err.println(route.function().logicalId() + " failed:");
                invocation.error().printStackTrace(err);
                return FAILED;
            }
            ApiGatewayEvents.Response response = ApiGatewayEvents.response(invocation.result());
            out.println(pretty(response.body()));
            return response.status() / 100 == 2 ? OK : FAILED;
        } finally {
            System.setOut(stdout);
        }
    }

    private static String checkText(Options options, InputStream in) {
        if (options.text() != null) {
            return options.text();
        }
        try {
            return options.file() != null ? Files.readString(options.file(), StandardCharsets.UTF_8)
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SetupException("cannot read " + options.file() + ": no such file");
        } catch (IOException e) {
            throw new SetupException("cannot read " + (options.file() != null ? options.file() : "stdin") + ": " + e.getMessage());
        }
    }

    private static byte[] readEvent(String source, InputStream in) {
        byte[] event;
        try {
            event = source.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SetupException("cannot read the event " + source + ": no such file");
        } catch (IOException e) {
            throw new SetupException("cannot read the event " + source + ": " + e.getMessage());
        }
        try {
            JsonNode parsed = ApiGatewayEvents.MAPPER.readTree(event);
            if (parsed == null) {
                throw new SetupException("the event " + source + " is empty");
            }
        } catch (IOException e) {
            throw new SetupException("the event " + source + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return event;
    }

    private static String pretty(byte[] json) {
        try {
            return ApiGatewayEvents.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ApiGatewayEvents.MAPPER.readTree(json));
        } catch (IOException notJson) {
            return new String(json, StandardCharsets.UTF_8);
        }
    }
}

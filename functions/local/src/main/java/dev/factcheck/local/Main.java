package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.sam.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar factcheck-local.jar serve | invoke | check}. Exit codes: 0 done, 1 the function
 * failed or answered an error, 2 a usage or set-up problem (printed as one message, no stack trace);
 * {@code check} has its own, for publishing pipelines (see {@link CheckCommand}).
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int SETUP = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // Since JDK 22 System.console() exists even when output is redirected; isTerminal() tells.
        java.io.Console console = System.console();
        int code = run(args, System.in, System.out, System.err, console != null && console.isTerminal());
        if (code != OK || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    /** Runs a command as when its output is not a terminal; {@code serve} blocks until the JVM is stopped. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    /** Runs a command; {@code terminal} says whether progress may be drawn in place. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(Options.USAGE);
            return OK;
        }
        try {
            Options options = Options.parse(args);
            return switch (options.command()) {
                case "serve" -> serveUntilStopped(options, out);
                case "invoke" -> invoke(options, in, out, err);
                case "check" -> CheckCommand.run(options, in, out, err, terminal);
                default -> throw new UsageException("unknown command " + options.command());
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(Options.USAGE);
            return setupCode(args);
        } catch (SetupException | TemplateException e) {
            err.println("error: " + e.getMessage());
            return setupCode(args);
        }
    }

    /** For {@code check} 2 means "a figure is contradicted or outdated", so its set-up problems are 1. */
    private static int setupCode(String[] args) {
        return args.length > 0 && args[0].equals("check") ? CheckCommand.ERROR : SETUP;
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
}

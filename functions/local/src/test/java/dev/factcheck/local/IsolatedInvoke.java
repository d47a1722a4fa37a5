package dev.factcheck.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.factcheck.devkit.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the Lambda runtime does in a fresh execution environment, and nothing more: constructs the
 * handler with its no-arg constructor and invokes it with each event file, printing one
 * {@code RESULT <json>} line per event. Runs in a JVM of its own whose classpath is the function's
 * deployment artifact (plus this class and {@link LocalContext}), so the settings it sees are exactly
 * its process environment.
 * Usage: {@code IsolatedInvoke <handler class> <event file>...}.
 */
public final class IsolatedInvoke {

    private IsolatedInvoke() {
    }

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getConstructor().newInstance();
        for (int i = 1; i < args.length; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[i]))), out, new LocalContext(60_000));
            System.out.println("RESULT " + out.toString(StandardCharsets.UTF_8).replace('\n', ' '));
        }
    }
}

package dev.factcheck.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A test function that sleeps as long as its event says, and counts how often it was constructed. */
public final class SlowHandler implements RequestStreamHandler {

    static final AtomicInteger CONSTRUCTED = new AtomicInteger();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SlowHandler() {
        CONSTRUCTED.incrementAndGet();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long millis = MAPPER.readTree(input).path("sleepMillis").asLong();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        output.write(("{\"slept\":" + millis + "}").getBytes(StandardCharsets.UTF_8));
    }
}

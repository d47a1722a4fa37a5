package dev.factcheck.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A test function that records every event it receives, for the scheduler tests. */
public final class RecordingHandler implements RequestStreamHandler {

    static final BlockingQueue<JsonNode> EVENTS = new LinkedBlockingQueue<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        EVENTS.add(MAPPER.readTree(input));
        output.write("{\"feeds\":0,\"fetched\":0,\"new\":0,\"duplicates\":0,\"failed\":[]}".getBytes(StandardCharsets.UTF_8));
    }
}

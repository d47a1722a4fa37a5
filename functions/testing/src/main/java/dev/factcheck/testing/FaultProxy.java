package dev.factcheck.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injecting HTTP/1.1 proxy on loopback, between a function's DynamoDB client and the server
 * (or the IAM layer in front of it). It forwards each request as it came (headers and body
 * unchanged, so signatures stay valid) unless a scheduled {@link Rule} picks it; then it answers as
 * DynamoDB does when it throttles or fails, answers after the client's timeout, or resets the
 * connection. Toxiproxy does the same at the TCP level, but it is not available without a download.
 *
 * <p>Rules are tried in the order they were added; the first one whose operation matches and that has
 * faults left decides. A rule may first let some matching requests through, so a fault can land in the
 * middle of a multi-call operation (e.g. after the text parts, on the article's own item).
 */
public final class FaultProxy implements AutoCloseable {

    /** What a picked request gets instead of the server's answer. */
    public enum Fault {
        /** HTTP 400 {@code ProvisionedThroughputExceededException}, as DynamoDB throttles a table. */
        THROTTLED,
        /** HTTP 400 {@code ThrottlingException}, as DynamoDB throttles control-plane and account-level rates. */
        THROTTLING_EXCEPTION,
        /** HTTP 500 {@code InternalServerError}. */
        SERVER_ERROR,
        /** The request is forwarded (the server acts on it) but the answer comes only after {@link #slowAnswer}. */
        ANSWER_AFTER_TIMEOUT,
        /** The connection is reset (TCP RST) without an answer, before anything is forwarded. */
        RESET
    }

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "date");

    private final URI upstream;
    private final ServerSocket server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient upstreamClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(executor).connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<String> injected = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Duration slowAnswer = Duration.ofSeconds(6);

    private FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.submit(this::accept);
    }

    /** Starts a proxy on a free loopback port that forwards to {@code upstream}. */
    public static FaultProxy start(URI upstream) {
        try {
            return new FaultProxy(upstream);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the fault proxy: " + e.getMessage(), e);
        }
    }

    /** Where clients send their requests. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** How long {@link Fault#ANSWER_AFTER_TIMEOUT} holds an answer: longer than the client waits. */
    public FaultProxy slowAnswer(Duration delay) {
        this.slowAnswer = delay;
        return this;
    }

    /** Injects {@code fault} into the next {@code times} requests of {@code operation} (e.g. "PutItem"; null: any). */
    public FaultProxy inject(String operation, Fault fault, int times) {
        return inject(operation, 0, fault, times);
    }

    /** Lets {@code passing} requests of {@code operation} through, then injects {@code fault} into the {@code times} after. */
    public FaultProxy inject(String operation, int passing, Fault fault, int times) {
        rules.add(new Rule(operation, new AtomicInteger(passing), fault, new AtomicInteger(times), null));
        return this;
    }

    /**
     * Runs {@code action} (e.g. kill the server) when the request of {@code operation} that follows
     * {@code passing} others arrives, before it is forwarded; once.
     */
    public FaultProxy before(String operation, int passing, Runnable action) {
        rules.add(new Rule(operation, new AtomicInteger(passing), null, new AtomicInteger(1), action));
        return this;
    }

    /** Drops every rule not yet used up: from now on every request is forwarded. */
    public FaultProxy heal() {
        rules.clear();
        return this;
    }

    /** The faults injected so far, as "Operation:FAULT", in order. */
    public List<String> injected() {
        return List.copyOf(injected);
    }

    /** The operations of every request received so far, faulted or not, in order. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing a listening socket that is already closed: nothing to undo.
        }
        open.forEach(FaultProxy::closeQuietly);
        executor.shutdownNow();
    }

    /**
     * A scheduled fault: after {@code passing} matching requests, the next {@code times} get {@code fault}
     * (or, when {@code action} is set, are forwarded after it ran).
     */
    private record Rule(String operation, AtomicInteger passing, Fault fault, AtomicInteger times, Runnable action) {

        boolean matches(String requested) {
            return operation == null || operation.equals(requested);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                executor.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Serves one keep-alive connection, request after request, until the client closes it or a fault resets it. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                Request request = Request.read(in);
                if (request == null) {
                    return;
                }
                seen.add(request.operation());
                Fault fault = pick(request.operation());
                if (fault == Fault.RESET) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                Answer answer = fault == null || fault == Fault.ANSWER_AFTER_TIMEOUT ? forward(request) : dynamoDbError(fault);
                if (answer == null) {
                    socket.setSoLinger(true, 0);
                    return;
                }
                if (fault == Fault.ANSWER_AFTER_TIMEOUT) {
                    Thread.sleep(slowAnswer.toMillis());
                }
                answer.write(out);
            }
        } catch (IOException | InterruptedException gone) {
            // The client went away (often: it timed out and retried on a new connection).
        } finally {
            open.remove(socket);
        }
    }

    private Fault pick(String operation) {
        for (Rule rule : rules) {
            if (!rule.matches(operation) || rule.times().get() <= 0) {
                continue;
            }
            if (rule.passing().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return null;
            }
            if (rule.times().getAndDecrement() > 0) {
                if (rule.action() != null) {
                    injected.add(operation + ":action");
                    rule.action().run();
                    return null;
                }
                injected.add(operation + ":" + rule.fault());
                return rule.fault();
            }
        }
        return null;
    }

    private Answer forward(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(upstream.resolve(request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                forwarded.header(name, value);
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = upstreamClient.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException unreachable) {
            // The server is down (e.g. killed by the test): the client sees its connection dropped.
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new Answer(response.statusCode(), headers, response.body());
    }

    private static Answer dynamoDbError(Fault fault) {
        String type = switch (fault) {
            case THROTTLED -> "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException";
            case THROTTLING_EXCEPTION -> "com.amazon.coral.availability#ThrottlingException";
            case SERVER_ERROR -> "com.amazonaws.dynamodb.v20120810#InternalServerError";
            case ANSWER_AFTER_TIMEOUT, RESET -> throw new IllegalArgumentException(fault + " is no error answer");
        };
        String message = switch (fault) {
            case THROTTLED -> "The level of configured provisioned throughput for the table was exceeded.";
            case THROTTLING_EXCEPTION -> "Rate of requests exceeds the allowed throughput.";
            default -> "Internal server error";
        };
        byte[] body = ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        return new Answer(fault == Fault.SERVER_ERROR ? 500 : 400,
                Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "FAULT" + System.nanoTime()), body);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed by its client.
        }
    }

    /** One HTTP/1.1 request as the client sent it. */
    private record Request(String method, String target, Map<String, String> headers, byte[] body) {

        /** The DynamoDB operation of {@code X-Amz-Target} ("DynamoDB_20120810.PutItem" → "PutItem"), or "". */
        String operation() {
            String target = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("x-amz-target"))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            return target.substring(target.indexOf('.') + 1);
        }

        /** The next request on the connection, or null when the client closed it. */
        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            int length = headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-length"))
                    .map(h -> Integer.parseInt(h.getValue())).findFirst().orElse(0);
            return new Request(parts[0], parts[1], headers, in.readNBytes(length));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** An answer to write back; null from {@link #forward} when the server could not be reached. */
    private record Answer(int status, Map<String, String> headers, byte[] body) {

        void write(OutputStream out) throws IOException {
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        }

        private static String reason(int status) {
            return status == 200 ? "OK" : status == 400 ? "Bad Request" : status == 500 ? "Internal Server Error" : "Status";
        }
    }
}

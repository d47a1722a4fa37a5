package dev.factcheck.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The emulated API Gateway HTTP API and Lambda Invoke API on one port. Every HttpApi route of the
 * template goes to its function as a payload 2.0 event; {@code POST
 * /2015-03-31/functions/{name}/invocations} invokes a function with the raw body, as
 * {@code sam local start-lambda} does. One log line per request: method, path, status, ms, function.
 *
 * <p>Safe to leave running: the Invoke API needs the admin token like the admin routes (it can run
 * any function, admin or not), and a request whose {@code Host} is not the bound address,
 * {@code localhost} or {@code 127.0.0.1} is refused with 421 before anything else, so a web page
 * cannot reach the runner through a rebound DNS name.
 */
final class ApiServer implements AutoCloseable {

    /** API Gateway refuses request bodies over 10 MB before any function runs. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;
    static final String INVOKE_PREFIX = "/2015-03-31/functions/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final FunctionHost functions;
    private final RouteTable routes;
    private final byte[] adminToken;
    private final Set<String> acceptedHosts;
    private final PrintStream log;

    private ApiServer(Bound bound, FunctionHost functions, RouteTable routes, String adminToken, PrintStream log) {
        this.server = bound.server();
        this.acceptedHosts = acceptedHosts(bound.host());
        this.functions = functions;
        this.routes = routes;
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
        this.log = log;
    }

    /** Binds the port now, so a taken port is reported before anything slow starts; serving begins with {@link #start}. */
    static Bound bind(String host, int port) {
        // Without TCP_NODELAY the JDK server's small writes wait for the client's delayed ACK, which
        // adds about 40 ms to every answer. The property is read when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            return new Bound(HttpServer.create(new InetSocketAddress(host, port), 128), host);
        } catch (BindException taken) {
            throw new SetupException("port " + port + " on " + host + " is already in use; stop what uses it or choose "
                    + "another port with --port N (--port 0 picks a free one)");
        } catch (IOException | RuntimeException e) {
            throw new SetupException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** A bound but not yet serving socket. */
    record Bound(HttpServer server, String host) {
        int port() {
            return server.getAddress().getPort();
        }

        void release() {
            server.stop(0);
        }
    }

    static ApiServer start(Bound bound, FunctionHost functions, RouteTable routes, String adminToken, PrintStream log) {
        ApiServer api = new ApiServer(bound, functions, routes, adminToken, log);
        bound.server().setExecutor(api.executor);
        bound.server().createContext("/", api::handle);
        bound.server().start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String function = "-";
        ApiGatewayEvents.Response response;
        try {
            if (!acceptedHosts.contains(hostName(exchange.getRequestHeaders().getFirst("host")))) {
                response = ApiGatewayEvents.errorResponse(421, "misdirected_request",
                        "This runner answers only requests addressed to " + String.join(", ", acceptedHosts) + ".");
            } else if (path.startsWith(INVOKE_PREFIX)) {
                String name = invokedFunction(path);
                function = name != null && functions.has(name) ? name : "-";
                response = invokeApi(exchange, method, name);
            } else {
                RouteTable.Lookup lookup = routes.find(method, path);
                response = switch (lookup) {
                    case RouteTable.Lookup.NotFound notFound -> ApiGatewayEvents.errorResponse(404, "not_found",
                            "No route for " + method + " " + path + ".");
                    case RouteTable.Lookup.MethodNotAllowed notAllowed -> ApiGatewayEvents.errorResponse(405,
                            "method_not_allowed", method + " is not allowed on " + path + "; allowed: "
                                    + String.join(", ", notAllowed.allowed()) + ".",
                            List.of(), List.of(Map.entry("allow", String.join(", ", notAllowed.allowed()))));
                    case RouteTable.Lookup.Found found -> {
                        function = found.match().function().logicalId();
                        yield route(exchange, method, path, found.match());
                    }
                };
            }
        } catch (RuntimeException bug) {
            bug.printStackTrace(log);
            response = ApiGatewayEvents.errorResponse(500, "internal_error", "The local runner failed on this request.");
        }
        send(exchange, method, response);
        log.printf("%s %s %s %d %d ms %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), method, path,
                response.status(), (System.nanoTime() - started) / 1_000_000, function);
    }

    private ApiGatewayEvents.Response route(HttpExchange exchange, String method, String path, RouteTable.Match match) {
        if (match.route().iamAuth() && adminToken != null) {
            ApiGatewayEvents.Response refused = checkAdminToken(exchange.getRequestHeaders().getFirst("authorization"));
            if (refused != null) {
                return refused;
            }
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            return tooLarge();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        ApiGatewayEvents.Request request = new ApiGatewayEvents.Request(method, path,
                exchange.getRequestURI().getRawQuery(), headers, body, exchange.getProtocol(),
                exchange.getRemoteAddress().getAddress().getHostAddress());
        byte[] event = ApiGatewayEvents.json(ApiGatewayEvents.event(request, match, match.route().iamAuth()));
        FunctionHost.Invocation invocation = functions.invoke(match.function().logicalId(), event);
        if (invocation.failed()) {
            log.println(match.function().logicalId() + " threw " + invocation.error());
            invocation.error().printStackTrace(log);
            // What API Gateway answers when the integration fails.
            return ApiGatewayEvents.errorResponse(500, "internal_error", "Internal Server Error");
        }
        return ApiGatewayEvents.response(invocation.result());
    }

    /** 401 without a bearer token, 403 with a wrong one, null when it is the admin token. */
    private ApiGatewayEvents.Response checkAdminToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return ApiGatewayEvents.errorResponse(401, "unauthorized",
                    "This admin route needs the header Authorization: Bearer <admin token>.", List.of(),
                    List.of(Map.entry("www-authenticate", "Bearer")));
        }
        byte[] presented = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, adminToken)) {
            return ApiGatewayEvents.errorResponse(403, "forbidden", "The bearer token is not the admin token.");
        }
        return null;
    }

    private ApiGatewayEvents.Response invokeApi(HttpExchange exchange, String method, String name) {
        if (name == null) {
            return ApiGatewayEvents.errorResponse(404, "not_found",
                    "Use POST " + INVOKE_PREFIX + "{FunctionName}/invocations.");
        }
        if (!method.equals("POST")) {
            return ApiGatewayEvents.errorResponse(405, "method_not_allowed", "The Invoke API takes POST.",
                    List.of(), List.of(Map.entry("allow", "POST")));
        }
        if (adminToken != null) {
            ApiGatewayEvents.Response refused = checkAdminToken(exchange.getRequestHeaders().getFirst("authorization"));
            if (refused != null) {
                return refused;
            }
        }
        if (!functions.has(name)) {
            ApiGatewayEvents.Response notFound = ApiGatewayEvents.errorResponse(404, "not_found", functions.unknownFunction(name),
                    functions.names().stream().map(known -> Map.of("path", "functionName", "problem", "known: " + known)).toList(),
                    List.of(Map.entry("x-amzn-errortype", "ResourceNotFoundException")));
            return withLambdaMessage(notFound, functions.unknownFunction(name));
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            return tooLarge();
        }
        byte[] event = body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body;
        if ("Event".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("x-amz-invocation-type"))) {
            executor.submit(() -> functions.invoke(name, event));
            return new ApiGatewayEvents.Response(202, List.of(), new byte[0]);
        }
        FunctionHost.Invocation invocation = functions.invoke(name, event);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("content-type", "application/json"));
        headers.add(Map.entry("x-amz-executed-version", "$LATEST"));
        if (invocation.failed()) {
            headers.add(Map.entry("x-amz-function-error", "Unhandled"));
            return new ApiGatewayEvents.Response(200, headers, invocation.errorPayload());
        }
        return new ApiGatewayEvents.Response(200, headers, invocation.result());
    }

    /**
     * The Invoke API speaks Lambda's protocol: AWS SDKs and the AWS CLI read an error's text from a
     * top-level {@code message}, so it sits next to the project's {@code error} object.
     */
    private static ApiGatewayEvents.Response withLambdaMessage(ApiGatewayEvents.Response response, String message) {
        try {
            var body = (com.fasterxml.jackson.databind.node.ObjectNode) ApiGatewayEvents.MAPPER.readTree(response.body());
            body.put("message", message);
            body.put("Type", "User");
            return new ApiGatewayEvents.Response(response.status(), response.headers(), ApiGatewayEvents.json(body));
        } catch (IOException impossible) {
            return response;
        }
    }

    private static Set<String> acceptedHosts(String boundHost) {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        hosts.add(boundHost.toLowerCase(Locale.ROOT));
        return Set.copyOf(hosts);
    }

    /** The host part of a {@code Host} header (port and IPv6 brackets removed), lower case; "" when absent. */
    static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(1, close);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** The function named in an Invoke API path; a function ARN or a {@code name:qualifier} is reduced to the name. */
    private static String invokedFunction(String path) {
        String rest = path.substring(INVOKE_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || !rest.substring(slash).equals("/invocations")) {
            return null;
        }
        String name = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        int function = name.indexOf(":function:");
        if (function >= 0) {
            name = name.substring(function + ":function:".length());
        }
        int qualifier = name.indexOf(':');
        return qualifier >= 0 ? name.substring(0, qualifier) : name;
    }

    /**
     * The request body, or null when it is larger than API Gateway accepts. An oversized body is
     * still read to its end (up to {@link #MAX_DRAIN_BYTES}) before the 413 goes out: answering
     * while the client is still sending makes the socket reset, and the client would see a broken
     * connection instead of the answer.
     */
    private static byte[] readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length <= MAX_BODY_BYTES) {
                return body;
            }
            try {
                in.skipNBytes(Math.min(MAX_DRAIN_BYTES, remaining(exchange, body.length)));
            } catch (IOException shorterThanDeclared) {
                // Nothing left to drain.
            }
            return null;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static long remaining(HttpExchange exchange, long alreadyRead) {
        String declared = exchange.getRequestHeaders().getFirst("content-length");
        try {
            return declared == null ? 0 : Math.max(0, Long.parseLong(declared.trim()) - alreadyRead);
        } catch (NumberFormatException chunked) {
            return 0;
        }
    }

    private static ApiGatewayEvents.Response tooLarge() {
        return ApiGatewayEvents.errorResponse(413, "payload_too_large",
                "The request body is larger than 10 MB, the most API Gateway accepts.");
    }

    private static void send(HttpExchange exchange, String method, ApiGatewayEvents.Response response) {
        try {
            response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
            boolean noBody = response.body().length == 0 || method.equals("HEAD")
                    || response.status() == 204 || response.status() == 304;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                exchange.getResponseBody().write(response.body());
            }
        } catch (IOException clientGone) {
            // The caller hung up; nothing to answer.
        } finally {
            exchange.close();
        }
    }
}

package dev.factcheck.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factcheck.devkit.DevkitException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The container credentials endpoint Lambda gives a function under SnapStart, served on loopback:
 * each function gets its own URL and authorization token ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI},
 * {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}) and receives temporary keys of its own
 * ({@code AccessKeyId}, {@code SecretAccessKey}, {@code Token}, {@code Expiration}), which expire
 * like STS session credentials. The {@link EnforcingProxy} recognises a request's function by those
 * keys, as AWS recognises a role session.
 */
public final class CredentialsEndpoint implements AutoCloseable {

    /** What Lambda hands out: role sessions that last a few hours; the SDK refreshes them 15 minutes before expiry. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PATH = "/2018-06-01/credentials/";
    private static final char[] KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final HttpServer server;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private CredentialsEndpoint(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new DevkitException("cannot open the local credentials endpoint: " + e.getMessage());
        }
        server.createContext(PATH, this::serve);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static CredentialsEndpoint start() {
        return start(DEFAULT_LIFETIME, Clock.systemUTC());
    }

    /** An endpoint whose sessions last {@code lifetime} (tests use short ones to see refreshes). */
    public static CredentialsEndpoint start(Duration lifetime, Clock clock) {
        return new CredentialsEndpoint(lifetime, clock);
    }

    /** The URL and token a function gets in its environment; one per function, kept for the endpoint's life. */
    public Grant grant(String function) {
        return grants.computeIfAbsent(function, f -> new Grant(f,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH + f), randomToken()));
    }

    /** The session that owns {@code accessKeyId}, if this endpoint issued it (expired sessions included). */
    public Optional<Session> session(String accessKeyId) {
        return Optional.ofNullable(sessions.get(accessKeyId));
    }

    /** Issues a session for {@code function} directly, for a test client that a test builds itself. */
    public Session issue(String function) {
        String accessKeyId = "ASIA" + randomKey(16);
        Session session = new Session(function, accessKeyId, randomKey(40), randomToken() + randomToken(),
                clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS));
        sessions.put(accessKeyId, session);
        return session;
    }

    public boolean expired(Session session) {
        return !clock.instant().isBefore(session.expiration());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String function = exchange.getRequestURI().getPath().substring(PATH.length());
            Grant grant = grants.get(function);
            String presented = exchange.getRequestHeaders().getFirst("Authorization");
            if (!"GET".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, error("MethodNotAllowed", "only GET"));
            } else if (grant == null || presented == null || !MessageDigest.isEqual(
                    presented.getBytes(StandardCharsets.UTF_8), grant.authorizationToken().getBytes(StandardCharsets.UTF_8))) {
                reply(exchange, 403, error("AccessDenied", "invalid or missing authorization token"));
            } else {
                Session session = issue(function);
                ObjectNode body = MAPPER.createObjectNode();
                body.put("AccessKeyId", session.accessKeyId());
                body.put("SecretAccessKey", session.secretAccessKey());
                body.put("Token", session.sessionToken());
                body.put("Expiration", session.expiration().toString());
                reply(exchange, 200, body);
            }
        }
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        return body;
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String randomKey(int length) {
        char[] key = new char[length];
        for (int i = 0; i < length; i++) {
            key[i] = KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)];
        }
        return new String(key);
    }

    /** A function's way to its credentials: what Lambda puts in its environment. */
    public record Grant(String function, URI fullUri, String authorizationToken) {

        public static final String FULL_URI_VARIABLE = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
        public static final String TOKEN_VARIABLE = "AWS_CONTAINER_AUTHORIZATION_TOKEN";

        public Map<String, String> environment() {
            return Map.of(FULL_URI_VARIABLE, fullUri.toString(), TOKEN_VARIABLE, authorizationToken);
        }

        /** The same settings as the SDK's system properties, for a JVM that cannot change its environment. */
        public Map<String, String> systemProperties() {
            return Map.of("aws.containerCredentialsFullUri", fullUri.toString(),
                    "aws.containerAuthorizationToken", authorizationToken);
        }
    }

    /** Temporary credentials of one function, as STS would issue them for its role. */
    public record Session(String function, String accessKeyId, String secretAccessKey, String sessionToken,
                          Instant expiration) {

        @Override
        public String toString() {
            return "Session[" + function + ", " + accessKeyId + ", expires " + expiration + "]";
        }
    }
}

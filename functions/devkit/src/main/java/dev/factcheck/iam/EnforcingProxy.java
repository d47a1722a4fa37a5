package dev.factcheck.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factcheck.devkit.DevkitException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What AWS does in front of DynamoDB (and SQS) and the local stack otherwise lacks: it authenticates every
 * request by the access key in its SigV4 {@code Authorization} header (keys the
 * {@link CredentialsEndpoint} issued to a function, or an operator's key), authorises the
 * request's action on each table (or queue) it names against that function's template policies, and
 * only then hands it to the server behind it (dynalite, or ElasticMQ for a proxy started in front of
 * it). It also answers Secrets Manager's {@code GetSecretValue} for the secrets put into it. A refused call gets DynamoDB's
 * own answer: HTTP 400 with an {@code AccessDeniedException} that names the role session, the
 * action and the resource. Every decision is recorded, so tests can compare what a function was
 * granted with what it used.
 */
public final class EnforcingProxy implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final String DYNAMODB_TARGET = "DynamoDB_20120810.";
    private static final String SECRETS_TARGET = "secretsmanager.";
    private static final String SQS_TARGET = "AmazonSQS.";
    private static final String AMZ_JSON = "application/x-amz-json-1.0";
    /** Headers the JDK's HTTP client sets itself and refuses to take from a caller. */
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "date");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient backendClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(executor).build();
    private final URI backend;
    private final CredentialsEndpoint credentials;
    private final LocalAccount account;
    private final Map<String, FunctionPermissions> permissions = new ConcurrentHashMap<>();
    private final Set<String> operatorKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<Access> accesses = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> denialListeners = new CopyOnWriteArrayList<>();
    private volatile boolean enforcing;

    private EnforcingProxy(URI backend, CredentialsEndpoint credentials, LocalAccount account, boolean enforcing) {
        this.backend = backend;
        this.credentials = credentials;
        this.account = account;
        this.enforcing = enforcing;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new DevkitException("cannot open the local IAM proxy: " + e.getMessage());
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts a proxy on a free loopback port in front of {@code backend}.
     *
     * @param enforcing false to record decisions without refusing anything ({@code --no-iam})
     */
    public static EnforcingProxy start(URI backend, CredentialsEndpoint credentials, LocalAccount account, boolean enforcing) {
        return new EnforcingProxy(backend, credentials, account, enforcing);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The permissions of the credentials {@link CredentialsEndpoint} issues for {@code principal}. */
    public void register(String principal, FunctionPermissions functionPermissions) {
        permissions.put(principal, functionPermissions);
    }

    /** The permissions registered so far, by principal. */
    public Map<String, FunctionPermissions> registrations() {
        return Map.copyOf(permissions);
    }

    /** An access key that may do anything, like the account's administrator who deploys the stack (table set-up, fixtures). */
    public void trustOperator(String accessKeyId) {
        operatorKeys.add(accessKeyId);
    }

    /**
     * A secret this endpoint serves as Secrets Manager serves it ({@code GetSecretValue} by ARN), to
     * functions whose policies allow {@code secretsmanager:GetSecretValue} on it.
     */
    public void putSecret(String arn, String value) {
        secrets.put(arn, value);
    }

    /** Called with AWS's message line for every refused call (the runner prints it). */
    public void onDenial(Consumer<String> listener) {
        denialListeners.add(listener);
    }

    public void enforce(boolean on) {
        enforcing = on;
    }

    /** Every decision so far, oldest first. */
    public List<Access> accesses() {
        return Collections.unmodifiableList(new ArrayList<>(accesses));
    }

    @Override
    public void close() {
        server.stop(0);
        backendClient.close();
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<byte[]> refusal = authorise(exchange, body);
            if (refusal.isPresent()) {
                exchange.getResponseHeaders().set("Content-Type", AMZ_JSON);
                exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
                exchange.sendResponseHeaders(400, refusal.get().length);
                exchange.getResponseBody().write(refusal.get());
                return;
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target != null && target.startsWith(SECRETS_TARGET)) {
                answerSecret(exchange, body);
            } else {
                forward(exchange, body);
            }
        }
    }

    /** Secrets Manager's GetSecretValue answer, from the secrets put here. */
    private void answerSecret(HttpExchange exchange, byte[] body) throws IOException {
        String arn = MAPPER.readTree(body).path("SecretId").asText();
        String value = secrets.get(arn);
        byte[] answer;
        int status;
        if (value == null) {
            status = 400;
            answer = error("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        } else {
            status = 200;
            ObjectNode secret = MAPPER.createObjectNode();
            secret.put("ARN", arn);
            secret.put("Name", arn.substring(arn.lastIndexOf(':') + 1));
            secret.put("SecretString", value);
            secret.put("VersionId", UUID.nameUUIDFromBytes(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            secret.putArray("VersionStages").add("AWSCURRENT");
            answer = MAPPER.writeValueAsBytes(secret);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
    }

    /** The error body to answer with, or empty when the request may pass. */
    private Optional<byte[]> authorise(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher credential = CREDENTIAL.matcher(authorization == null ? "" : authorization);
        if (!credential.find()) {
            return Optional.of(error("MissingAuthenticationTokenException", "Request is missing Authentication Token"));
        }
        String accessKeyId = credential.group(1);
        if (operatorKeys.contains(accessKeyId)) {
            return Optional.empty();
        }
        Optional<CredentialsEndpoint.Session> found = credentials.session(accessKeyId);
        String presentedToken = exchange.getRequestHeaders().getFirst("X-Amz-Security-Token");
        if (found.isEmpty() || !found.get().sessionToken().equals(presentedToken)) {
            return Optional.of(error("UnrecognizedClientException", "The security token included in the request is invalid."));
        }
        CredentialsEndpoint.Session session = found.get();
        if (credentials.expired(session)) {
            return Optional.of(error("ExpiredTokenException", "The security token included in the request is expired"));
        }
        FunctionPermissions granted = permissions.get(session.function());
        if (granted == null) {
            throw new IllegalStateException("credentials of " + session.function() + " have no registered permissions");
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode request;
        try {
            request = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (IOException malformed) {
            return Optional.empty(); // the backend answers a malformed body with DynamoDB's SerializationException
        }
        List<DynamoDbRequests.Need> needs;
        if (target != null && target.startsWith(DYNAMODB_TARGET)) {
            needs = DynamoDbRequests.needs(target.substring(DYNAMODB_TARGET.length()), request, account);
        } else if (target != null && target.startsWith(SQS_TARGET)) {
            needs = SqsRequests.needs(target.substring(SQS_TARGET.length()), request, account);
        } else if ((SECRETS_TARGET + "GetSecretValue").equals(target)) {
            needs = List.of(new DynamoDbRequests.Need("secretsmanager:GetSecretValue", request.path("SecretId").asText()));
        } else {
            return Optional.of(error("UnknownOperationException", null));
        }
        for (DynamoDbRequests.Need need : needs) {
            FunctionPermissions.Decision decision = granted.decide(need.action(), need.resource());
            accesses.add(new Access(session.function(), granted.function(), need.action(), need.resource(), decision));
            if (decision != FunctionPermissions.Decision.ALLOW && enforcing) {
                String message = "User: " + account.assumedRoleArn(granted.roleName(), granted.function())
                        + " is not authorized to perform: " + need.action() + " on resource: " + need.resource()
                        + decision.reason(need.action());
                denialListeners.forEach(listener -> listener.accept("AccessDeniedException: " + message));
                return Optional.of(error("AccessDeniedException", message));
            }
        }
        return Optional.empty();
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(backend.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = backendClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding to " + backend, e);
        }
        response.headers().map().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
    }

    /** DynamoDB's error body: the Coral error type and its message. */
    private static byte[] error(String type, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("__type", "com.amazon.coral.service#" + type);
        if (message != null) {
            body.put("Message", message);
        }
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

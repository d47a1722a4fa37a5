package dev.factcheck.testing;

import dev.factcheck.iam.Access;
import dev.factcheck.iam.CredentialsEndpoint;
import dev.factcheck.iam.EnforcingProxy;
import dev.factcheck.iam.LocalAccount;
import dev.factcheck.iam.TemplatePolicies;
import dev.factcheck.sam.EnvironmentValue;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableProvisioner;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB server of this test run, behind the same IAM layer the local runner uses. Each call
 * of {@link #createTables()} creates the template's tables under fresh names, so test classes never
 * see each other's data and can run in any order.
 * <p>
 * Two kinds of client: {@link #client()} is the operator's (fixtures, assertions: anything goes),
 * and {@link Tables#clientOf(String)} is a function's, which gets its credentials from the
 * container-credentials endpoint as in Lambda and may call only what that function's
 * {@code Policies} in template.yaml allow. A call outside them fails as DynamoDB fails it.
 */
public final class TestDynamoDb implements AutoCloseable {

    static final String OPERATOR_KEY = "test";

    private static final AtomicInteger TABLE_SETS = new AtomicInteger();

    private final DynamoDbBackend backend;
    private final DynamoDbClient client;
    private final SamTemplate template = SamTemplate.ofProject();
    private final TemplatePolicies policies = TemplatePolicies.of(template);
    private final LocalAccount account;
    private final CredentialsEndpoint credentials = CredentialsEndpoint.start();
    private final EnforcingProxy proxy;

    TestDynamoDb(DynamoDbBackend backend) {
        this.backend = backend;
        this.account = new LocalAccount(LocalAccount.DEFAULT.accountId(), backend.region(), LocalAccount.DEFAULT.stackName());
        this.proxy = EnforcingProxy.start(backend.endpoint(), credentials, account, true);
        proxy.trustOperator(OPERATOR_KEY);
        // A denied call also shows as an error answer of the handler; the line says which grant is missing.
        proxy.onDenial(line -> System.out.println("[factcheck tests] " + line));
        this.client = clientWith(List.of());
    }

    /**
     * A server of the caller's own, not the test run's: dynalite keeping its tables in {@code dataDir},
     * which {@link #killServer()} and {@link #restartServer()} kill and start again with its data.
     * The caller closes it.
     */
    public static TestDynamoDb onDisk(Path dataDir) {
        return new TestDynamoDb(new DiskDynaliteBackend(dataDir));
    }

    /** Kills the server of {@link #onDisk} at once, as a crash would. */
    public void killServer() {
        disk().kill();
    }

    /** Starts the server of {@link #onDisk} again, on the same port and data. */
    public void restartServer() {
        disk().restart();
    }

    private DiskDynaliteBackend disk() {
        if (!(backend instanceof DiskDynaliteBackend disk)) {
            throw new IllegalStateException("only a server started with onDisk can be killed and restarted");
        }
        return disk;
    }

    /** The operator's client: not subject to any function's policies. */
    public DynamoDbClient client() {
        return client;
    }

    /** A new operator client of the same server that also runs {@code interceptors}, e.g. to count requests. */
    public DynamoDbClient clientWith(List<ExecutionInterceptor> interceptors) {
        return build(backend.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create(OPERATOR_KEY, OPERATOR_KEY)),
                interceptors);
    }

    /** The server itself, without the IAM layer. */
    public URI endpoint() {
        return backend.endpoint();
    }

    /** Where functions reach DynamoDB: the IAM layer in front of the server. */
    public URI functionEndpoint() {
        return proxy.endpoint();
    }

    public SamTemplate template() {
        return template;
    }

    /** Every authorisation the IAM layer decided in this JVM so far. */
    public List<Access> accesses() {
        return proxy.accesses();
    }

    /** Creates every table template.yaml declares, under names unique to this call. */
    public Tables createTables() {
        String prefix = "t" + ProcessHandle.current().pid() + "-" + TABLE_SETS.incrementAndGet() + "-";
        return new Tables(prefix, new TableProvisioner(client).createAll(template, logicalId -> prefix + logicalId));
    }

    @Override
    public void close() {
        client.close();
        proxy.close();
        credentials.close();
        backend.close();
    }

    private DynamoDbClient build(URI endpoint, AwsCredentialsProvider credentialsProvider, List<ExecutionInterceptor> interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(backend.region()))
                .credentialsProvider(credentialsProvider)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> interceptors.forEach(c::addExecutionInterceptor))
                .build();
    }

    /** Physical table names by logical id, and the settings and credentials a function would get from the template. */
    public final class Tables {

        private final String prefix;
        private final Map<String, String> names;

        Tables(String prefix, Map<String, String> names) {
            this.prefix = prefix;
            this.names = Map.copyOf(names);
        }

        public String name(String logicalId) {
            String name = names.get(logicalId);
            if (name == null) {
                throw new IllegalArgumentException("template.yaml declares no table " + logicalId);
            }
            return name;
        }

        /**
         * A client with {@code functionLogicalId}'s credentials, fetched from the container-credentials
         * endpoint by the SDK's own provider, limited to that function's policies on these tables.
         */
        public DynamoDbClient clientOf(String functionLogicalId) {
            return clientOf(functionLogicalId, List.of());
        }

        public DynamoDbClient clientOf(String functionLogicalId, List<ExecutionInterceptor> interceptors) {
            return build(proxy.endpoint(), new GrantCredentialsProvider(grantOf(functionLogicalId)), interceptors);
        }

        /**
         * {@code functionLogicalId}'s client with the settings {@code configure} gives (a function's
         * own, from its wiring), sending its requests to {@code via}: a {@link FaultProxy} in front of
         * {@link #functionEndpoint()}, so faults reach the client as they would from DynamoDB.
         */
        public DynamoDbClient clientOf(String functionLogicalId, URI via, UnaryOperator<DynamoDbClientBuilder> configure) {
            return configure.apply(DynamoDbClient.builder())
                    .endpointOverride(via)
                    .region(Region.of(backend.region()))
                    .credentialsProvider(new GrantCredentialsProvider(grantOf(functionLogicalId)))
                    .build();
        }

        /** The function's container-credentials grant, its permissions registered with the IAM layer. */
        public CredentialsEndpoint.Grant grantOf(String functionLogicalId) {
            String principal = prefix + functionLogicalId;
            template.function(functionLogicalId);
            proxy.register(principal, policies.of(functionLogicalId, account, this::physicalName));
            return credentials.grant(principal);
        }

        /** The environment template.yaml gives {@code functionLogicalId}, with table references resolved to these tables. */
        public Map<String, String> settingsOf(String functionLogicalId) {
            FunctionSpec function = template.function(functionLogicalId);
            Map<String, String> settings = new HashMap<>();
            function.environment().forEach((name, value) -> {
                switch (value) {
                    case EnvironmentValue.Literal literal -> settings.put(name, literal.value());
                    case EnvironmentValue.Reference reference when names.containsKey(reference.logicalId()) ->
                            settings.put(name, names.get(reference.logicalId()));
                    case EnvironmentValue.Reference other -> {
                        // A parameter or another resource: not a setting tests can supply.
                    }
                }
            });
            return settings;
        }

        /**
         * Sets {@link #settingsOf} as system properties, for handlers built with their no-arg
         * constructor, together with what Lambda gives the function besides: the container-credentials
         * URL and token of its role, and the DynamoDB endpoint behind the IAM layer.
         */
        public void applySettingsOf(String functionLogicalId) {
            settingsOf(functionLogicalId).forEach(System::setProperty);
            grantOf(functionLogicalId).systemProperties().forEach(System::setProperty);
            System.setProperty("aws.endpointUrlDynamoDb", proxy.endpoint().toString());
        }

        /** {@code resource} with this table set's names replaced by the template's logical ids. */
        public String logicalResource(String resource) {
            return resource.replace("table/" + prefix, "table/");
        }

        private String physicalName(String logicalId) {
            return names.getOrDefault(logicalId, logicalId);
        }
    }
}

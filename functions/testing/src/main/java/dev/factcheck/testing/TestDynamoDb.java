package dev.factcheck.testing;

import dev.factcheck.sam.EnvironmentValue;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableProvisioner;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB server of this test run. Each call of {@link #createTables()} creates the template's
 * tables under fresh names, so test classes never see each other's data and can run in any order.
 */
public final class TestDynamoDb implements AutoCloseable {

    private static final AtomicInteger TABLE_SETS = new AtomicInteger();

    private final DynamoDbBackend backend;
    private final DynamoDbClient client;
    private final SamTemplate template = SamTemplate.ofProject();

    TestDynamoDb(DynamoDbBackend backend) {
        this.backend = backend;
        this.client = clientWith(List.of());
    }

    public DynamoDbClient client() {
        return client;
    }

    /** A new client of the same server that also runs {@code interceptors}, e.g. to count requests. */
    public DynamoDbClient clientWith(List<ExecutionInterceptor> interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(backend.endpoint())
                .region(Region.of(backend.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> interceptors.forEach(c::addExecutionInterceptor))
                .build();
    }

    public URI endpoint() {
        return backend.endpoint();
    }

    public SamTemplate template() {
        return template;
    }

    /** Creates every table template.yaml declares, under names unique to this call. */
    public Tables createTables() {
        String prefix = "t" + ProcessHandle.current().pid() + "-" + TABLE_SETS.incrementAndGet() + "-";
        return new Tables(new TableProvisioner(client).createAll(template, logicalId -> prefix + logicalId));
    }

    @Override
    public void close() {
        client.close();
        backend.close();
    }

    /** Physical table names by logical id, and the settings a function would get from the template. */
    public final class Tables {

        private final Map<String, String> names;

        Tables(Map<String, String> names) {
            this.names = Map.copyOf(names);
        }

        public String name(String logicalId) {
            String name = names.get(logicalId);
            if (name == null) {
                throw new IllegalArgumentException("template.yaml declares no table " + logicalId);
            }
            return name;
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

        /** Sets {@link #settingsOf} as system properties, for handlers built with their no-arg constructor. */
        public void applySettingsOf(String functionLogicalId) {
            settingsOf(functionLogicalId).forEach(System::setProperty);
        }
    }
}

package dev.factcheck.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.ProjectFiles;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class EnforcingProxyTest {

    private static final String TEMPLATE = """
            Resources:
              ReaderFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - DynamoDBReadPolicy:
                        TableName: !Ref Notes
              Notes:
                Type: AWS::DynamoDB::Table
            """;

    private static final MutableClock CLOCK = new MutableClock();
    private static Dynalite dynalite;
    private static CredentialsEndpoint credentials;
    private static EnforcingProxy proxy;
    private static final List<String> DENIALS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        dynalite = Dynalite.start(ProjectFiles.root().resolve("infra/local"), null, 0);
        credentials = CredentialsEndpoint.start(Duration.ofHours(1), CLOCK);
        proxy = EnforcingProxy.start(dynalite.endpoint(), credentials, LocalAccount.DEFAULT, true);
        proxy.trustOperator("operator");
        proxy.onDenial(DENIALS::add);
        proxy.register("ReaderFunction", TemplatePolicies.parse(TEMPLATE, "t.yaml")
                .of("ReaderFunction", LocalAccount.DEFAULT, logicalId -> logicalId));
        try (DynamoDbClient operator = client(dynalite.endpoint(), StaticCredentialsProvider.create(
                AwsBasicCredentials.create("operator", "operator")))) {
            operator.createTable(t -> t.tableName("Notes").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
        }
    }

    @AfterAll
    static void stop() {
        proxy.close();
        credentials.close();
        dynalite.close();
    }

    @Test
    void grantedCall_passesToTheBackend_withCredentialsFromTheContainerEndpoint() {
        try (DynamoDbClient reader = client(proxy.endpoint(), containerCredentials("ReaderFunction"))) {
            assertThat(reader.getItem(g -> g.tableName("Notes").key(Map.of("pk", AttributeValue.fromS("a")))).hasItem()).isFalse();
        }
        assertThat(proxy.accesses()).anySatisfy(access -> {
            assertThat(access.function()).isEqualTo("ReaderFunction");
            assertThat(access.action()).isEqualTo("dynamodb:GetItem");
            assertThat(access.allowed()).isTrue();
        });
    }

    @Test
    void callOutsideThePolicy_isRefusedAsDynamoDbRefusesIt() {
        try (DynamoDbClient reader = client(proxy.endpoint(), containerCredentials("ReaderFunction"))) {
            assertThatThrownBy(() -> reader.putItem(p -> p.tableName("Notes").item(Map.of("pk", AttributeValue.fromS("a")))))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:sts::000000000000:assumed-role/"
                                + "factcheck-local-ReaderFunctionRole/ReaderFunction is not authorized to perform: dynamodb:PutItem "
                                + "on resource: arn:aws:dynamodb:us-east-1:000000000000:table/Notes because no identity-based "
                                + "policy allows the dynamodb:PutItem action");
                    });
        }
        assertThat(DENIALS).anyMatch(line -> line.startsWith("AccessDeniedException: User: ") && line.contains("dynamodb:PutItem"));
    }

    @Test
    void keysTheEndpointNeverIssued_areUnrecognised() {
        AwsCredentialsProvider forged = StaticCredentialsProvider.create(AwsSessionCredentials.create("ASIAFORGED", "s", "t"));
        try (DynamoDbClient client = client(proxy.endpoint(), forged)) {
            assertThatThrownBy(() -> client.listTables())
                    .isInstanceOfSatisfying(DynamoDbException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void expiredSessions_areRefused() {
        CredentialsEndpoint.Session session = credentials.issue("ReaderFunction");
        AwsCredentialsProvider issued = StaticCredentialsProvider.create(AwsSessionCredentials.create(
                session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));
        CLOCK.advance(Duration.ofHours(2));
        try (DynamoDbClient client = client(proxy.endpoint(), issued)) {
            assertThatThrownBy(() -> client.getItem(g -> g.tableName("Notes").key(Map.of("pk", AttributeValue.fromS("a")))))
                    .isInstanceOfSatisfying(DynamoDbException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredTokenException"));
        } finally {
            CLOCK.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void endpoint_refusesAWrongAuthorizationToken() throws Exception {
        CredentialsEndpoint.Grant grant = credentials.grant("ReaderFunction");
        var connection = (java.net.HttpURLConnection) grant.fullUri().toURL().openConnection();
        connection.setRequestProperty("Authorization", "not-" + grant.authorizationToken());

        assertThat(connection.getResponseCode()).isEqualTo(403);
    }

    /** The SDK's own container provider, pointed at the function's grant as Lambda's environment would point it. */
    private static AwsCredentialsProvider containerCredentials(String function) {
        CredentialsEndpoint.Grant grant = credentials.grant(function);
        grant.systemProperties().forEach(System::setProperty);
        return ContainerCredentialsProvider.builder().build();
    }

    private static DynamoDbClient client(URI endpoint, AwsCredentialsProvider credentialsProvider) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentialsProvider).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD)).build();
    }

    private static final class MutableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}

package dev.factcheck.local;

import dev.factcheck.iam.Access;
import dev.factcheck.iam.CredentialsEndpoint;
import dev.factcheck.iam.EnforcingProxy;
import dev.factcheck.iam.LocalAccount;
import dev.factcheck.iam.TemplatePolicies;
import dev.factcheck.sam.SamTemplate;
import java.io.PrintStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What AWS IAM does for the deployed functions, done locally: every function gets temporary
 * credentials of its own role from a container-credentials endpoint on loopback (as Lambda gives
 * them under SnapStart), and every DynamoDB call passes an {@link EnforcingProxy} that allows only
 * what the function's {@code Policies} in template.yaml allow, refusing the rest with DynamoDB's
 * {@code AccessDeniedException}, whose line the runner prints. {@code --no-iam} keeps the
 * credentials and records the decisions but refuses nothing.
 */
final class LocalIam implements AutoCloseable {

    /** The runner's own key for creating tables: the deployer, not a function. */
    static final String OPERATOR_KEY = "local";

    private final CredentialsEndpoint credentials;
    private final EnforcingProxy proxy;
    private final boolean enforcing;
    private final PrintStream log;
    private final Map<String, String> secretArns;
    private volatile EnforcingProxy sqsProxy;

    private LocalIam(CredentialsEndpoint credentials, EnforcingProxy proxy, boolean enforcing, Map<String, String> secretArns,
                     PrintStream log) {
        this.log = log;
        this.credentials = credentials;
        this.proxy = proxy;
        this.enforcing = enforcing;
        this.secretArns = Map.copyOf(secretArns);
    }

    static LocalIam start(URI dynamoDb, SamTemplate template, Map<String, String> tableNames, boolean enforcing,
                          PrintStream log) {
        CredentialsEndpoint credentials = CredentialsEndpoint.start();
        EnforcingProxy proxy = EnforcingProxy.start(dynamoDb, credentials, LocalAccount.DEFAULT, enforcing);
        proxy.trustOperator(OPERATOR_KEY);
        proxy.onDenial(line -> log.println("IAM " + line));
        TemplatePolicies.of(template).all(LocalAccount.DEFAULT, logicalId -> tableNames.getOrDefault(logicalId, logicalId))
                .forEach(proxy::register);
        return new LocalIam(credentials, proxy, enforcing, generateSecrets(template, proxy), log);
    }

    /**
     * Every {@code AWS::SecretsManager::Secret} of the template, generated afresh as the stack's
     * {@code GenerateSecretString} would, and served by the IAM layer's Secrets Manager endpoint.
     * Returns their ARNs by logical id: what {@code !Ref} gives a function.
     */
    private static Map<String, String> generateSecrets(SamTemplate template, EnforcingProxy proxy) {
        Map<String, String> arns = new HashMap<>();
        java.security.SecureRandom random = new java.security.SecureRandom();
        template.document().path("Resources").properties().forEach(resource -> {
            if ("AWS::SecretsManager::Secret".equals(resource.getValue().path("Type").asText())) {
                byte[] value = new byte[48];
                random.nextBytes(value);
                String arn = LocalAccount.DEFAULT.secretArn(resource.getKey());
                proxy.putSecret(arn, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(value));
                arns.put(resource.getKey(), arn);
            }
        });
        return arns;
    }

    /**
     * Puts the same IAM check in front of an SQS server: where functions' SQS clients go, while the
     * runner's own pollers (the event source mappings) talk to the server directly, as Lambda's do.
     */
    URI guardSqs(URI sqsEndpoint) {
        EnforcingProxy guard = EnforcingProxy.start(sqsEndpoint, credentials, LocalAccount.DEFAULT, enforcing);
        proxy.registrations().forEach(guard::register);
        guard.onDenial(line -> log.println("IAM " + line));
        sqsProxy = guard;
        return guard.endpoint();
    }

    /** Where functions reach SQS, once {@link #guardSqs} has run. */
    URI sqsEndpoint() {
        return sqsProxy == null ? null : sqsProxy.endpoint();
    }

    /** The template's secrets' ARNs by logical id. */
    Map<String, String> secretArns() {
        return secretArns;
    }

    /** Where functions reach DynamoDB and Secrets Manager. */
    URI endpoint() {
        return proxy.endpoint();
    }

    boolean enforcing() {
        return enforcing;
    }

    /**
     * The AWS settings {@code function} sees, as system-property names: its own container-credentials
     * URL and token, and no access keys (under SnapStart Lambda sets none).
     */
    Map<String, String> settingsOf(String function) {
        Map<String, String> settings = new HashMap<>(grantOf(function).systemProperties());
        settings.put("aws.accessKeyId", null);
        settings.put("aws.secretAccessKey", null);
        settings.put("aws.sessionToken", null);
        return settings;
    }

    /** The container-credentials URL and token of {@code function}'s role. */
    CredentialsEndpoint.Grant grantOf(String function) {
        return credentials.grant(function);
    }

    List<Access> accesses() {
        List<Access> all = new java.util.ArrayList<>(proxy.accesses());
        if (sqsProxy != null) {
            all.addAll(sqsProxy.accesses());
        }
        return all;
    }

    @Override
    public void close() {
        if (sqsProxy != null) {
            sqsProxy.close();
        }
        proxy.close();
        credentials.close();
    }
}

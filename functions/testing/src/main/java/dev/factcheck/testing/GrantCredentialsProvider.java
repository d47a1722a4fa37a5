package dev.factcheck.testing;

import dev.factcheck.iam.CredentialsEndpoint;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;

/**
 * The SDK's own {@link ContainerCredentialsProvider} (its HTTP call, parsing, caching and refresh
 * before expiry), for one function of a test JVM where several functions live side by side. The
 * SDK reads the endpoint URL and token only from JVM-wide settings, so while this provider resolves
 * it points those settings at its function's grant, under a lock shared by all such providers.
 */
final class GrantCredentialsProvider implements AwsCredentialsProvider, AutoCloseable {

    private static final Object SETTINGS = new Object();

    private final CredentialsEndpoint.Grant grant;
    private final ContainerCredentialsProvider delegate = ContainerCredentialsProvider.builder().build();

    GrantCredentialsProvider(CredentialsEndpoint.Grant grant) {
        this.grant = grant;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        synchronized (SETTINGS) {
            Map<String, String> previous = new HashMap<>();
            grant.systemProperties().forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
            try {
                return delegate.resolveCredentials();
            } finally {
                previous.forEach((name, value) -> {
                    if (value == null) {
                        System.clearProperty(name);
                    } else {
                        System.setProperty(name, value);
                    }
                });
            }
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}

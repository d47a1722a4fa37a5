package dev.factcheck.runtime.wiring;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.utils.IoUtils;

/**
 * Credentials the way Lambda delivers them, and nothing else: the container credentials endpoint
 * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI} with {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}, the
 * only way under SnapStart), else the role's keys in the environment ({@code AWS_ACCESS_KEY_ID},
 * set for functions without SnapStart) or the {@code aws.accessKeyId} properties. Without the
 * endpoint variable the container provider gives up at once, without I/O. No profile files, no web
 * identity, no instance metadata: the SDK's default chain would probe them at every cold start for
 * nothing. The endpoint comes first so that where it is set (SnapStart, the local runner, the
 * tests) stray keys in a developer's environment are never used.
 * <p>
 * The SDK's {@link ContainerCredentialsProvider} fetches the role session over
 * {@code java.net.HttpURLConnection} (no SDK HTTP client, so no Apache or Netty), caches it and
 * fetches a new one 15 minutes before it expires (or at once within its last minute). A SnapStart
 * snapshot, though, freezes that cache: after a restore the session may belong to another
 * execution environment, or be hours old. {@link #afterRestore} therefore drops the cache, and the
 * first call after a restore fetches the restored environment's own credentials.
 */
final class LambdaCredentials implements AwsCredentialsProvider, Resource {

    private volatile AwsCredentialsProvider chain = newChain();

    private LambdaCredentials() {
    }

    /** A provider registered for SnapStart's restore hook; the registry holds it weakly, the client strongly. */
    static LambdaCredentials create() {
        LambdaCredentials credentials = new LambdaCredentials();
        Core.getGlobalContext().register(credentials);
        return credentials;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return chain.resolveCredentials();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        // Nothing to release: the session cached now is dropped on restore.
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        AwsCredentialsProvider snapshotted = chain;
        chain = newChain();
        IoUtils.closeIfCloseable(snapshotted, null);
    }

    private static AwsCredentialsProvider newChain() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(ContainerCredentialsProvider.builder().build(),
                        EnvironmentVariableCredentialsProvider.create(),
                        SystemPropertyCredentialsProvider.create())
                .build();
    }
}

package dev.factcheck.runtime.wiring;

import java.util.Arrays;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.utils.IoUtils;

/**
 * Credentials the way Lambda delivers them, and nothing else: the container credentials endpoint
 * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI} with {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}, the
 * only way under SnapStart), else the role's keys in the environment ({@code AWS_ACCESS_KEY_ID},
 * set for functions without SnapStart) or the {@code aws.accessKeyId} properties. The endpoint
 * variable decides which: where it is set (SnapStart, the local runner, the tests) the container
 * provider alone answers, so stray keys in a developer's environment are never used, not even when
 * the endpoint fails; where it is not, the keys alone. No profile files, no web identity, no
 * instance metadata: the SDK's default chain would probe them at every cold start for nothing, and
 * a chain of the two would load its own classes at every cold start to try one provider.
 * <p>
 * The SDK's {@link ContainerCredentialsProvider} fetches the role session over
 * {@code java.net.HttpURLConnection} (no SDK HTTP client, so no Apache or Netty), caches it and
 * fetches a new one 15 minutes before it expires (or at once within its last minute). A SnapStart
 * snapshot, though, freezes that cache: after a restore the session may belong to another
 * execution environment, or be hours old. {@link #afterRestore} therefore drops the cache, and the
 * first call after a restore fetches the restored environment's own credentials.
 */
final class LambdaCredentials implements AwsCredentialsProvider, Resource {

    private volatile Selection selection = newSelection();

    private LambdaCredentials() {
    }

    /** A provider registered for SnapStart's restore hook; the registry holds it weakly, the client strongly. */
    static LambdaCredentials create() {
        LambdaCredentials credentials = new LambdaCredentials();
        Core.getGlobalContext().register(credentials);
        return credentials;
    }

    /**
     * The credentials of the endpoint the settings name now. Lambda never changes them within an
     * execution environment; where several functions share a JVM (handler tests) each one's settings
     * are put in place before it runs, and a session cached for another function must not be reused.
     */
    @Override
    public AwsCredentials resolveCredentials() {
        Selection current = selection;
        if (!current.endpoint().equals(endpointSettings())) {
            current = replaceSelection();
        }
        return current.provider().resolveCredentials();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        // Nothing to release: the session cached now is dropped on restore.
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        replaceSelection();
    }

    private synchronized Selection replaceSelection() {
        Selection previous = selection;
        selection = newSelection();
        IoUtils.closeIfCloseable(previous.provider(), null);
        return selection;
    }

    private static Selection newSelection() {
        List<String> endpoint = endpointSettings();
        return new Selection(endpoint, endpoint.getFirst() != null ? ContainerCredentialsProvider.builder().build()
                : AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                        SystemPropertyCredentialsProvider.create()));
    }

    /** The container endpoint's URL and token as the SDK reads them (system property, else environment). */
    private static List<String> endpointSettings() {
        return Arrays.asList(SdkSystemSetting.AWS_CONTAINER_CREDENTIALS_FULL_URI.getStringValue().orElse(null),
                SdkSystemSetting.AWS_CONTAINER_AUTHORIZATION_TOKEN.getStringValue().orElse(null));
    }

    /** The provider that answers and the endpoint settings it was chosen under. */
    private record Selection(List<String> endpoint, AwsCredentialsProvider provider) {
    }
}

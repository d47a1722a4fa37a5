package dev.factcheck.runtime.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The endpoint variable decides where credentials come from: where the container credentials endpoint
 * is set, it alone answers (stray keys are never used, not even when the endpoint fails); where it is
 * not, the role's keys in the environment or system properties do. Settings are given as the SDK's
 * system properties, which it reads before the environment.
 */
class LambdaCredentialsTest {

    private static final List<String> SETTINGS = List.of("aws.containerCredentialsFullUri",
            "aws.containerAuthorizationToken", "aws.accessKeyId", "aws.secretAccessKey");

    @AfterEach
    void clearSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    private static void strayKeys() {
        System.setProperty("aws.accessKeyId", "AKIASTRAYKEY");
        System.setProperty("aws.secretAccessKey", "stray-secret");
    }

    @Test
    void withTheEndpointSet_theContainerSessionAnswers_notStrayKeys() throws Exception {
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/credentials", exchange -> {
            byte[] body = ("{\"AccessKeyId\":\"ASIAROLESESSION\",\"SecretAccessKey\":\"role-secret\","
                    + "\"Token\":\"role-token\",\"Expiration\":\"2099-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
            boolean authorized = "token-1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(authorized ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
        try {
            System.setProperty("aws.containerCredentialsFullUri", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/credentials");
            System.setProperty("aws.containerAuthorizationToken", "token-1");
            strayKeys();

            AwsCredentials credentials = LambdaCredentials.create().resolveCredentials();

            assertThat(credentials.accessKeyId()).isEqualTo("ASIAROLESESSION");
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    void withTheEndpointSet_butUnreachable_strayKeysAreNeverUsed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("aws.containerCredentialsFullUri", "http://127.0.0.1:" + closedPort + "/credentials");
        System.setProperty("aws.containerAuthorizationToken", "token-1");
        strayKeys();

        assertThatThrownBy(() -> LambdaCredentials.create().resolveCredentials()).isInstanceOf(SdkClientException.class);
    }

    @Test
    void withoutTheEndpoint_theRolesKeysAnswer() {
        strayKeys();

        assertThat(LambdaCredentials.create().resolveCredentials().accessKeyId()).isEqualTo("AKIASTRAYKEY");
    }
}

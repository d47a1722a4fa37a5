package dev.factcheck.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * https with the address pinned: the socket goes to the checked loopback address while TLS sends SNI
 * for, and verifies the certificate against, the host name. A test certificate for {@code feeds.test}
 * is made with the JDK's keytool.
 */
class PinnedHttpsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final List<String> SNI_SEEN = new CopyOnWriteArrayList<>();
    private static HttpsServer server;
    private static SSLContext clientTls;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "the JDK's keytool is needed to make a test certificate");
        dir = Files.createTempDirectory("pinned-https");
        Path keystore = dir.resolve("server.p12");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "feeds", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=feeds.test", "-ext", "SAN=dns:feeds.test", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();

        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            serverKeys.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keys.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("feeds", serverKeys.getCertificate("feeds"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = serverTls.getDefaultSSLParameters();
                ssl.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                    @Override
                    public boolean matches(SNIServerName name) {
                        SNI_SEEN.add(((SNIHostName) name).getAsciiName());
                        return true;
                    }
                }));
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/feed", exchange -> {
            byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static SafeHttpClient client(List<InetSocketAddress> dialled) {
        return new SafeHttpClient(new AddressPolicy(true), SafeHttpClient.Limits.DEFAULTS,
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})},
                (address, timeout) -> {
                    dialled.add(address);
                    Socket socket = new Socket();
                    socket.connect(address, timeout);
                    return socket;
                }, clientTls.getSocketFactory());
    }

    @Test
    void https_connectsToThePinnedAddress_sendsSniForTheName_andVerifiesTheCertificateAgainstIt() throws Exception {
        List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();
        int port = server.getAddress().getPort();

        FetchResponse response = client(dialled).get("https://feeds.test:" + port + "/feed", Map.of(), type -> type.endsWith("+xml"));

        assertThat(response.bodyText()).isEqualTo("<rss/>");
        assertThat(dialled).containsExactly(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
        assertThat(SNI_SEEN).contains("feeds.test");
    }

    @Test
    void https_toANameTheCertificateDoesNotCover_fails() {
        int port = server.getAddress().getPort();

        assertThatThrownBy(() -> client(new CopyOnWriteArrayList<>())
                .get("https://other.test:" + port + "/feed", Map.of(), type -> type.endsWith("+xml")))
                .isInstanceOf(FetchException.class)
                .hasMessage("TLS handshake or certificate check failed");
    }
}

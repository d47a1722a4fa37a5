package dev.factcheck.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.ingest.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHttpClientTest {

    private final LoopbackServer server = new LoopbackServer();
    /** Every address a socket was opened to: proves refused addresses are never connected to. */
    private final List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private SafeHttpClient client(boolean allowLoopback, SafeHttpClient.Limits limits, SafeHttpClient.Resolver resolver) {
        return client(allowLoopback, limits, resolver, System::nanoTime);
    }

    private SafeHttpClient client(boolean allowLoopback, SafeHttpClient.Limits limits, SafeHttpClient.Resolver resolver,
                                  LongSupplier nanoTime) {
        return new SafeHttpClient(new AddressPolicy(allowLoopback), limits, resolver, (address, timeout) -> {
            dialled.add(address);
            // Never leave the machine, whatever a bug in the policy would allow.
            assertThat(address.getAddress().isLoopbackAddress()).as("tests dial loopback only").isTrue();
            Socket socket = new Socket();
            socket.connect(address, timeout);
            return socket;
        }, (SSLSocketFactory) SSLSocketFactory.getDefault(), nanoTime);
    }

    private SafeHttpClient client() {
        return client(true, SafeHttpClient.Limits.DEFAULTS, InetAddress::getAllByName);
    }

    private static boolean anyText(String mediaType) {
        return mediaType.startsWith("text/");
    }

    @Test
    void get_returnsBodyAndValidators_ofA200() throws Exception {
        server.on("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT");
            LoopbackServer.send(exchange, 200, "text/xml; charset=utf-8", "<rss/>");
        });

        FetchResponse response = client().get(server.url("/feed"), Map.of(), SafeHttpClientTest::anyText);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("<rss/>");
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.lastModified()).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
        assertThat(response.mediaType()).isEqualTo("text/xml");
    }

    @Test
    void get_connectsToTheCheckedAddress_andSendsTheHostName() throws Exception {
        server.on("/page", 200, "text/html", "<p>hi</p>");
        SafeHttpClient pinned = client(true, SafeHttpClient.Limits.DEFAULTS, host -> {
            assertThat(host).isEqualTo("news.example");
            return new InetAddress[] {InetAddress.getByAddress("news.example", new byte[] {127, 0, 0, 1})};
        });

        pinned.get("http://news.example:" + server.port() + "/page", Map.of(), SafeHttpClientTest::anyText);

        assertThat(dialled).containsExactly(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port()));
        assertThat(server.requestsTo("/page").getFirst().headers().getFirst("Host")).isEqualTo("news.example:" + server.port());
    }

    @ParameterizedTest(name = "redirect to {0} is refused without connecting")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin", "http://192.168.1.1/",
            "http://[fd00::1]/", "http://100.64.0.1/", "http://[::ffff:169.254.169.254]/"})
    void redirect_toANonPublicAddress_isRefusedWithoutAnyConnectionToIt(String target) {
        server.on("/moved", exchange -> LoopbackServer.redirect(exchange, target));

        assertThatThrownBy(() -> client().get(server.url("/moved"), Map.of(), SafeHttpClientTest::anyText))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("host resolves to a")
                .satisfies(e -> assertThat(((FetchException) e).isRefused()).isTrue());
        assertThat(dialled).allSatisfy(address -> assertThat(address.getAddress().isLoopbackAddress()).isTrue());
        assertThat(dialled).hasSize(1);
    }

    @Test
    void host_thatResolvesToAnyPrivateAddress_isRefused_evenIfAnotherIsPublic() {
        SafeHttpClient rebinding = client(false, SafeHttpClient.Limits.DEFAULTS, host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}),
                InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1})});

        assertThatThrownBy(() -> rebinding.get("http://rebind.example/", Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("host resolves to a private address");
        assertThat(dialled).isEmpty();
    }

    @Test
    void loopback_isRefused_unlessTheSwitchAllowsIt() {
        server.on("/feed", 200, "text/xml", "<rss/>");

        assertThatThrownBy(() -> client(false, SafeHttpClient.Limits.DEFAULTS, InetAddress::getAllByName)
                .get(server.url("/feed"), Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("host resolves to a loopback address");
        assertThat(dialled).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/feed", "gopher://127.0.0.1:70/", "jar:file:/x.jar!/a",
            "http://user:secret@127.0.0.1/feed", "http:///nohost"})
    void onlyHttpAndHttpsUrls_withAHostAndNoUserInfo_areFetched(String url) {
        assertThatThrownBy(() -> client().get(url, Map.of(), SafeHttpClientTest::anyText))
                .isInstanceOf(FetchException.class);
        assertThat(dialled).isEmpty();
    }

    @Test
    void redirects_areFollowedUpToThree_andTheFourthIsRefused() throws Exception {
        for (int i = 0; i < 5; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, exchange -> LoopbackServer.redirect(exchange, next));
        }
        server.on("/r3", 200, "text/plain", "three hops");

        assertThat(client().get(server.url("/r0"), Map.of(), SafeHttpClientTest::anyText).bodyText()).isEqualTo("three hops");
        server.on("/r3", exchange -> LoopbackServer.redirect(exchange, "/r4"));
        assertThatThrownBy(() -> client().get(server.url("/r0"), Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("more than 3 redirects");
    }

    @Test
    void body_largerThanTheLimit_isRefused_whetherDeclaredChunkedOrCompressed() throws Exception {
        SafeHttpClient small = client(true, new SafeHttpClient.Limits(3_000, 10_000, 1_000, 3), InetAddress::getAllByName);
        String big = "x".repeat(5_000);
        server.on("/declared", 200, "text/plain", big);
        server.on("/chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(big.getBytes(StandardCharsets.UTF_8));
        });
        server.on("/gzip", exchange -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(zipped)) {
                zip.write(big.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
        });

        for (String path : List.of("/declared", "/chunked", "/gzip")) {
            assertThatThrownBy(() -> small.get(server.url(path), Map.of(), SafeHttpClientTest::anyText))
                    .as(path).hasMessageStartingWith("body larger than 1000 bytes");
        }
    }

    @Test
    void chunkedAndGzippedBodies_withinTheLimit_areDecoded() throws Exception {
        server.on("/both", exchange -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(zipped)) {
                zip.write("compressed and chunked".getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(zipped.toByteArray());
        });

        assertThat(client().get(server.url("/both"), Map.of(), SafeHttpClientTest::anyText).bodyText())
                .isEqualTo("compressed and chunked");
    }

    @Test
    void unexpectedContentType_isRefused() {
        server.on("/binary", 200, "application/octet-stream", "MZ");

        assertThatThrownBy(() -> client().get(server.url("/binary"), Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("unexpected content type application/octet-stream");
    }

    /**
     * The server moves the client's clock 6 s forward before each byte it sends and, once the 10 s
     * deadline has passed on that clock, sends nothing more until the client gives up. The client must
     * give up on its own deadline after the second byte, without waiting for real time to pass.
     */
    @Test
    void slowResponse_isAbandonedWhenTheFetchDeadlinePasses() throws Exception {
        long deadline = TimeUnit.MILLISECONDS.toNanos(SafeHttpClient.Limits.DEFAULTS.totalMillis());
        AtomicLong clock = new AtomicLong();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch gaveUp = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 40; i++) {
                exchange.getResponseBody().write('x');
                exchange.getResponseBody().flush();
                sent.incrementAndGet();
                // Time moves only once the byte is counted: the client cannot see the deadline pass before.
                clock.addAndGet(TimeUnit.SECONDS.toNanos(6));
                if (clock.get() > deadline) {
                    try {
                        gaveUp.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        SafeHttpClient client = client(true, SafeHttpClient.Limits.DEFAULTS, InetAddress::getAllByName, clock::get);

        try {
            assertThatThrownBy(() -> client.get(server.url("/slow"), Map.of(), SafeHttpClientTest::anyText))
                    .hasMessageStartingWith("timed out");
            assertThat(sent.get()).as("bytes sent when the client gave up").isEqualTo(2);
        } finally {
            gaveUp.countDown();
        }
    }

    @Test
    void conditionalGet_answers304_andSendsTheValidators() throws Exception {
        server.on("/feed", 304, null, "");

        FetchResponse response = client().get(server.url("/feed"),
                Map.of("If-None-Match", "\"v1\"", "If-Modified-Since", "Sat, 28 Nov 2026 10:00:00 GMT"),
                SafeHttpClientTest::anyText);

        assertThat(response.notModified()).isTrue();
        assertThat(server.requests().getFirst().headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.requests().getFirst().headers().getFirst("If-Modified-Since")).isEqualTo("Sat, 28 Nov 2026 10:00:00 GMT");
    }

    @Test
    void serverError_isAFailure_notARefusal() {
        server.on("/down", 500, "text/plain", "oops");

        assertThatThrownBy(() -> client().get(server.url("/down"), Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("answered HTTP 500")
                .satisfies(e -> assertThat(((FetchException) e).isRefused()).isFalse());
    }

    @Test
    void unresolvableHost_isAFailure() {
        SafeHttpClient nowhere = client(false, SafeHttpClient.Limits.DEFAULTS, host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> nowhere.get("https://nowhere.invalid/", Map.of(), SafeHttpClientTest::anyText))
                .hasMessage("host does not resolve");
    }

}

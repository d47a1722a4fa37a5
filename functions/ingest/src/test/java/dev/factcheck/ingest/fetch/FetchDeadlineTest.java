package dev.factcheck.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One deadline covers a whole fetch: DNS, connect, TLS handshake, headers and body. Each server here
 * keeps every single read short (a byte now and then) or never answers at all; the fetch must still
 * end with "timed out". Only the outcome is asserted, never how long it took.
 */
class FetchDeadlineTest {

    private static final int DEADLINE_MILLIS = 800;
    private static final String TIMED_OUT = "timed out after " + DEADLINE_MILLIS + " ms";

    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private static SafeHttpClient client(SafeHttpClient.Resolver resolver) {
        return new SafeHttpClient(new AddressPolicy(true), new SafeHttpClient.Limits(5_000, DEADLINE_MILLIS, 1_000_000, 3),
                resolver, (address, timeout) -> {
                    assertThat(address.getAddress().isLoopbackAddress()).as("tests dial loopback only").isTrue();
                    Socket socket = new Socket();
                    socket.connect(address, timeout);
                    return socket;
                }, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** A raw server on loopback that sends {@code head} at once, then {@code drip} one byte every 50 ms, forever. */
    private int dripping(byte[] head, byte drip, AtomicInteger connections) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Socket socket = server.accept();
                    open.add(socket);
                    connections.incrementAndGet();
                    Thread.ofPlatform().daemon().start(() -> {
                        try {
                            OutputStream out = socket.getOutputStream();
                            out.write(head);
                            out.flush();
                            while (true) {
                                Thread.sleep(50);
                                out.write(drip);
                                out.flush();
                            }
                        } catch (IOException | InterruptedException clientGone) {
                            // The fetch gave up.
                        }
                    });
                }
            } catch (IOException closed) {
                // The test is over.
            }
        });
        return server.getLocalPort();
    }

    @Test
    void dnsLookupThatNeverAnswers_endsAtTheDeadline() {
        SafeHttpClient client = client(host -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new java.net.UnknownHostException(host);
        });

        assertThatThrownBy(() -> client.get("https://slow-dns.example/", Map.of(), type -> true)).hasMessage(TIMED_OUT);
    }

    @Test
    void tlsHandshakeDrippedOneByteAtATime_endsAtTheDeadline() throws IOException {
        AtomicInteger connections = new AtomicInteger();
        // A TLS record header announcing a 16 KB handshake message, whose bytes then come one by one.
        int port = dripping(new byte[] {0x16, 0x03, 0x03, 0x40, 0x00}, (byte) 0x02, connections);

        assertThatThrownBy(() -> client(InetAddress::getAllByName).get("https://127.0.0.1:" + port + "/", Map.of(), type -> true))
                .hasMessage(TIMED_OUT);
        assertThat(connections).hasValue(1);
    }

    @Test
    void headersDrippedOneByteAtATime_endAtTheDeadline() throws IOException {
        AtomicInteger connections = new AtomicInteger();
        int port = dripping("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1), (byte) 'a', connections);

        assertThatThrownBy(() -> client(InetAddress::getAllByName).get("http://127.0.0.1:" + port + "/", Map.of(), type -> true))
                .hasMessage(TIMED_OUT);
        assertThat(connections).hasValue(1);
    }

    @Test
    void bodyDrippedOneByteAtATime_endsAtTheDeadline() throws IOException {
        AtomicInteger connections = new AtomicInteger();
        int port = dripping("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1), (byte) 'a', connections);

        assertThatThrownBy(() -> client(InetAddress::getAllByName).get("http://127.0.0.1:" + port + "/", Map.of(), type -> true))
                .hasMessage(TIMED_OUT);
    }

    @Test
    void tlsServerThatAcceptsAndNeverAnswers_endsAtTheDeadline() throws IOException {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(silent);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    open.add(silent.accept());
                }
            } catch (IOException closed) {
                // The test is over.
            }
        });

        assertThatThrownBy(() -> client(InetAddress::getAllByName).get("https://127.0.0.1:" + silent.getLocalPort() + "/", Map.of(),
                type -> true)).hasMessage(TIMED_OUT);
    }
}

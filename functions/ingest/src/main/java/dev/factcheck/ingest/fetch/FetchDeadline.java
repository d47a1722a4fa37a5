package dev.factcheck.ingest.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The one deadline of a fetch, and the three ways it is enforced on steps that per-read timeouts cannot
 * bound: a DNS lookup (run on a thread of its own and abandoned when the deadline passes: the JDK's
 * lookup cannot be interrupted), a socket (closed by an alarm when the deadline passes, which ends
 * whatever is blocked on it: connect, TLS handshake, request, headers, body) and every read (given only
 * the time left, so a server dripping one byte at a time cannot reset it).
 */
final class FetchDeadline {

    /** Closes sockets whose fetch passed its deadline; one daemon thread, started on first use. */
    private static final class Alarm {
        static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("fetch-deadline").unstarted(task));
    }

    /** A DNS lookup, as {@link SafeHttpClient.Resolver} does it. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] resolve() throws UnknownHostException;
    }

    private final LongSupplier nanoTime;
    private final long deadline;

    /** A deadline {@code totalMillis} from now on {@code nanoTime}, a monotonic clock ({@link System#nanoTime()}). */
    FetchDeadline(int totalMillis, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + totalMillis * 1_000_000L;
    }

    long remainingMillis() {
        return (deadline - nanoTime.getAsLong()) / 1_000_000L;
    }

    boolean passed() {
        return remainingMillis() <= 0;
    }

    /** The lookup's answer, or {@link TimeoutException} when the deadline passes first. */
    InetAddress[] lookUp(Lookup lookup) throws UnknownHostException, TimeoutException, InterruptedException {
        CompletableFuture<InetAddress[]> answer = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("fetch-dns").start(() -> {
            try {
                answer.complete(lookup.resolve());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(Math.max(1, remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case UnknownHostException unknown -> throw unknown;
                case SecurityException refused -> throw refused;
                default -> throw new IllegalStateException("the resolver failed", e.getCause());
            }
        }
    }

    /** Closes {@code socket} when the deadline passes; cancel the answer once the socket is done with. */
    ScheduledFuture<?> closeWhenPassed(Socket socket) {
        return Alarm.CLOCK.schedule(() -> {
            try {
                socket.close();
            } catch (IOException alreadyBroken) {
                // Closed either way.
            }
        }, Math.max(0, deadline - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
    }

    /** The socket's input, each read given only the time left until the deadline. */
    InputStream bound(Socket socket) throws IOException {
        return new FilterInputStream(socket.getInputStream()) {
            @Override
            public int read() throws IOException {
                arm();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                arm();
                return super.read(buffer, offset, length);
            }

            private void arm() throws IOException {
                long remaining = remainingMillis();
                if (remaining <= 0) {
                    throw new SocketTimeoutException("fetch deadline passed");
                }
                socket.setSoTimeout((int) remaining);
            }
        };
    }
}

package dev.factcheck.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * GET over HTTP/1.1 for untrusted URLs (feeds and the pages they link to), on plain sockets so that
 * every rule is ours to enforce:
 * <ul>
 *   <li>only {@code http} and {@code https}, no user info in the URL;</li>
 *   <li>the host is resolved once per hop and every address it resolves to is checked by the
 *       {@link AddressPolicy}; the socket then connects to that checked address (the address is
 *       pinned: no second lookup a rebinding DNS server could answer differently). For https the TLS
 *       session is layered over that socket with SNI and certificate verification for the host name;</li>
 *   <li>redirects are followed here, at most {@code maxRedirects}, each target checked like the first;</li>
 *   <li>connect timeout, <em>one deadline for the whole fetch</em>, a body size limit (also after gzip),
 *       and the content type checked against what the caller accepts.</li>
 * </ul>
 * The deadline ({@link FetchDeadline}) covers every step: DNS, connect, TLS handshake, request,
 * headers and body; the response is read by {@link HttpResponseReader} with every size bounded.
 */
public final class SafeHttpClient {

    /** Resolves a host name to its addresses; the JVM's resolver unless a test supplies another. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Opens a TCP connection to a checked address. */
    @FunctionalInterface
    public interface Dialer {
        Socket dial(InetSocketAddress address, int connectTimeoutMillis) throws IOException;
    }

    /** Fetch limits: connect timeout, one deadline for the whole fetch, body size, redirects. */
    public record Limits(int connectMillis, int totalMillis, int maxBodyBytes, int maxRedirects) {
        public static final Limits DEFAULTS = new Limits(3_000, 10_000, 5 * 1024 * 1024, 3);
    }

    private static final String USER_AGENT = "factcheck-ingest/1.0 (feed reader)";

    private final AddressPolicy policy;
    private final Limits limits;
    private final Resolver resolver;
    private final Dialer dialer;
    private final SSLSocketFactory tls;
    private final LongSupplier nanoTime;

    public SafeHttpClient(AddressPolicy policy, Limits limits) {
        this(policy, limits, InetAddress::getAllByName, SafeHttpClient::connect, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public SafeHttpClient(AddressPolicy policy, Limits limits, Resolver resolver, Dialer dialer, SSLSocketFactory tls) {
        this(policy, limits, resolver, dialer, tls, System::nanoTime);
    }

    /**
     * @param nanoTime the monotonic clock the fetch deadline is kept by ({@link System#nanoTime()}; tests
     *                 pass one they move, to check the deadline without waiting for it)
     */
    SafeHttpClient(AddressPolicy policy, Limits limits, Resolver resolver, Dialer dialer, SSLSocketFactory tls,
                   LongSupplier nanoTime) {
        this.policy = policy;
        this.limits = limits;
        this.resolver = resolver;
        this.dialer = dialer;
        this.tls = tls;
        this.nanoTime = nanoTime;
    }

    private static Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Fetches {@code url}. Answers a 200 whose media type {@code acceptType} accepts, or a 304 when
     * {@code headers} carried validators; everything else is a {@link FetchException}.
     */
    public FetchResponse get(String url, Map<String, String> headers, Predicate<String> acceptType) throws FetchException {
        FetchDeadline deadline = new FetchDeadline(limits.totalMillis(), nanoTime);
        URI current = parse(url);
        for (int hop = 0; ; hop++) {
            Target target = target(current);
            InetAddress address = checkedAddress(target.host(), deadline);
            Exchange exchange = exchange(target, address, headers, deadline, acceptType);
            if (exchange.redirect() != null) {
                if (hop >= limits.maxRedirects()) {
                    throw FetchException.refused("more than " + limits.maxRedirects() + " redirects");
                }
                try {
                    current = current.resolve(new URI(exchange.redirect().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw FetchException.refused("redirect to a malformed URL");
                }
                continue;
            }
            return new FetchResponse(current, exchange.status(), exchange.contentType(), exchange.etag(),
                    exchange.lastModified(), exchange.body());
        }
    }

    private record Target(String scheme, String host, String hostHeader, int port, String path) {
    }

    private record Exchange(int status, String redirect, String contentType, String etag, String lastModified, byte[] body) {
    }

    private static URI parse(String url) throws FetchException {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException | NullPointerException e) {
            throw FetchException.refused("malformed URL");
        }
    }

    private static Target target(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.refused("only http and https URLs are fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw FetchException.refused("URLs with user info are not fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw FetchException.refused("URL without a host");
        }
        boolean https = scheme.equals("https");
        int defaultPort = https ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        return new Target(scheme, bare.toLowerCase(Locale.ROOT), host.toLowerCase(Locale.ROOT)
                + (port == defaultPort ? "" : ":" + port), port, path);
    }

    /** Resolves {@code host} and refuses it when any of its addresses is not allowed; answers the first. */
    private InetAddress checkedAddress(String host, FetchDeadline deadline) throws FetchException {
        InetAddress[] addresses;
        try {
            addresses = deadline.lookUp(() -> resolver.resolve(host));
        } catch (TimeoutException e) {
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.failed("cancelled");
        } catch (UnknownHostException | SecurityException e) {
            throw FetchException.failed("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw FetchException.failed("host does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw FetchException.refused("host resolves to a " + refusal.get() + " address");
            }
        }
        return addresses[0];
    }

    private FetchException timedOut() {
        return FetchException.failed("timed out after " + limits.totalMillis() + " ms");
    }

    private Exchange exchange(Target target, InetAddress address, Map<String, String> headers, FetchDeadline deadline,
                              Predicate<String> acceptType) throws FetchException {
        int connectTimeout = (int) Math.max(1, Math.min(limits.connectMillis(), deadline.remainingMillis()));
        Socket socket;
        try {
            socket = dialer.dial(new InetSocketAddress(address, target.port()), connectTimeout);
        } catch (SocketTimeoutException e) {
            throw FetchException.failed("connect timed out");
        } catch (IOException e) {
            throw FetchException.failed("connection failed");
        }
        ScheduledFuture<?> alarm = deadline.closeWhenPassed(socket);
        try (Socket open = socket) {
            Socket channel = target.scheme().equals("https") ? tls(open, target, deadline) : open;
            writeRequest(channel.getOutputStream(), target, headers);
            InputStream in = new BufferedInputStream(deadline.bound(channel));
            int status = HttpResponseReader.statusCode(HttpResponseReader.readLine(in));
            Map<String, String> responseHeaders = HttpResponseReader.readHeaders(in);
            if (status >= 300 && status < 400 && status != 304) {
                String location = responseHeaders.get("location");
                if (location == null) {
                    throw FetchException.failed("answered HTTP " + status + " without a Location");
                }
                return new Exchange(status, location, null, null, null, null);
            }
            if (status == 304) {
                return new Exchange(304, null, null, responseHeaders.get("etag"), responseHeaders.get("last-modified"), new byte[0]);
            }
            if (status != 200) {
                throw FetchException.failed("answered HTTP " + status);
            }
            String contentType = responseHeaders.get("content-type");
            if (contentType == null || !acceptType.test(FetchResponse.mediaTypeOf(contentType))) {
                throw FetchException.refused("unexpected content type " + sanitise(FetchResponse.mediaTypeOf(contentType)));
            }
            byte[] body = HttpResponseReader.decode(HttpResponseReader.readBody(in, responseHeaders, limits.maxBodyBytes()),
                    responseHeaders.get("content-encoding"), limits.maxBodyBytes());
            return new Exchange(200, null, contentType, responseHeaders.get("etag"), responseHeaders.get("last-modified"), body);
        } catch (IOException e) {
            // The alarm closes the socket at the deadline: whatever broke then, the deadline broke it.
            if (e instanceof SocketTimeoutException || deadline.passed()) {
                throw timedOut();
            }
            throw FetchException.failed(e instanceof SSLException ? "TLS handshake or certificate check failed" : "connection broke off");
        } finally {
            alarm.cancel(false);
        }
    }

    /** TLS over the pinned socket: SNI and certificate checks for the host name, not the address. */
    private Socket tls(Socket plain, Target target, FetchDeadline deadline) throws IOException {
        SSLSocket socket = (SSLSocket) tls.createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().contains(":") && !target.host().matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout((int) Math.max(1, deadline.remainingMillis()));
        socket.startHandshake();
        return socket;
    }

    private static void writeRequest(OutputStream out, Target target, Map<String, String> headers) throws IOException {
        StringBuilder request = new StringBuilder()
                .append("GET ").append(target.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.hostHeader()).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Accept-Encoding: gzip\r\n")
                .append("Connection: close\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String value = header.getValue();
            if (value != null && !value.isBlank() && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                request.append(header.getKey()).append(": ").append(value.strip()).append("\r\n");
            }
        }
        request.append("\r\n");
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String sanitise(String value) {
        String cleaned = value.replaceAll("[^a-z0-9.+/-]", "");
        return cleaned.isEmpty() ? "(none)" : cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }


}

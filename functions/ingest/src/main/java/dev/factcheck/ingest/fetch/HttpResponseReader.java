package dev.factcheck.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads an HTTP/1.1 response from a stream with every size bounded: the status line, at most
 * {@value #MAX_HEADERS} header lines of at most {@value #MAX_LINE} bytes, and a body (chunked,
 * Content-Length or until the connection closes, then gzip) of at most the caller's limit. Time is
 * not its concern: the stream it reads is bounded by the fetch's deadline.
 */
final class HttpResponseReader {

    static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEADERS = 200;

    private HttpResponseReader() {
    }

    static int statusCode(String statusLine) throws FetchException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw FetchException.failed("not an HTTP/1.x response");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw FetchException.failed("not an HTTP/1.x response");
        }
    }

    static Map<String, String> readHeaders(InputStream in) throws IOException, FetchException {
        Map<String, String> headers = new HashMap<>();
        for (int count = 0; ; count++) {
            String line = readLine(in);
            if (line.isEmpty()) {
                return headers;
            }
            if (count >= MAX_HEADERS) {
                throw FetchException.refused("too many response headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
    }

    /** The body as framed by chunked encoding, Content-Length or the end of the connection; at most {@code max} bytes. */
    static byte[] readBody(InputStream in, Map<String, String> headers, int max) throws IOException, FetchException {
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                long size;
                try {
                    size = Long.parseLong(sizeLine.split(";", 2)[0].trim(), 16);
                } catch (NumberFormatException e) {
                    throw FetchException.failed("malformed chunked body");
                }
                if (size == 0) {
                    readHeaders(in);
                    return body.toByteArray();
                }
                if (size < 0 || body.size() + size > max) {
                    throw FetchException.refused("body larger than " + max + " bytes");
                }
                body.write(readExactly(in, (int) size));
                readLine(in);
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw FetchException.failed("malformed Content-Length");
            }
            if (declared > max || declared < 0) {
                throw FetchException.refused("body larger than " + max + " bytes");
            }
            return readExactly(in, (int) declared);
        }
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            throw FetchException.refused("body larger than " + max + " bytes");
        }
        return body;
    }

    /** The body decoded from its {@code Content-Encoding} (identity or gzip), at most {@code max} bytes once decoded. */
    static byte[] decode(byte[] body, String contentEncoding, int max) throws IOException, FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "identity", "" -> {
                return body;
            }
            case "gzip", "x-gzip" -> {
                try (InputStream unzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    byte[] plain = unzip.readNBytes(max + 1);
                    if (plain.length > max) {
                        throw FetchException.refused("body larger than " + max + " bytes once decompressed");
                    }
                    return plain;
                }
            }
            default -> throw FetchException.refused("unsupported content encoding");
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException, FetchException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw FetchException.failed("body ended early");
        }
        return bytes;
    }

    static String readLine(InputStream in) throws IOException, FetchException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                if (line.size() == 0) {
                    throw FetchException.failed("connection closed before the response ended");
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE) {
                throw FetchException.refused("response header line too long");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}

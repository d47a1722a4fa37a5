package dev.factcheck.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, the one digest behind derived ids and content addresses. */
public final class Hashes {

    private Hashes() {
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code value}'s UTF-8, in hex. */
    public static String sha256Hex(String value, int bytes) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    public static String sha256Hex(byte[] value) {
        return HexFormat.of().formatHex(sha256(value));
    }
}

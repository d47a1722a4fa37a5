package dev.factcheck.store.articles;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque page cursors: the last evaluated key of a Query, signed with HMAC-SHA256 so that a changed
 * cursor is refused instead of silently reading from somewhere else.
 */
final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char SEPARATOR = '\u001f';

    private final Supplier<String> secret;
    private volatile byte[] key;

    Cursors(Supplier<String> secret) {
        this.secret = secret;
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = secret.get().getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }

    String encode(Map<String, AttributeValue> lastKey) {
        StringBuilder payload = new StringBuilder();
        for (Map.Entry<String, AttributeValue> entry : lastKey.entrySet()) {
            payload.append(entry.getKey()).append(SEPARATOR).append(entry.getValue().s()).append(SEPARATOR);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    Map<String, AttributeValue> decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0 || cursor.length() > 4_096) {
            throw new InvalidCursorException();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            signature = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (!MessageDigest.isEqual(signature, sign(payload))) {
            throw new InvalidCursorException();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            key.put(parts[i], AttributeValue.fromS(parts[i + 1]));
        }
        return key;
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}

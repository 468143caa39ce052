package com.gongxuhui.common.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an open-API request (docs/open-api.md): Base64 of HMAC-SHA256, keyed with the client's
 * secret, over the canonical string
 * <pre>
 * METHOD \n raw path \n canonical query \n hex(SHA-256(body)) \n timestamp \n nonce
 * </pre>
 * The gateway checks with it and the tests and the platforms' SDK documentation sign with it, so that all of
 * them compute it one way. Plain JDK only: the gateway (WebFlux) compiles this one file without the rest of
 * common-lib, which is servlet-based.
 */
public final class OpenApiSignature {

    public static final String APP_KEY_HEADER = "X-App-Key";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String NONCE_HEADER = "X-Nonce";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private static final String HMAC = "HmacSHA256";

    private OpenApiSignature() {
    }

    /**
     * @param method    the HTTP method, upper-cased here
     * @param rawPath   the path as sent, percent-encoding included, without the query
     * @param rawQuery  the query as sent, without {@code ?}; null or empty when there is none
     * @param body      the body bytes exactly as sent; empty when there is none
     */
    public static String canonicalString(String method, String rawPath, String rawQuery, byte[] body,
            String timestamp, String nonce) {
        return String.join("\n", method.toUpperCase(Locale.ROOT), rawPath, canonicalQuery(rawQuery),
                sha256Hex(body), timestamp, nonce);
    }

    /** Base64 (standard alphabet, padded) of HMAC-SHA256 of the canonical string, keyed with the secret's UTF-8 bytes. */
    public static String sign(String secret, String canonicalString) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonicalString.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256 and takes any non-empty key", e);
        }
    }

    /** Compares in constant time, so that the answer time tells nothing about how much of a guess was right. */
    public static boolean matches(String secret, String canonicalString, String signature) {
        return MessageDigest.isEqual(sign(secret, canonicalString).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each parameter decoded ({@code %XX} as UTF-8, {@code +} as a space), encoded again the RFC 3986 way
     * (everything but {@code A-Z a-z 0-9 - _ . ~} as upper-case {@code %XX}), sorted by key and then by value,
     * joined as {@code k=v} with {@code &}. A parameter without {@code =} has the empty value. So two spellings
     * of one query ({@code a=1&b=x+y} and {@code b=x%20y&a=1}) sign the same.
     */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new String[] {encode(decode(key)), encode(decode(value))});
        }
        return parameters.stream()
                .sorted(Comparator.<String[], String>comparing(parameter -> parameter[0])
                        .thenComparing(parameter -> parameter[1]))
                .map(parameter -> parameter[0] + "=" + parameter[1])
                .collect(Collectors.joining("&"));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Lenient on purpose: a malformed escape stays as it is and only makes the signature not match. */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 3;
            } else if (c == '+') {
                bytes.write(' ');
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }
}

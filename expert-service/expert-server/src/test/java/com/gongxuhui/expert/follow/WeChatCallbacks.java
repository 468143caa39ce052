package com.gongxuhui.expert.follow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Callbacks to the official account's server URL as WeChat sends them, worked out here from WeChat's documents
 * (接入指南; 消息加解密说明) rather than with the service's own code, so that the tests check that code against
 * the documented algorithm: the sorted-and-joined SHA-1 signatures and the AES-256-CBC envelope
 * {@code random(16) ‖ length(4, big-endian) ‖ message ‖ appId}, padded PKCS#7 to 32 bytes, key and IV from the
 * EncodingAESKey.
 */
final class WeChatCallbacks {

    private WeChatCallbacks() {
    }

    /** Now in WeChat's seconds. */
    static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    static String freshNonce() {
        return Long.toString(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);
    }

    static String sha1OfSorted(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query of a plaintext-mode call: signature over token, timestamp and nonce. */
    static String plainQuery(String token, String timestamp, String nonce) {
        return "signature=" + sha1OfSorted(token, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce;
    }

    /** The query of a safe-mode call: both signatures, msg_signature also over the encrypted message. */
    static String safeQuery(String token, String timestamp, String nonce, String encrypted) {
        return plainQuery(token, timestamp, nonce) + "&encrypt_type=aes&msg_signature="
                + sha1OfSorted(token, timestamp, nonce, encrypted);
    }

    /** The body of a safe-mode call. */
    static String envelope(String encrypted) {
        return "<xml><ToUserName><![CDATA[gh_gongxuhui]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>";
    }

    static String encrypt(String encodingAesKey, String appId, String message) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int length = 16 + 4 + text.length + app.length;
        int padding = 32 - length % 32;
        ByteBuffer plain = ByteBuffer.allocate(length + padding);
        plain.put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(text.length).put(text).put(app);
        while (plain.hasRemaining()) {
            plain.put((byte) padding);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(aes.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String followMessage(String openid, String event, long createTime) {
        return "<xml><ToUserName><![CDATA[gh_gongxuhui]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event></xml>";
    }
}

package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Safe mode's encryption (公众平台 消息加解密说明, WeChat's WXBizMsgCrypt): the {@code Encrypt} element is the
 * base64 of AES-256-CBC over {@code random(16) ‖ length(4, big-endian) ‖ message ‖ appId}, padded PKCS#7 to a
 * multiple of 32 bytes; the key is the base64-decoded EncodingAESKey (43 characters plus "="), the IV its first
 * 16 bytes. The trailing appId must be the official account's: a message encrypted for another app is refused.
 * WeChat's calls are decrypted, and the platform's replies encrypted, the same way.
 */
final class MessageCrypt {

    private static final int RANDOM_BYTES = 16;
    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;

    MessageCrypt(String encodingAesKey, String appId) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (encodingAesKey.length() != 43 || raw.length != 32) {
            throw new IllegalStateException("gxh.wechat.official-account.encoding-aes-key must be the 43 characters "
                    + "of the official account's EncodingAESKey");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The message inside; 400 {@code WECHAT_MESSAGE_INVALID} when it cannot be decrypted to that layout, 403
     * {@code WECHAT_SIGNATURE_INVALID} when it was encrypted for another app.
     */
    String decrypt(String encrypted) {
        byte[] plain;
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key, iv);
            plain = aes.doFinal(Base64.getDecoder().decode(encrypted));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        int padding = plain.length == 0 ? 0 : plain[plain.length - 1];
        int end = plain.length - padding;
        if (padding < 1 || padding > BLOCK || end < RANDOM_BYTES + 4) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        int length = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
        int messageEnd = RANDOM_BYTES + 4 + length;
        if (length < 0 || messageEnd > end) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        byte[] recipient = Arrays.copyOfRange(plain, messageEnd, end);
        if (!MessageDigest.isEqual(recipient, appId)) {
            throw ProblemException.forbidden("WECHAT_SIGNATURE_INVALID");
        }
        return new String(plain, RANDOM_BYTES + 4, length, StandardCharsets.UTF_8);
    }

    /** A reply's {@code Encrypt} element, with fresh random bytes in front. */
    String encrypt(String message) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return encrypt(message, random);
    }

    /** The same with the given 16 random bytes (WeChat's published example fixes them). */
    String encrypt(String message, byte[] random) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int length = RANDOM_BYTES + 4 + text.length + appId.length;
        int padding = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + padding);
        plain.put(random, 0, RANDOM_BYTES).putInt(text.length).put(text).put(appId);
        while (plain.hasRemaining()) {
            plain.put((byte) padding);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key, iv);
            return Base64.getEncoder().encodeToString(aes.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is in every Java runtime", e);
        }
    }
}

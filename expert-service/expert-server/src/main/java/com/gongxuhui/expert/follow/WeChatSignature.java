package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.wechat.WeChatProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * WeChat's proof that a callback comes from WeChat: the hex SHA-1 of the official account's token and the call's
 * values, sorted and joined. {@code signature} (接入指南, 验证消息来自微信服务器) covers the token, {@code timestamp}
 * and {@code nonce} only, not the body; safe mode's {@code msg_signature} (消息加解密说明) also covers the encrypted
 * message. Without a configured token nothing is believed.
 */
@Component
class WeChatSignature {

    private final WeChatProperties properties;

    WeChatSignature(WeChatProperties properties) {
        this.properties = properties;
    }

    /** Refuses with 403 {@code WECHAT_SIGNATURE_INVALID} unless {@code signature} is WeChat's over these values. */
    void require(String signature, String timestamp, String nonce) {
        requireOver(signature, timestamp, nonce);
    }

    /** The same for safe mode's {@code msg_signature}, which covers the encrypted message too. */
    void requireOverMessage(String msgSignature, String timestamp, String nonce, String encrypted) {
        requireOver(msgSignature, timestamp, nonce, encrypted);
    }

    /** The {@code MsgSignature} of an encrypted reply: over the token, its timestamp, nonce and encrypted message. */
    String overMessage(String timestamp, String nonce, String encrypted) {
        return sign(properties.officialAccount().token(), timestamp, nonce, encrypted);
    }

    private void requireOver(String signature, String... values) {
        String token = properties.officialAccount().token();
        boolean valid = token != null && !token.isBlank() && signature != null
                && Stream.of(values).allMatch(value -> value != null)
                && MessageDigest.isEqual(sign(Stream.concat(Stream.of(token), Stream.of(values)).toArray(String[]::new))
                        .getBytes(StandardCharsets.UTF_8), signature.toLowerCase().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw ProblemException.forbidden("WECHAT_SIGNATURE_INVALID");
        }
    }

    static String sign(String... values) {
        String joined = String.join("", Stream.of(values).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}

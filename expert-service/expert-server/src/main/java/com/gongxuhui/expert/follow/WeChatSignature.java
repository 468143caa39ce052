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
 * WeChat's proof that a callback comes from WeChat (公众号 接入指南, 验证消息来自微信服务器): {@code signature} is
 * the hex SHA-1 of the official account's token, {@code timestamp} and {@code nonce} sorted and joined. Without
 * a configured token nothing is believed.
 */
@Component
class WeChatSignature {

    private final WeChatProperties properties;

    WeChatSignature(WeChatProperties properties) {
        this.properties = properties;
    }

    /** Refuses with 403 {@code WECHAT_SIGNATURE_INVALID} unless {@code signature} is WeChat's over these values. */
    void require(String signature, String timestamp, String nonce) {
        String token = properties.officialAccount().token();
        boolean valid = token != null && !token.isBlank() && signature != null && timestamp != null && nonce != null
                && MessageDigest.isEqual(sign(token, timestamp, nonce).getBytes(StandardCharsets.UTF_8),
                        signature.toLowerCase().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw ProblemException.forbidden("WECHAT_SIGNATURE_INVALID");
        }
    }

    static String sign(String token, String timestamp, String nonce) {
        String joined = String.join("", Stream.of(token, timestamp, nonce).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}

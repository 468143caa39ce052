package com.gongxuhui.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential by which one of our services vouches for a call that carries no user token, in header
 * {@code X-Internal-Token}. There is one per purpose, each held by the two ends of its call alone
 * ({@code gxh.internal.open-api-token}: the gateway forwarding a request whose open-API signature it checked, to
 * demand-service; {@code gxh.internal.expert-login-token}: expert-service asking org-service for an expert's
 * tokens), so that one stolen secret opens one door. Compared in constant time; an empty secret trusts nobody.
 */
public final class InternalToken {

    public static final String HEADER = "X-Internal-Token";

    private final byte[] secret;

    public InternalToken(String secret) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        return secret.length > 0 && presented != null
                && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
    }
}

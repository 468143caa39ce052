package com.gongxuhui.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret ({@code gxh.internal.token}) by which our own services and the gateway vouch for a call
 * that carries no user token: expert-service asking for an expert's tokens, the gateway forwarding a request
 * whose open-API signature it checked. Compared in constant time; an empty secret trusts nobody.
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

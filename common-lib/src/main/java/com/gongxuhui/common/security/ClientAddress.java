package com.gongxuhui.common.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address for throttling and security events: what the gateway saw and put in
 * {@code X-Client-Address} (after weighing {@code X-Forwarded-For} against its trusted proxies, and overwriting any
 * value the client sent); the peer's own address for a request that did not come through the gateway.
 */
public final class ClientAddress {

    public static final String HEADER = "X-Client-Address";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String fromGateway = request.getHeader(HEADER);
        return fromGateway == null || fromGateway.isBlank() || fromGateway.length() > 64
                ? request.getRemoteAddr()
                : fromGateway.trim();
    }
}

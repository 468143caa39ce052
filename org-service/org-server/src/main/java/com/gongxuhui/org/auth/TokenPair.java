package com.gongxuhui.org.auth;

/** What login and refresh answer. {@code expiresIn} is the access token's life in seconds. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenPair bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenPair(accessToken, refreshToken, "Bearer", expiresIn);
    }
}

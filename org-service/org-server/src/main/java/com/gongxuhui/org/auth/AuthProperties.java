package com.gongxuhui.org.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes, the lockout policy, the signing key and the seeded system administrator
 * ({@code gxh.auth.*}).
 *
 * @param signingKey PEM (PKCS#8) RSA private key shared by all org-service instances; when absent a key is
 *                   generated at start, which only suits a single instance (tokens die with a restart)
 */
@ConfigurationProperties("gxh.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, int maxFailedLogins,
        Duration lockDuration, String signingKey, SystemAdmin systemAdmin) {

    public record SystemAdmin(String phone, String name, String password) {
    }
}

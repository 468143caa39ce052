package com.gongxuhui.org.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes, the lockout policy and the signing key ({@code gxh.auth.*}; the seeded system administrator
 * under {@code gxh.auth.system-admin} is the account feature's).
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account for the client address that typed them
 * @param maxFailedLoginsPerAddress wrong passwords (any phones) after which a client address is refused until the
 *                   window (one lock duration) is over
 * @param signingKey PEM (PKCS#8) RSA private key shared by all org-service instances; when absent a key is
 *                   generated at start, which only suits a single instance (tokens die with a restart)
 * @param previousSigningKey the key {@code signingKey} replaced at the last rotation: it signs nothing but is still
 *                   published and accepted until the tokens it signed expired (one access-token lifetime)
 */
@ConfigurationProperties("gxh.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, int maxFailedLogins,
        int maxFailedLoginsPerAddress, Duration lockDuration, String signingKey, String previousSigningKey) {
}

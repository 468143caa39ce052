package com.gongxuhui.org.auth;

import com.gongxuhui.common.crypto.Sha256;
import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.security.SecurityEvents;
import com.gongxuhui.common.security.TokenRevocations;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.AccountLogins;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Rotating refresh tokens. Each use gives a new token of the same family and kills the old one; presenting
 * a token that was already rotated means it leaked, so the whole family (and every access token carrying
 * the family id) is revoked.
 */
@Component
public class RefreshTokens implements AccountLogins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenMapper tokens;
    private final TokenRevocations revocations;
    private final AuthProperties properties;
    private final SecurityEvents securityEvents;
    private final Clock clock;

    public RefreshTokens(RefreshTokenMapper tokens, TokenRevocations revocations, AuthProperties properties,
            SecurityEvents securityEvents, Clock clock) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.properties = properties;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** Issues a token of {@code family} and returns its clear value (which is never stored). */
    public String issue(long accountId, String family) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        RefreshToken token = new RefreshToken();
        token.setTokenHash(Sha256.hex(value));
        token.setFamilyId(family);
        token.setAccountId(accountId);
        token.setIssuedAt(now);
        token.setExpiresAt(now.plus(properties.refreshTokenTtl()));
        tokens.insert(token);
        return value;
    }

    /**
     * Uses up a presented token and returns it (its family and account continue). Refuses unknown, expired
     * and revoked tokens; a reused one also revokes its family. Not transactional on purpose: the
     * revocation of a reused family must stick even though the call fails.
     */
    public RefreshToken use(String value, String clientAddress) {
        Instant now = clock.instant();
        RefreshToken token = tokens.findByHash(Sha256.hex(value))
                .orElseThrow(() -> ProblemException.unauthorized("REFRESH_TOKEN_INVALID"));
        if (token.getRevokedAt() != null || token.getExpiresAt().isBefore(now)) {
            throw ProblemException.unauthorized("REFRESH_TOKEN_INVALID");
        }
        if (token.getRotatedAt() != null || tokens.markRotated(token.getId(), now) == 0) {
            revokeFamily(token.getFamilyId());
            securityEvents.record(new SecurityEvent(now, SecurityEvent.Kind.REFRESH_TOKEN_REUSED, "org-service",
                    "family:" + token.getFamilyId(), token.getAccountId(), clientAddress, null));
            throw ProblemException.unauthorized("REFRESH_TOKEN_REUSED");
        }
        return token;
    }

    /** Ends a login: its refresh tokens die in the database, its access tokens through the revocation list. */
    public void revokeFamily(String family) {
        tokens.revokeFamily(family, clock.instant());
        revocations.revokeFamily(family, properties.accessTokenTtl());
    }

    /** Ends every login of an account (disabled, new password, moved): access tokens included. */
    @Override
    public void revokeAllOf(long accountId) {
        Instant now = clock.instant();
        tokens.revokeAccount(accountId, now);
        revocations.revokeAccountTokensIssuedBefore(accountId, now, properties.accessTokenTtl());
    }
}

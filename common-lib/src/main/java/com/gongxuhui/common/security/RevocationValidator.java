package com.gongxuhui.common.security;

import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses a well-signed token that was revoked (logout, refresh-token reuse, disabled account). */
public class RevocationValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "Token revoked", null);

    private final TokenRevocations revocations;

    public RevocationValidator(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        boolean revoked = revocations.isRevoked(jwt.getClaimAsString(TokenClaims.FAMILY),
                Long.parseLong(jwt.getSubject()), issuedAt(jwt));
        return revoked ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }

    /** The issue time to the millisecond when the token carries it, else {@code iat} (whole seconds). */
    private static Instant issuedAt(Jwt jwt) {
        Object millis = jwt.getClaim(TokenClaims.ISSUED_AT_MILLIS);
        return millis instanceof Number number ? Instant.ofEpochMilli(number.longValue()) : jwt.getIssuedAt();
    }
}

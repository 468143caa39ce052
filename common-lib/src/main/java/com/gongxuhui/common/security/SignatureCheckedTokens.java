package com.gongxuhui.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Access tokens whose signature this instance has checked. A client sends one token with every request of its
 * 15-minute life, and parsing it and verifying its RS256 signature again each time was the largest part of a
 * service's own CPU per request (docs/benchmarks.md). The claims (issuer, expiry, revocation) are still checked on
 * every request, so a revoked or expired token is refused at once, as before.
 */
public final class SignatureCheckedTokens implements JwtDecoder {

    /** The longest life of an access token: a token kept longer could only be refused by its claims. */
    private static final Duration KEEP = Duration.ofMinutes(15);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> checked;

    /** {@code verifier} checks the signature and then {@code claims}, as a NimbusJwtDecoder given them does. */
    public SignatureCheckedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, long capacity) {
        this.verifier = verifier;
        this.claims = claims;
        this.checked = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(KEEP).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = checked.getIfPresent(token);
        if (known == null) {
            Jwt verified = verifier.decode(token);
            checked.put(token, verified);
            return verified;
        }
        OAuth2TokenValidatorResult result = claims.validate(known);
        if (result.hasErrors()) {
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return known;
    }
}

package com.gongxuhui.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens shaped like org-service's (conventions.md, Tokens), signed by a key made for the test run whose
 * public half the test JWKS serves — and the forged kinds the gateway must refuse.
 */
final class TestTokens {

    static final String ISSUER = "gongxuhui";
    static final String KEY_ID = "test-key";

    private final RSAKey key = newKey(KEY_ID);

    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String valid() {
        return sign(key, claims(ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** Same key id as the real key, so the gateway checks the signature against the real public key. */
    String signedWithAnotherKey() {
        return sign(newKey(KEY_ID), claims(ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** A key id that the JWKS does not list, as after a key rotation the gateway has not seen yet. */
    String signedWithUnknownKeyId() {
        return sign(newKey("rotated-" + UUID.randomUUID()), claims(ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    String unsigned() {
        return new PlainJWT(claims(ISSUER, Instant.now().plus(Duration.ofMinutes(15)))).serialize();
    }

    /** Expired beyond the 60 s clock skew that the check allows. */
    String expired() {
        return sign(key, claims(ISSUER, Instant.now().minus(Duration.ofMinutes(5))));
    }

    String ofIssuer(String issuer) {
        return sign(key, claims(issuer, Instant.now().plus(Duration.ofMinutes(15))));
    }

    String withoutExpiry() {
        return sign(key, claims(ISSUER, null));
    }

    private static JWTClaimsSet claims(String issuer, Instant expiresAt) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("42")
                .claim("name", "测试管理员")
                .claim("roles", List.of("SYS_ADMIN"))
                .claim("fam", UUID.randomUUID().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                .build();
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

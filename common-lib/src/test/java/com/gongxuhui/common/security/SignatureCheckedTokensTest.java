package com.gongxuhui.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.test.ForgedTokens;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A token's signature is checked once; its claims (here: whether it is revoked) on every request, so a revocation
 * refuses a token already seen; a token with a bad signature is checked, and refused, every time.
 */
class SignatureCheckedTokensTest {

    private static final RSAKey KEY = ForgedTokens.newKey();

    private final AtomicBoolean revoked = new AtomicBoolean();
    private final OAuth2TokenValidator<Jwt> claims = jwt -> revoked.get()
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token revoked", null))
            : OAuth2TokenValidatorResult.success();
    private final List<String> signatureChecks = new ArrayList<>();
    private final SignatureCheckedTokens tokens;

    SignatureCheckedTokensTest() throws Exception {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        nimbus.setJwtValidator(claims);
        tokens = new SignatureCheckedTokens(token -> {
            signatureChecks.add(token);
            return nimbus.decode(token);
        }, claims, 100);
    }

    @Test
    void aTokenIsVerifiedOnceAndItsClaimsOnEveryRequest() {
        String token = token(KEY);

        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        assertThat(signatureChecks).hasSize(1);

        revoked.set(true);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("Token revoked");
    }

    @Test
    void aBadSignatureIsCheckedEveryTime() {
        String forged = token(ForgedTokens.newKey());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(signatureChecks).hasSize(2);
    }

    private static String token(RSAKey key) {
        Instant now = Instant.now();
        return ForgedTokens.signedWith(key,
                ForgedTokens.claimsFor(7, List.of("STAFF"), now, now.plus(15, ChronoUnit.MINUTES)));
    }
}

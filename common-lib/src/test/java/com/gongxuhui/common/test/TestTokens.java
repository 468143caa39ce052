package com.gongxuhui.common.test;

import com.gongxuhui.common.security.ResourceServerAutoConfiguration;
import com.gongxuhui.common.security.TokenRevocations;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Access tokens for testing one service without org-service running: a key made for the test run signs
 * them, and {@link Verification} makes the service under test trust that key (with the platform's usual
 * issuer, expiry and revocation checks). Tests that run org-service use its real tokens instead.
 */
public final class TestTokens {

    private static final RSAKey KEY = ForgedTokens.newKey();

    private TestTokens() {
    }

    public static String issue(long accountId, List<String> roles, Map<String, Object> place) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder(
                ForgedTokens.claimsFor(accountId, roles, now, now.plus(15, ChronoUnit.MINUTES)));
        place.forEach(claims::claim);
        return ForgedTokens.signedWith(KEY, claims.build());
    }

    public static String bearer(long accountId, String... roles) {
        return HttpApi.bearer(issue(accountId, List.of(roles), Map.of()));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Verification {

        @Bean
        JwtDecoder jwtDecoder(TokenRevocations revocations) throws JOSEException {
            return ResourceServerAutoConfiguration.platformDecoder(
                    NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build(), revocations);
        }
    }
}

package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.ResourceServerAutoConfiguration;
import com.gongxuhui.common.security.TokenRevocations;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * org-service holds the keys itself, so it verifies tokens without fetching its own JWKS over HTTP: against the
 * same key set it publishes (the current and the previous key).
 */
@Configuration
class TokenVerification {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, TokenRevocations revocations) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(keys.publicJwks())));
        // the claims are checked by the platform's validator below, as in every other service
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        return ResourceServerAutoConfiguration.platformDecoder(new NimbusJwtDecoder(processor), revocations);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

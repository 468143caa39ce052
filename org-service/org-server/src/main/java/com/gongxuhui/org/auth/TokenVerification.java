package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.ResourceServerAutoConfiguration;
import com.gongxuhui.common.security.TokenRevocations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** org-service holds the key itself, so it verifies tokens without fetching its own JWKS over HTTP. */
@Configuration
class TokenVerification {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, TokenRevocations revocations) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
        decoder.setJwtValidator(ResourceServerAutoConfiguration.platformTokenValidator(revocations));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

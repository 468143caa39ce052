package com.gongxuhui.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Checks access tokens the way every service does: RS256 signature by a key of org-service's JWKS, issuer
 * and expiry. The key set is fetched on the first token to check (and again when a token names an unknown
 * key id), so the gateway starts while org-service is still down. A verified token is not verified again until it
 * expires ({@link VerifiedTokens}).
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfig {

    /** About 2 KB each: the tokens of a busy quarter of an hour's users (their life) in a few tens of megabytes. */
    private static final long VERIFIED_TOKENS_KEPT = 20_000;

    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties, WebClient.Builder webClient,
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer) {
        if (properties.jwksLoadBalanced()) {
            webClient.filter(loadBalancer.getObject());
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(webClient.build())
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                // The default validators accept a token without exp; ours always carry one, so one without is forged.
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return new VerifiedTokens(decoder, Clock.systemUTC(), VERIFIED_TOKENS_KEPT);
    }
}

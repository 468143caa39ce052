package com.gongxuhui.common.security;

import com.gongxuhui.common.web.ProblemWriter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

/**
 * Every service is its own OAuth2 resource server: it verifies the access token's signature (org-service's
 * keys), issuer, expiry and revocation on each request, and maps the {@code roles} claim to authorities.
 * Failures answer with problem responses.
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    private static final String[] ALWAYS_PUBLIC = {"/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ResourceServerProperties properties,
            ProblemWriter problemWriter) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    for (String entry : properties.getPublicPaths()) {
                        String[] parts = entry.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
                        } else {
                            requests.requestMatchers(parts[0]).permitAll();
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint((request, response, e) ->
                                problemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
                        .accessDeniedHandler((request, response, e) ->
                                problemWriter.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN")));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenRevocations tokenRevocations(StringRedisTemplate redis) {
        return new TokenRevocations(redis);
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentUserAccessor currentUserAccessor() {
        return new CurrentUserAccessor();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(ResourceServerProperties properties, TokenRevocations revocations,
            @Qualifier("jwksRestTemplate") ObjectProvider<RestTemplate> jwksRestTemplate) {
        // Keys are fetched on first use, so a service starts even while org-service is still starting.
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(properties.getJwksUri());
        jwksRestTemplate.ifAvailable(builder::restOperations);
        NimbusJwtDecoder decoder = builder.build();
        decoder.setJwtValidator(platformTokenValidator(revocations));
        return decoder;
    }

    /** Issuer, expiry and revocation: the checks every decoder of the platform applies, org-service's too. */
    public static OAuth2TokenValidator<Jwt> platformTokenValidator(TokenRevocations revocations) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new RevocationValidator(revocations));
    }

    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
            return roles == null ? List.of()
                    : roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .map(GrantedAuthority.class::cast).toList();
        });
        return converter;
    }

    @Bean
    @LoadBalanced
    @ConditionalOnProperty("gxh.security.jwks-load-balanced")
    RestTemplate jwksRestTemplate() {
        return new RestTemplate();
    }
}

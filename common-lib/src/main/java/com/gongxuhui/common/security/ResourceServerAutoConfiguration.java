package com.gongxuhui.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.event.EventsAutoConfiguration;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.web.ProblemWriter;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestTemplate;

/**
 * Every service is its own OAuth2 resource server: it verifies the access token's signature (org-service's
 * keys), issuer, expiry and revocation on each request, maps the {@code roles} claim to authorities and keeps
 * each role within its {@link RoleBoundaries}. Failures answer with problem responses.
 */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@EnableMethodSecurity
@EnableConfigurationProperties(ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    /** About 2 KB each: the tokens of a busy quarter of an hour's users in a few tens of megabytes. */
    private static final long SIGNATURE_CHECKED_TOKENS_KEPT = 20_000;

    private static final String[] ALWAYS_PUBLIC = {"/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /**
     * {@code mainServletContext}: the service's own; a request in another one came to the management port (production,
     * {@code management.server.port}), which only Prometheus and the probes reach, so actuator needs no token there.
     */
    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ResourceServerProperties properties,
            ProblemWriter problemWriter, ServletContext mainServletContext) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    requests.requestMatchers(request -> request.getServletContext() != mainServletContext)
                            .permitAll();
                    for (String entry : properties.getPublicPaths()) {
                        String[] parts = entry.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
                        } else {
                            requests.requestMatchers(parts[0]).permitAll();
                        }
                    }
                    requests.anyRequest().access(new RoleBoundaries());
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

    /**
     * Spring Security's firewall refuses paths such as an encoded percent sign or {@code ..}; its default answer
     * goes through Spring Boot's error page, this one is a problem body like every other 4xx.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problemWriter) {
        return (request, response, rejection) ->
                problemWriter.write(request, response, HttpStatus.BAD_REQUEST, "BAD_REQUEST");
    }

    @Bean
    @ConditionalOnMissingBean
    TokenRevocations tokenRevocations(StringRedisTemplate redis) {
        return new TokenRevocations(redis);
    }

    /**
     * A service with an outbox carries its events to org-service's list; org-service stores its own (its bean
     * comes first), a service without an outbox only logs them.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OutboxPublisher.class)
    SecurityEvents outboxSecurityEvents(ObjectMapper objectMapper, OutboxPublisher outbox,
            @Value("${gxh.events.topic-prefix:}") String topicPrefix, PlatformTransactionManager transactions) {
        return new OutboxSecurityEvents(new LoggedSecurityEvents(objectMapper), outbox, topicPrefix, transactions);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityEvents securityEvents(ObjectMapper objectMapper) {
        return new LoggedSecurityEvents(objectMapper);
    }

    @Bean
    ForeignObjects foreignObjects(SecurityEvents events, Clock clock,
            @Value("${spring.application.name}") String service) {
        return new ForeignObjects(events, clock, service);
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
        return platformDecoder(builder.build(), revocations);
    }

    /**
     * The decoder of every service, org-service's too: the signature checked by {@code verifier} once per token,
     * issuer, expiry and revocation on every request.
     */
    public static JwtDecoder platformDecoder(NimbusJwtDecoder verifier, TokenRevocations revocations) {
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER), new RevocationValidator(revocations));
        verifier.setJwtValidator(claims);
        return new SignatureCheckedTokens(verifier, claims, SIGNATURE_CHECKED_TOKENS_KEPT);
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

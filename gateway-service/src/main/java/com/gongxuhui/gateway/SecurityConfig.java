package com.gongxuhui.gateway;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/**
 * The gateway is a stateless OAuth2 resource server: every request needs a valid bearer token except the
 * {@link PublicPaths}. The Authorization header is forwarded unchanged, because every service checks the
 * token again (architecture.md, Identity and access).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint) {
        ServerWebExchangeMatcher publicPaths = PublicPaths.matcher();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Uses the CorsConfigurationSource of CorsConfig, so that 401s carry CORS headers too and the
                // browser console can read them.
                .cors(withDefaults())
                .authorizeExchange(exchanges -> exchanges
                        .matchers(publicPaths).permitAll()
                        .anyExchange().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(ignoringTokensOn(publicPaths))
                        .authenticationEntryPoint(entryPoint)
                        .jwt(withDefaults()))
                .build();
    }

    /**
     * A public path is not refused for a stale token that the browser still sends (signing in again with an
     * expired one in the header, say); the service behind it decides what the token means there.
     */
    private static ServerAuthenticationConverter ignoringTokensOn(ServerWebExchangeMatcher publicPaths) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> publicPaths.matches(exchange)
                .flatMap(result -> result.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }
}

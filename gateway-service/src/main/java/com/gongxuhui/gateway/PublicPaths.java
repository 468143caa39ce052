package com.gongxuhui.gateway;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import com.gongxuhui.gateway.console.ConsolePaths;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.reactive.CorsUtils;

/**
 * The requests the gateway lets through without a token: signing in, org-service's public keys, health,
 * the API documents and their Swagger UI, WeChat's event push (and its URL check), CORS preflights, the web
 * console's files and routes with {@code GET /api/platform} (what it shows before signing in), and the
 * municipal platforms' /open/**, which the app-key signature check (OpenApiSignatureFilter) guards instead:
 * there a bearer token is ignored and does not replace the signature. Everything else needs a valid token.
 */
final class PublicPaths {

    private PublicPaths() {
    }

    static ServerWebExchangeMatcher matcher() {
        return new OrServerWebExchangeMatcher(
                pathMatchers(HttpMethod.POST,
                        "/api/auth/login", "/api/auth/refresh", "/api/auth/dingtalk", "/api/auth/portal",
                        "/api/expert-portal/login", "/api/wechat/events"),
                // WeChat checks the callback URL with a signed GET before it pushes events to it.
                pathMatchers(HttpMethod.GET, "/api/wechat/events", "/api/platform"),
                exchange -> ConsolePaths.isConsole(exchange.getRequest())
                        ? ServerWebExchangeMatcher.MatchResult.match()
                        : ServerWebExchangeMatcher.MatchResult.notMatch(),
                pathMatchers("/oauth2/jwks", "/actuator/health/**", "/open/**",
                        // springdoc's UI: the redirect page, the UI's assets and the documents it shows.
                        "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**"),
                exchange -> CorsUtils.isPreFlightRequest(exchange.getRequest())
                        ? ServerWebExchangeMatcher.MatchResult.match()
                        : ServerWebExchangeMatcher.MatchResult.notMatch());
    }
}

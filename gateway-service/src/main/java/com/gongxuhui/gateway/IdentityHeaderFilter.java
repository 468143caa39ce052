package com.gongxuhui.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Removes client-sent identity headers ({@code X-User-*}, {@code X-Auth-*}, {@code X-Roles},
 * {@code X-Institution-Id}, {@code X-Forwarded-User}) before any route sees the request: identity comes
 * from the token only, and a header that looks like one must not reach a service that might one day trust it.
 * The open API's trusted headers ({@code X-Open-*}) and the shared {@code X-Internal-Token} go too: only the
 * gateway's {@code OpenApiSignatureFilter}, which runs next, may set them.
 */
@Component
class IdentityHeaderFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(IdentityHeaderFilter.class);

    private static final List<String> PREFIXES = List.of("x-user-", "x-auth-", "x-open-");
    private static final Set<String> NAMES = Set.of("x-roles", "x-institution-id", "x-forwarded-user", "x-internal-token");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        List<String> identityHeaders = exchange.getRequest().getHeaders().keySet().stream()
                .filter(IdentityHeaderFilter::isIdentityHeader)
                .toList();
        if (identityHeaders.isEmpty()) {
            return chain.filter(exchange);
        }
        // Worth a line: a client that sends these is either misconfigured or probing.
        RequestIdFilter.withRequestIdInLog(exchange,
                () -> log.info("Removed client-sent identity headers {}", identityHeaders));
        ServerHttpRequest stripped = exchange.getRequest().mutate()
                .headers(headers -> identityHeaders.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

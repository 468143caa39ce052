package com.gongxuhui.gateway;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who the caller is, for login throttling and security events: {@code X-Client-Address} is the
 * peer's address, or, when the peer is one of the configured proxies in front of the gateway
 * ({@code gxh.gateway.trusted-proxies}, e.g. the TLS proxy), the last address of {@code X-Forwarded-For} that is
 * not a trusted proxy itself. A client can put anything in {@code X-Forwarded-For}; only what trusted proxies
 * appended counts, and a client-sent {@code X-Client-Address} is always overwritten.
 */
@Component
class ClientAddressFilter implements GlobalFilter, Ordered {

    static final String HEADER = "X-Client-Address";

    private final Set<String> trustedProxies;

    ClientAddressFilter(@Value("${gxh.gateway.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        String client = resolve(peer, exchange.getRequest().getHeaders().getFirst("X-Forwarded-For"), trustedProxies);
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, client))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String resolve(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0 && trustedProxies.contains(client); i--) {
            client = hops.get(i);
        }
        return client;
    }

    /** After the identity headers are stripped, before any route. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

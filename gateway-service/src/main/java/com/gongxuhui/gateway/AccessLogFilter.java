package com.gongxuhui.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per request: method, path, status and the time until the response started. Logged when
 * the response commits, so that answers written by exception handlers (404, 429, 503) are logged with
 * their real status too. A request whose client goes away before any answer is logged as cancelled, with the time
 * it waited: otherwise a request that hangs would leave no line at all.
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            logRequest(exchange, (System.nanoTime() - started) / 1_000_000);
            return Mono.empty();
        });
        return chain.filter(exchange).doOnCancel(() -> {
            if (!exchange.getResponse().isCommitted()) {
                ServerHttpRequest request = exchange.getRequest();
                long millis = (System.nanoTime() - started) / 1_000_000;
                RequestIdFilter.withRequestIdInLog(exchange, () -> log.warn("{} {} -> cancelled by the client after {} ms "
                        + "without an answer", request.getMethod(), request.getPath(), millis));
            }
        });
    }

    private static void logRequest(ServerWebExchange exchange, long millis) {
        ServerHttpRequest request = exchange.getRequest();
        RequestIdFilter.withRequestIdInLog(exchange, () -> log.info("{} {} -> {} ({} ms)",
                request.getMethod(), request.getPath(), exchange.getResponse().getStatusCode(), millis));
    }

    @Override
    public int getOrder() {
        // Right after RequestIdFilter, whose id it logs.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

package com.gongxuhui.gateway;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request URI longer than 8 KB with a {@code URI_TOO_LONG} problem. Reactor Netty would answer a bare
 * 414 itself, so it is allowed longer request lines ({@code server.netty.max-initial-line-length}) and the limit
 * is kept here; 8 KB is also what the services' Tomcat accepts for the request line and headers together.
 */
@Component
class UriLengthFilter implements WebFilter, Ordered {

    static final int MAX_URI_LENGTH = 8 * 1024;

    private final ProblemResponses problems;

    UriLengthFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        URI uri = exchange.getRequest().getURI();
        int length = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (length > MAX_URI_LENGTH) {
            return problems.write(exchange, GatewayProblem.URI_TOO_LONG);
        }
        return chain.filter(exchange);
    }

    /** Right after the request id, so that the refusal carries one. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

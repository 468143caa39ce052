package com.gongxuhui.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A missing, forged or expired token gets 401 with an {@code UNAUTHENTICATED} problem body. */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException reason) {
        // The reason (e.g. "Jwt expired at …") is for the operator only; the caller learns no more than 401.
        RequestIdFilter.withRequestIdInLog(exchange, () -> log.info("Unauthenticated {} {}: {}",
                exchange.getRequest().getMethod(), exchange.getRequest().getPath(), reason.getMessage()));
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, GatewayProblem.UNAUTHENTICATED);
    }
}

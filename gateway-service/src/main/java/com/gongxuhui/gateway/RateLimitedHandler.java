package com.gongxuhui.gateway;

import com.alibaba.csp.sentinel.adapter.gateway.sc.callback.BlockRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sentinel's answer to a request over a route's limit: 429 with a {@code RATE_LIMITED} problem body.
 * Spring Cloud Alibaba's SentinelSCGAutoConfiguration registers this bean with Sentinel's
 * GatewayCallbackManager; its SentinelGatewayBlockExceptionHandler calls it.
 */
@Component
class RateLimitedHandler implements BlockRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(RateLimitedHandler.class);

    private final ProblemResponses problems;

    RateLimitedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<ServerResponse> handleRequest(ServerWebExchange exchange, Throwable blocked) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        RequestIdFilter.withRequestIdInLog(exchange,
                () -> log.info("Rate limited on route {}", route == null ? null : route.getId()));
        return ServerResponse.status(GatewayProblem.RATE_LIMITED.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problems.body(exchange, GatewayProblem.RATE_LIMITED));
    }
}

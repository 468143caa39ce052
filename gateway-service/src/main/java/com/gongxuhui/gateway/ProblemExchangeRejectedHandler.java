package com.gongxuhui.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths no service should see ({@code %00}, encoded slashes, {@code ..}, …);
 * its default answer is an empty 400, this one the {@code BAD_REQUEST} problem every other 4xx has.
 */
@Component
class ProblemExchangeRejectedHandler implements ServerExchangeRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExchangeRejectedHandler.class);

    private final ProblemResponses problems;

    ProblemExchangeRejectedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejection) {
        // Worth a line: such a path is a probe or a broken client.
        log.info("Rejected {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getURI().getRawPath(),
                rejection.getMessage());
        return problems.write(exchange, GatewayProblem.BAD_REQUEST);
    }
}

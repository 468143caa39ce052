package com.gongxuhui.gateway;

import java.net.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself becomes a problem body, never Spring's default error JSON or a
 * stack trace: no route (404), a service without instances or not reachable (503), a service too slow
 * (504). Runs before Spring Boot's default handler (order -1); Sentinel's block handler runs before this one.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException statusError && statusError.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = statusError.getStatusCode();
            return status.value() == HttpStatus.NOT_FOUND.value()
                    ? problems.write(exchange, GatewayProblem.NOT_FOUND)
                    : problems.write(exchange, status, GatewayProblem.BAD_REQUEST.code());
        }
        GatewayProblem problem = serverSide(error);
        RequestIdFilter.withRequestIdInLog(exchange, () -> logFailure(exchange, problem, error));
        return problems.write(exchange, problem);
    }

    /** A stack trace only for the unexpected; an unavailable service is reported in one line per request. */
    private static void logFailure(ServerWebExchange exchange, GatewayProblem problem, Throwable error) {
        if (problem == GatewayProblem.INTERNAL_ERROR) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        } else {
            log.warn("{} {} answered {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    problem, error.toString());
        }
    }

    private static GatewayProblem serverSide(Throwable error) {
        if (error instanceof ResponseStatusException statusError) {
            int status = statusError.getStatusCode().value();
            if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                return GatewayProblem.SERVICE_UNAVAILABLE;
            }
            if (status == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return GatewayProblem.GATEWAY_TIMEOUT;
            }
        }
        // A service refusing connections, or org-service's keys not retrievable (the JWKS fetch is the
        // gateway's only WebClient call): try again later, rather than a 500 or, for the keys, a 401 that
        // would make the console sign the user out.
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof WebClientException) {
                return GatewayProblem.SERVICE_UNAVAILABLE;
            }
        }
        return GatewayProblem.INTERNAL_ERROR;
    }
}

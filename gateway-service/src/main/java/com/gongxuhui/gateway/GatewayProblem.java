package com.gongxuhui.gateway;

import org.springframework.http.HttpStatus;

/**
 * The problems the gateway answers itself, each with its stable {@code code} (conventions.md, Errors).
 * Their texts are in messages/gateway-problems*.properties under {@code problem.<code>}.
 */
public enum GatewayProblem {
    BAD_REQUEST(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT);

    private final HttpStatus status;

    GatewayProblem(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return name();
    }
}

package com.gongxuhui.gateway;

import org.springframework.http.HttpStatus;

/**
 * The problems the gateway answers itself, each with its stable {@code code} (conventions.md, Errors).
 * Their texts are in messages/gateway-problems*.properties under {@code problem.<code>}.
 */
public enum GatewayProblem {
    BAD_REQUEST(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    /** The open API's refusals (docs/open-api.md): one code per reason, so that a platform can fix its side. */
    OPEN_API_HEADERS_MISSING(HttpStatus.UNAUTHORIZED),
    OPEN_API_APP_KEY_UNKNOWN(HttpStatus.UNAUTHORIZED),
    OPEN_API_TIMESTAMP_EXPIRED(HttpStatus.UNAUTHORIZED),
    OPEN_API_SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED),
    OPEN_API_NONCE_REUSED(HttpStatus.UNAUTHORIZED),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG),
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

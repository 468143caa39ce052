package com.gongxuhui.common.peer;

import feign.Request;
import feign.RetryableException;

/**
 * A call to another of our services was not made, because its circuit breaker is open: the service failed or
 * timed out on most recent calls. A {@link RetryableException} like a refused connection or a read timeout, so that
 * a caller who carries on without the peer's answer catches one {@code FeignException} for all of them, and
 * {@code ProblemHandler} answers all of them as 503 {@code PEER_UNAVAILABLE} naming the service.
 */
public class PeerUnavailableException extends RetryableException {

    public PeerUnavailableException(Request request, Throwable cause) {
        super(-1, PeerCircuitBreakers.serviceOf(request) + " is unavailable (circuit open)", request.httpMethod(),
                cause, (Long) null, request);
    }

    /** The service a failed Feign call went to: its {@code @FeignClient} name. */
    public static String serviceOf(feign.FeignException e) {
        return e.request() == null ? "unknown" : PeerCircuitBreakers.serviceOf(e.request());
    }
}

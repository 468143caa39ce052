package com.gongxuhui.common.security;

import java.time.Instant;

/**
 * Something an operator must be able to find afterwards: a refused login, a lock-out, a reused refresh token,
 * a request for another institution's object, a refused internal call.
 *
 * @param subject       what was aimed at, in the kind's own terms: a phone for logins, {@code enterprise:42} for
 *                      a foreign object, a path for an internal call
 * @param accountId     the account concerned, when known
 * @param clientAddress the caller's address as the gateway saw it ({@code X-Client-Address}), when known
 * @param detail        a short free text (no secrets: never a password or token)
 */
public record SecurityEvent(Instant occurredAt, Kind kind, String service, String subject, Long accountId,
        String clientAddress, String detail) {

    public enum Kind {
        LOGIN_FAILED,
        ACCOUNT_LOCKED,
        LOGIN_THROTTLED,
        REFRESH_TOKEN_REUSED,
        FOREIGN_OBJECT_REFUSED,
        INTERNAL_TOKEN_REFUSED
    }
}

package com.gongxuhui.gateway.open;

/**
 * A municipal platform allowed to call {@code /open/**}, configured as
 * {@code gxh.open-api.clients.<app key>.*} (docs/open-api.md).
 *
 * @param secret     the HMAC key the platform signs with; never leaves the gateway
 * @param platformId the platform's id, passed to demand-service as {@code X-Open-Platform}
 * @param regionCode the region the platform serves, passed as {@code X-Open-Region}
 * @param enabled    false refuses the key at once, e.g. when its secret has leaked
 * @param qps        the platform's own limit in signed calls per second per gateway instance; 0 (the default)
 *                   leaves only demand-service's route limit
 */
public record OpenApiClient(String secret, String platformId, String regionCode, boolean enabled, double qps) {

    boolean usable() {
        return enabled && secret != null && !secret.isBlank() && platformId != null && !platformId.isBlank();
    }
}

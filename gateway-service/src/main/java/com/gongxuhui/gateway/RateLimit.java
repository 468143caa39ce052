package com.gongxuhui.gateway;

/**
 * One route's limit, configured as {@code gxh.gateway.rate-limits.<route id>.qps} (and {@code .burst}).
 *
 * @param qps   requests per second the route accepts
 * @param burst requests accepted at once on top of {@code qps}
 */
public record RateLimit(double qps, int burst) {
}

package com.gongxuhui.common.peer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The circuit breaker of calls to another service ({@code gxh.peers.circuit-breaker.*}): once at least
 * {@code minimumCalls} calls within {@code window} were made and {@code errorRatio} of them failed (no answer in
 * time, no connection, a 5xx), calls to that service fail at once for {@code openFor}, then one trial call decides.
 * The timeouts themselves are Feign's ({@code spring.cloud.openfeign.client.config.default.*}, gxh-defaults.yml).
 */
@ConfigurationProperties("gxh.peers.circuit-breaker")
public record PeerCallProperties(
        @DefaultValue("0.5") double errorRatio,
        @DefaultValue("5") int minimumCalls,
        @DefaultValue("10s") Duration window,
        @DefaultValue("10s") Duration openFor) {
}

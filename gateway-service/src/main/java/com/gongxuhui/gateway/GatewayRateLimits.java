package com.gongxuhui.gateway;

import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayFlowRule;
import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Turns {@code gxh.gateway.rate-limits} into Sentinel gateway flow rules, one per route id, at start and
 * again whenever those properties change (a Nacos config refresh in production). Sentinel's
 * {@code SentinelGatewayFilter} applies them; {@link RateLimitedHandler} answers the refused requests.
 */
@Component
class GatewayRateLimits implements SmartInitializingSingleton {

    static final String PREFIX = "gxh.gateway.rate-limits";

    private static final Logger log = LoggerFactory.getLogger(GatewayRateLimits.class);

    private final Environment environment;
    private final GatewayProperties gateway;

    GatewayRateLimits(Environment environment, GatewayProperties gateway) {
        this.environment = environment;
        this.gateway = gateway;
    }

    @Override
    public void afterSingletonsInstantiated() {
        apply();
    }

    @EventListener
    void onEnvironmentChange(EnvironmentChangeEvent event) {
        if (event.getKeys().stream().anyMatch(key -> key.startsWith(PREFIX))) {
            apply();
        }
    }

    /** Binds the limits afresh from the environment, because a refresh may have changed them. */
    void apply() {
        Map<String, RateLimit> limits = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, RateLimit.class))
                .orElse(Map.of());
        Set<String> routeIds = gateway.getRoutes().stream().map(RouteDefinition::getId).collect(Collectors.toSet());
        limits.keySet().stream()
                .filter(routeId -> !routeIds.contains(routeId))
                .forEach(routeId -> log.warn("Rate limit for unknown route id '{}' limits nothing", routeId));
        GatewayRuleManager.loadRules(rules(limits));
        log.info("Rate limits per route: {}", limits);
    }

    static Set<GatewayFlowRule> rules(Map<String, RateLimit> limits) {
        return limits.entrySet().stream()
                .map(limit -> new GatewayFlowRule(limit.getKey())
                        .setCount(limit.getValue().qps())
                        .setBurst(limit.getValue().burst())
                        .setIntervalSec(1))
                .collect(Collectors.toSet());
    }
}

package com.gongxuhui.gateway.open;

import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The open-API clients of {@code gxh.open-api.clients}, bound at start and again whenever those properties
 * change (a Nacos config refresh in production), so that a platform is added, a leaked key disabled or a limit
 * changed without restarting the gateway. Each client's {@code qps} becomes a Sentinel flow rule on the
 * resource {@link #resource(String)}, which OpenApiSignatureFilter enters for the client's signed calls.
 */
@Component
class OpenApiClients implements SmartInitializingSingleton {

    static final String PREFIX = "gxh.open-api.clients";

    private static final Logger log = LoggerFactory.getLogger(OpenApiClients.class);

    private final Environment environment;
    private volatile Map<String, OpenApiClient> clients = Map.of();

    OpenApiClients(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        bind();
    }

    @EventListener
    void onEnvironmentChange(EnvironmentChangeEvent event) {
        if (event.getKeys().stream().anyMatch(key -> key.startsWith(PREFIX))) {
            bind();
        }
    }

    /** The client of an app key, if it is configured, enabled and complete. */
    Optional<OpenApiClient> usable(String appKey) {
        return Optional.ofNullable(clients.get(appKey)).filter(OpenApiClient::usable);
    }

    /** The Sentinel resource of an app key's calls: keyed by the verified app key, never by a caller's claim. */
    static String resource(String appKey) {
        return "open-api:" + appKey;
    }

    private void bind() {
        clients = Map.copyOf(Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, OpenApiClient.class))
                .orElse(Map.of()));
        FlowRuleManager.loadRules(rules(clients));
        // App keys only: the secrets stay out of the log.
        log.info("Open-API clients: {}", clients.keySet());
    }

    static List<FlowRule> rules(Map<String, OpenApiClient> clients) {
        return clients.entrySet().stream()
                .filter(client -> client.getValue().qps() > 0)
                .map(client -> new FlowRule(resource(client.getKey())).setCount(client.getValue().qps()))
                .toList();
    }
}

package com.gongxuhui.common.peer;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.CircuitBreaker.State;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.CircuitBreakerStrategy;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.EventObserverRegistry;
import feign.Capability;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Sentinel circuit breaker per called service (resource {@code peer:<service>}, the {@code @FeignClient} name),
 * around every Feign call of this process: failures (no connection, no answer within the read timeout, a 5xx) open
 * it, and while it is open a call throws {@link PeerUnavailableException} at once instead of holding a request
 * thread for the timeout. Answers below 500 pass untouched (the callers handle 404, 409 … themselves).
 */
public class PeerCircuitBreakers implements Capability {

    private static final Logger log = LoggerFactory.getLogger(PeerCircuitBreakers.class);

    private final PeerCallProperties properties;
    private final Set<String> ruled = ConcurrentHashMap.newKeySet();

    public PeerCircuitBreakers(PeerCallProperties properties) {
        this.properties = properties;
        // one observer per process (Sentinel keys them by name), so that an operator reads when calls were refused
        EventObserverRegistry.getInstance().addStateChangeObserver("gxh-peers", PeerCircuitBreakers::logChange);
    }

    private static void logChange(State from, State to, DegradeRule rule, Double errorRatio) {
        if (to == State.OPEN) {
            log.warn("Circuit to {} opened for {} s: error ratio {} over the last window", rule.getResource(),
                    rule.getTimeWindow(), errorRatio);
        } else {
            log.info("Circuit to {}: {} -> {}", rule.getResource(), from, to);
        }
    }

    @Override
    public Client enrich(Client client) {
        return (request, options) -> call(client, request, options);
    }

    private Response call(Client client, Request request, Request.Options options) throws IOException {
        String service = serviceOf(request);
        String resource = "peer:" + service;
        ensureRule(resource);
        Entry entry;
        try {
            entry = SphU.entry(resource, EntryType.OUT);
        } catch (BlockException open) {
            throw new PeerUnavailableException(request, open);
        }
        try {
            Response response = client.execute(request, options);
            if (response.status() >= 500) {
                Tracer.traceEntry(new IOException(service + " answered " + response.status()), entry);
            }
            return response;
        } catch (IOException | RuntimeException e) {
            Tracer.traceEntry(e, entry);
            throw e;
        } finally {
            entry.exit();
        }
    }

    static String serviceOf(Request request) {
        return request.requestTemplate() != null && request.requestTemplate().feignTarget() != null
                ? request.requestTemplate().feignTarget().name() : "unknown";
    }

    /** Adds this service's rule to whatever degrade rules the process has (Sentinel keeps one JVM-wide list). */
    private void ensureRule(String resource) {
        if (ruled.contains(resource)) {
            return;
        }
        synchronized (ruled) {
            if (ruled.add(resource)) {
                List<DegradeRule> rules = new ArrayList<>(DegradeRuleManager.getRules());
                rules.add(new DegradeRule(resource)
                        .setGrade(CircuitBreakerStrategy.ERROR_RATIO.getType())
                        .setCount(properties.errorRatio())
                        .setMinRequestAmount(properties.minimumCalls())
                        .setStatIntervalMs((int) properties.window().toMillis())
                        .setTimeWindow((int) Math.max(1, properties.openFor().toSeconds())));
                DegradeRuleManager.loadRules(rules);
            }
        }
    }
}

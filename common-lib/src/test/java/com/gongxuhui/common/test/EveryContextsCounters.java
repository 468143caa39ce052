package com.gongxuhui.common.test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * A counter summed over every application context of the test JVM. Spring keeps one context per test configuration,
 * and the contexts of one service are consumers of the same RocketMQ groups, so the broker may hand a message to any
 * of them: a test that counts what a consumer did must count in all of them. Each context's meter registry is a
 * member of Micrometer's global one.
 */
public final class EveryContextsCounters {

    private EveryContextsCounters() {
    }

    public static double count(String name, String... tags) {
        return Metrics.globalRegistry.getRegistries().stream()
                .flatMap(registry -> registry.find(name).tags(tags).counters().stream())
                .mapToDouble(Counter::count).sum();
    }
}

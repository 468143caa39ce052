package com.gongxuhui.demand.api;

/** Where demand-service publishes its events (before the per-environment prefix). */
public final class DemandTopics {

    public static final String EVENTS = "demand-events";

    private DemandTopics() {
    }
}

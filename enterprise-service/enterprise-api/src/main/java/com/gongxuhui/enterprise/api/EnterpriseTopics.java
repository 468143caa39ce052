package com.gongxuhui.enterprise.api;

/** Where enterprise-service publishes its events (before the per-environment prefix). */
public final class EnterpriseTopics {

    public static final String EVENTS = "enterprise-events";

    private EnterpriseTopics() {
    }
}

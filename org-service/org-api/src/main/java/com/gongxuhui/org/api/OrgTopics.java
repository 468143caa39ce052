package com.gongxuhui.org.api;

/** Where org-service publishes its events (before the per-environment prefix). */
public final class OrgTopics {

    public static final String EVENTS = "org-events";

    private OrgTopics() {
    }
}

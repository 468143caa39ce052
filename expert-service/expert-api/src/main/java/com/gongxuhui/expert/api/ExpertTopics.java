package com.gongxuhui.expert.api;

/** Where expert-service publishes its events (before the per-environment prefix). */
public final class ExpertTopics {

    public static final String EVENTS = "expert-events";

    private ExpertTopics() {
    }
}

package com.gongxuhui.notify.api;

/** Where notify-service publishes its events (before the per-environment prefix). */
public final class NotifyTopics {

    public static final String EVENTS = "notify-events";

    private NotifyTopics() {
    }
}

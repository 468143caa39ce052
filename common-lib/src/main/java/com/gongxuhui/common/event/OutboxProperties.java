package com.gongxuhui.common.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the outbox relay ({@code gxh.outbox.*}). */
@ConfigurationProperties("gxh.outbox")
public class OutboxProperties {

    /** The topic this service publishes its events to. */
    private String topic;

    /** Whether this instance runs the relay (tests switch it off to look at pending rows). */
    private boolean relayEnabled = true;

    private Duration pollInterval = Duration.ofMillis(200);

    private int batchSize = 100;

    /** How long sent rows are kept before they are purged. */
    private Duration retention = Duration.ofDays(7);

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public boolean isRelayEnabled() {
        return relayEnabled;
    }

    public void setRelayEnabled(boolean relayEnabled) {
        this.relayEnabled = relayEnabled;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }
}

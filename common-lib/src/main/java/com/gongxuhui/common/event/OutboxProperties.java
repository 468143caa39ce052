package com.gongxuhui.common.event;

import com.gongxuhui.common.time.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings of the outbox relay ({@code gxh.outbox.*}). */
@ConfigurationProperties("gxh.outbox")
public class OutboxProperties {

    /** The topic this service publishes its events to. */
    private String topic;

    /** Whether this instance runs the relay (tests switch it off to look at pending rows). */
    private boolean relayEnabled = true;

    private Duration pollInterval = Duration.ofMillis(200);

    /** Rows read per round; they are sent in batches bounded by {@link #maxBatchBytes} as well. */
    private int batchSize = 100;

    /**
     * The most one batch send may carry. RocketMQ refuses a batch (and a message) over its 4 MB limit; one well
     * below it leaves room for the properties the client adds to every message.
     */
    private DataSize maxBatchBytes = DataSize.ofMegabytes(1);

    /**
     * Sends of one row before it is parked. With the default back-off (1 s doubling up to 10 min) a row is parked
     * after about 40 minutes of failures; a row the broker can never take (over its size limit) at once.
     */
    private int maxAttempts = 12;

    private Duration initialBackoff = Duration.ofSeconds(1);

    private Duration maxBackoff = Duration.ofMinutes(10);

    /** How long sent rows are kept before they are purged. */
    private Duration retention = Duration.ofDays(7);

    /** The time after which the relay lease of a dead instance passes to another instance. */
    private Duration leaseTtl = Duration.ofSeconds(10);

    /** The wait after the {@code attempts}-th failed send: {@code initialBackoff} doubled per attempt, capped. */
    Duration backoffAfter(int attempts) {
        return Backoff.doubling(initialBackoff, attempts, maxBackoff);
    }

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

    public DataSize getMaxBatchBytes() {
        return maxBatchBytes;
    }

    public void setMaxBatchBytes(DataSize maxBatchBytes) {
        this.maxBatchBytes = maxBatchBytes;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getLeaseTtl() {
        return leaseTtl;
    }

    public void setLeaseTtl(Duration leaseTtl) {
        this.leaseTtl = leaseTtl;
    }
}

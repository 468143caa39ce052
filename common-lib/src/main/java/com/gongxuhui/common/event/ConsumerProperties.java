package com.gongxuhui.common.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How consumers retry and forget ({@code gxh.events.consumer.*}).
 *
 * <p>A failed event is redelivered by the broker after {@code retryDelayLevel} (0: the broker's own growing
 * schedule, 10 s, 30 s, 1 min, 2 min …; 1 = 1 s, for tests); the {@code maxAttempts}-th failure parks it
 * ({@link DeadLetters}). With the defaults an event fails for about 16 minutes before it is parked; the broker's
 * own dead-letter queue (after 16 redeliveries) stays a backstop for a park that itself failed. A delivery that loses a
 * deadlock or a lock wait is first tried again in place, up to {@code lockAttempts} times in all
 * ({@link IdempotentConsumer}).
 *
 * <p>{@code consumed_event} rows are purged after {@code consumedRetention}, which must exceed
 * {@code brokerRetention}, how long the broker keeps messages (RocketMQ's {@code fileReservedTime}, deploy/): a
 * message still redeliverable must still find its row, or it would be applied twice.
 */
@ConfigurationProperties("gxh.events.consumer")
public class ConsumerProperties {

    private int maxAttempts = 8;

    private int retryDelayLevel = 0;

    private int lockAttempts = 5;

    private Duration consumedRetention = Duration.ofDays(30);

    private Duration brokerRetention = Duration.ofHours(72);

    /** Refuses a retention that a message on the broker could outlive. */
    void check() {
        if (consumedRetention.compareTo(brokerRetention) <= 0) {
            throw new IllegalStateException("gxh.events.consumer.consumed-retention (" + consumedRetention
                    + ") must exceed the broker's message retention gxh.events.consumer.broker-retention ("
                    + brokerRetention + "), or a redelivered event would be applied twice");
        }
        if (maxAttempts < 1 || maxAttempts > 16) {
            throw new IllegalStateException("gxh.events.consumer.max-attempts must lie within 1..16 (the broker's "
                    + "redeliveries), not " + maxAttempts);
        }
        if (lockAttempts < 1) {
            throw new IllegalStateException("gxh.events.consumer.lock-attempts must be at least 1, not " + lockAttempts);
        }
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getRetryDelayLevel() {
        return retryDelayLevel;
    }

    public void setRetryDelayLevel(int retryDelayLevel) {
        this.retryDelayLevel = retryDelayLevel;
    }

    public int getLockAttempts() {
        return lockAttempts;
    }

    public void setLockAttempts(int lockAttempts) {
        this.lockAttempts = lockAttempts;
    }

    public Duration getConsumedRetention() {
        return consumedRetention;
    }

    public void setConsumedRetention(Duration consumedRetention) {
        this.consumedRetention = consumedRetention;
    }

    public Duration getBrokerRetention() {
        return brokerRetention;
    }

    public void setBrokerRetention(Duration brokerRetention) {
        this.brokerRetention = brokerRetention;
    }
}

package com.gongxuhui.common.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a consumer's effect at most once per event: the {@code (consumer, event_id)} row is written in the
 * same transaction as the effect, so a redelivered event finds it and changes nothing, and a failed effect
 * leaves no row behind (the broker redelivers and the effect is tried again, until {@link DeadLetters} parks it).
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, MeterRegistry meters,
            DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
        this.deadLetters = deadLetters;
    }

    /**
     * Hands a message from the broker to its consumer. A failure is thrown on (the broker redelivers the message)
     * until its last attempt, which parks the event instead: one event that always fails does not come back for
     * ever, and the others of its topic go on.
     */
    public void deliver(EventConsumer consumer, MessageExt message) {
        try {
            consumer.apply(message.getTags(), message.getBody());
        } catch (RuntimeException e) {
            deadLetters.failed(consumer.consumerName(), message, e);
        }
    }

    /** Returns whether the effect ran ({@code false}: this consumer had already handled the event). */
    public boolean handleOnce(String consumer, IntegrationEvent event, Runnable effect) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            try {
                jdbc.update("INSERT INTO consumed_event (consumer, event_id, consumed_at) VALUES (?, ?, ?)",
                        consumer, event.eventId().toString(), Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException alreadyHandled) {
                duplicates(consumer).increment();
                return false;
            }
            effect.run();
            return true;
        }));
    }

    /** Redeliveries this consumer ignored: a steady rise means a producer or the broker resends too much. */
    public Counter duplicates(String consumer) {
        return meters.counter("gxh.events.duplicates", "consumer", consumer);
    }
}

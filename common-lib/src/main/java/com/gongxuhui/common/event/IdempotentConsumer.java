package com.gongxuhui.common.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a consumer's effect at most once per event: the {@code (consumer, event_id)} row is written in the
 * same transaction as the effect, so a redelivered event finds it and changes nothing, and a failed effect
 * leaves no row behind (the broker redelivers and the effect is tried again, until {@link DeadLetters} parks it).
 * A transaction the database chose as a deadlock's victim, or whose lock wait timed out, is tried again here at once
 * a few times ({@code gxh.events.consumer.lock-attempts}) before the broker is asked: such a loss says nothing about
 * the event, and through the broker each one would wait a redelivery and count towards parking it. Consumers that
 * add to the same rows (score-service's rollups) lose such races often while a burst of events arrives.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DeadLetters deadLetters;
    private final int lockAttempts;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, MeterRegistry meters,
            DeadLetters deadLetters, int lockAttempts) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
        this.deadLetters = deadLetters;
        this.lockAttempts = lockAttempts;
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
        for (int attempt = 1; ; attempt++) {
            try {
                return handleOnceInATransaction(consumer, event, effect);
            } catch (PessimisticLockingFailureException lost) {
                if (attempt >= lockAttempts) {
                    throw lost;
                }
                meters.counter("gxh.events.lock-retries", "consumer", consumer).increment();
                pauseBefore(attempt + 1);
            }
        }
    }

    private boolean handleOnceInATransaction(String consumer, IntegrationEvent event, Runnable effect) {
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

    /** A few milliseconds, growing and spread at random, so that the two sides of a deadlock do not meet again. */
    private static void pauseBefore(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L * attempt, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a transaction that lost a lock", e);
        }
    }

    /** Redeliveries this consumer ignored: a steady rise means a producer or the broker resends too much. */
    public Counter duplicates(String consumer) {
        return meters.counter("gxh.events.duplicates", "consumer", consumer);
    }
}

package com.gongxuhui.common.event;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Sends committed outbox rows to RocketMQ and marks exactly the rows the broker acknowledged as sent.
 * A crash between send and mark resends the row later: delivery is at least once, and consumers are
 * idempotent. Marking by id (never "everything up to the highest id") matters: a lower id can commit after a
 * higher one was read, and would otherwise be skipped for good.
 *
 * <p>No row can hold up the others: batches are bounded by bytes as well as rows (the broker refuses more than
 * 4 MB at once); a batch the broker refuses is sent again row by row, so that only the rows that fail count an
 * attempt; a failed row waits out a growing back-off (the rows behind it go first) and after
 * {@code max-attempts} it is parked, as is at once a row larger than the broker takes. Parked rows wait for an
 * operator ({@link ParkedOutbox}). When a cycle's first send fails the broker is likely away: the cycle ends
 * there, having counted one attempt against one row, rather than counting one against every row.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** What RocketMQ adds to a message's body in a batch: lengths, flags, tag, key, unique id and our event id. */
    static final int MESSAGE_OVERHEAD_BYTES = 512;
    private static final int ERROR_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final DefaultMQProducer producer;
    private final RelayLease lease;
    private final OutboxProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(JdbcTemplate jdbc, DefaultMQProducer producer, RelayLease lease, OutboxProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.producer = producer;
        this.lease = lease;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends every row that is due, batch after batch; returns how many rows were sent. */
    public int relayPending() {
        return relayPending(() -> true);
    }

    /**
     * As {@link #relayPending()}, asking {@code stillHolder} before each send, so that an instance that lost its
     * lease stops within one batch.
     */
    int relayPending(BooleanSupplier stillHolder) {
        Cycle cycle = new Cycle(stillHolder);
        while (true) {
            List<PendingEvent> due = jdbc.query(
                    "SELECT id, event_id, topic, event_type, payload, attempts FROM outbox_event "
                            + "WHERE sent_at IS NULL AND parked_at IS NULL "
                            + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
                    (rs, n) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                            rs.getString("event_type"), rs.getString("payload").getBytes(StandardCharsets.UTF_8),
                            rs.getInt("attempts")),
                    Timestamp.from(clock.instant()), properties.getBatchSize());
            if (due.isEmpty()) {
                return cycle.sent;
            }
            for (List<PendingEvent> batch : batches(due)) {
                if (!cycle.send(batch)) {
                    return cycle.sent;
                }
            }
            if (due.size() < properties.getBatchSize()) {
                return cycle.sent;
            }
        }
    }

    /** One round of the relay: what it sent so far, and whether it may go on. */
    private final class Cycle {

        private final BooleanSupplier stillHolder;
        private int sent;

        Cycle(BooleanSupplier stillHolder) {
            this.stillHolder = stillHolder;
        }

        /** Sends one batch; {@code false} when the cycle must end (lease lost, or the broker seems away). */
        boolean send(List<PendingEvent> batch) {
            if (!stillHolder.getAsBoolean()) {
                return false;
            }
            if (batch.size() == 1 && batch.get(0).size() > producer.getMaxMessageSize()) {
                park(batch.get(0), "the message (" + batch.get(0).size() + " bytes) is larger than the broker takes ("
                        + producer.getMaxMessageSize() + " bytes)");
                return true;
            }
            try {
                deliver(batch);
                return true;
            } catch (Exception batchFailed) {
                if (batch.size() == 1) {
                    failed(batch.get(0), batchFailed);
                    return sent > 0;
                }
            }
            for (PendingEvent event : batch) {
                if (!stillHolder.getAsBoolean()) {
                    return false;
                }
                try {
                    deliver(List.of(event));
                } catch (Exception e) {
                    failed(event, e);
                    if (sent == 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void deliver(List<PendingEvent> events) throws Exception {
            List<Message> messages = events.stream().map(PendingEvent::toMessage).toList();
            SendResult result = messages.size() == 1 ? producer.send(messages.get(0)) : producer.send(messages);
            if (result.getSendStatus() != SendStatus.SEND_OK) {
                throw new IllegalStateException("Broker answered " + result.getSendStatus());
            }
            namedJdbc.update("UPDATE outbox_event SET sent_at = :now, next_attempt_at = NULL WHERE id IN (:ids)",
                    Map.of("now", Timestamp.from(clock.instant()), "ids", events.stream().map(PendingEvent::id).toList()));
            sent += events.size();
        }
    }

    /** Counts a failed send: the row waits its back-off, or is parked when this was its last attempt. */
    private void failed(PendingEvent event, Exception error) {
        int attempts = event.attempts() + 1;
        Instant now = clock.instant();
        if (attempts >= properties.getMaxAttempts()) {
            log.error("Outbox row {} ({} {}) failed {} times and is parked: {}", event.id(), event.type(),
                    event.eventId(), attempts, error.toString());
        } else {
            log.warn("Outbox row {} ({} {}) could not be sent (attempt {} of {}): {}", event.id(), event.type(),
                    event.eventId(), attempts, properties.getMaxAttempts(), error.toString());
        }
        jdbc.update("UPDATE outbox_event SET attempts = ?, last_error = ?, next_attempt_at = ?, parked_at = ? "
                        + "WHERE id = ? AND sent_at IS NULL", attempts, abbreviate(error.toString()),
                Timestamp.from(now.plus(properties.backoffAfter(attempts))),
                attempts >= properties.getMaxAttempts() ? Timestamp.from(now) : null, event.id());
    }

    private void park(PendingEvent event, String reason) {
        log.error("Outbox row {} ({} {}) is parked: {}", event.id(), event.type(), event.eventId(), reason);
        jdbc.update("UPDATE outbox_event SET attempts = attempts + 1, last_error = ?, parked_at = ? "
                + "WHERE id = ? AND sent_at IS NULL", abbreviate(reason), Timestamp.from(clock.instant()), event.id());
    }

    /** Consecutive rows of one topic, each batch within the row and byte bounds (a larger row alone). */
    private List<List<PendingEvent>> batches(List<PendingEvent> due) {
        long maxBytes = Math.min(properties.getMaxBatchBytes().toBytes(), producer.getMaxMessageSize());
        List<List<PendingEvent>> batches = new ArrayList<>();
        List<PendingEvent> current = new ArrayList<>();
        long bytes = 0;
        for (PendingEvent event : due) {
            boolean fits = current.isEmpty()
                    || current.get(0).topic().equals(event.topic()) && bytes + event.size() <= maxBytes;
            if (!fits) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(event);
            bytes += event.size();
        }
        batches.add(current);
        return batches;
    }

    /** Sent rows are kept for a while for inspection, then removed. */
    public int purgeSent() {
        Timestamp cutOff = Timestamp.from(clock.instant().minus(properties.getRetention()));
        return jdbc.update("DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?", cutOff);
    }

    private void relayOnSchedule() {
        try {
            if (lease.acquire()) {
                relayPending(lease::acquire);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay cycle failed; it retries in {}", properties.getPollInterval(), e);
        }
    }

    private void purgeOnSchedule() {
        try {
            purgeSent();
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed", e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = DaemonScheduler.named("outbox-relay");
        long interval = properties.getPollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::relayOnSchedule, interval, interval, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::purgeOnSchedule, 1, 60, TimeUnit.MINUTES);
        executor = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = executor;
        executor = null;
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        lease.release();
    }

    /** With the relay switched off ({@code gxh.outbox.relay-enabled=false}) it only runs when started by hand. */
    @Override
    public boolean isAutoStartup() {
        return properties.isRelayEnabled();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the producer and the data source (which stop at the default phase) go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private static String abbreviate(String text) {
        return text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }

    private record PendingEvent(long id, String eventId, String topic, String type, byte[] payload, int attempts) {

        /** The bytes it takes in a send: its body and what the client adds around it. */
        long size() {
            return payload.length + topic.length() + MESSAGE_OVERHEAD_BYTES;
        }

        Message toMessage() {
            Message message = new Message(topic, type, eventId, payload);
            message.putUserProperty("eventId", eventId);
            return message;
        }
    }
}

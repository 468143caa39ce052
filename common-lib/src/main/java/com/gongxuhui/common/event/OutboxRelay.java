package com.gongxuhui.common.event;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

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

    /** Sends every pending row, batch after batch; returns how many rows were sent. */
    public int relayPending() {
        int sent = 0;
        while (true) {
            List<PendingEvent> batch = jdbc.query(
                    "SELECT id, event_id, topic, event_type, payload FROM outbox_event "
                            + "WHERE sent_at IS NULL ORDER BY id LIMIT ?",
                    (rs, n) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                            rs.getString("event_type"), rs.getString("payload")),
                    properties.getBatchSize());
            if (batch.isEmpty()) {
                return sent;
            }
            for (List<PendingEvent> sameTopic : splitByTopic(batch)) {
                send(sameTopic);
                sent += sameTopic.size();
            }
            if (batch.size() < properties.getBatchSize()) {
                return sent;
            }
        }
    }

    private void send(List<PendingEvent> events) {
        List<Message> messages = events.stream().map(PendingEvent::toMessage).toList();
        List<Long> ids = events.stream().map(PendingEvent::id).toList();
        try {
            SendResult result = messages.size() == 1 ? producer.send(messages.get(0)) : producer.send(messages);
            if (result.getSendStatus() != SendStatus.SEND_OK) {
                throw new IllegalStateException("Broker answered " + result.getSendStatus());
            }
        } catch (Exception e) {
            namedJdbc.update("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE id IN (:ids)",
                    Map.of("error", abbreviate(e.toString()), "ids", ids));
            throw new OutboxSendException(e);
        }
        namedJdbc.update("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)",
                Map.of("now", Timestamp.from(clock.instant()), "ids", ids));
    }

    /** Sent rows are kept for a while for inspection, then removed. */
    public int purgeSent() {
        Timestamp cutOff = Timestamp.from(clock.instant().minus(properties.getRetention()));
        return jdbc.update("DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?", cutOff);
    }

    private void relayOnSchedule() {
        try {
            if (lease.acquire()) {
                relayPending();
            }
        } catch (OutboxSendException e) {
            log.warn("Outbox relay could not send; it retries in {}: {}", properties.getPollInterval(),
                    e.getCause().toString());
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
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
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

    private static List<List<PendingEvent>> splitByTopic(List<PendingEvent> batch) {
        List<List<PendingEvent>> groups = new ArrayList<>();
        List<PendingEvent> current = new ArrayList<>();
        for (PendingEvent event : batch) {
            if (!current.isEmpty() && !current.get(0).topic().equals(event.topic())) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(event);
        }
        groups.add(current);
        return groups;
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private record PendingEvent(long id, String eventId, String topic, String type, String payload) {

        Message toMessage() {
            Message message = new Message(topic, type, eventId, payload.getBytes(StandardCharsets.UTF_8));
            message.putUserProperty("eventId", eventId);
            return message;
        }
    }

    static class OutboxSendException extends RuntimeException {
        OutboxSendException(Throwable cause) {
            super(cause);
        }
    }

}

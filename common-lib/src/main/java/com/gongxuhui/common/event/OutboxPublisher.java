package com.gongxuhui.common.event;

import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an event by writing it to the {@code outbox_event} table in the caller's transaction: the event
 * exists if and only if the state change committed. {@link OutboxRelay} sends it to the broker afterwards.
 */
public class OutboxPublisher {

    private final JdbcTemplate jdbc;
    private final EventJson json;
    private final String topic;

    public OutboxPublisher(JdbcTemplate jdbc, EventJson json, String topic) {
        this.jdbc = jdbc;
        this.json = json;
        this.topic = topic;
    }

    public void publish(IntegrationEvent event) {
        publishOn(topic, event);
    }

    /** On a topic other than the service's own: one that several services' events share (their security events). */
    public void publishOn(String topic, IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An event must be published inside the transaction of its state change");
        }
        jdbc.update("INSERT INTO outbox_event (event_id, topic, event_type, aggregate_id, payload, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                event.eventId().toString(), topic, event.eventType(), event.aggregateId(), json.write(event),
                Timestamp.from(event.occurredAt()));
    }
}

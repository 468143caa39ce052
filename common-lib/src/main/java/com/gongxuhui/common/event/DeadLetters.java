package com.gongxuhui.common.event;

import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Events a consumer of this service could not apply ({@code parked_event}): parked on their last attempt with the
 * error, counted in {@code gxh.events.parked}, listed for the platform's operator and replayed by him once the
 * cause is fixed. A replay goes through the consumer's {@link IdempotentConsumer} like any delivery, so an event
 * replayed twice, or replayed and delivered again, is applied once.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int ERROR_LIMIT = 1000;
    private static final String COLUMNS = "id, consumer, event_id, topic, tag, attempts, last_error, parked_at, replayed_at";

    /** A parked event as the operator sees it (without its body, which may carry personal data). */
    public record ParkedEvent(long id, String consumer, String eventId, String topic, String tag, int attempts,
            String lastError, Instant parkedAt, Instant replayedAt) {
    }

    private static final RowMapper<ParkedEvent> PARKED = (rs, n) -> new ParkedEvent(rs.getLong("id"),
            rs.getString("consumer"), rs.getString("event_id"), rs.getString("topic"), rs.getString("tag"),
            rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("parked_at").toInstant(),
            instant(rs.getTimestamp("replayed_at")));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConsumerProperties properties;
    private final ObjectProvider<EventConsumer> consumers;

    public DeadLetters(JdbcTemplate jdbc, Clock clock, MeterRegistry meters, ConsumerProperties properties,
            ObjectProvider<EventConsumer> consumers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        this.consumers = consumers;
    }

    /**
     * A delivery failed: thrown on for the broker to redeliver, or, on the last attempt, parked (the message is then
     * acknowledged). A park that fails itself (the database is away) is thrown on as well.
     */
    void failed(String consumer, MessageExt message, RuntimeException error) {
        int attempt = message.getReconsumeTimes() + 1;
        if (attempt < properties.getMaxAttempts()) {
            throw error;
        }
        String eventId = message.getUserProperty("eventId") != null ? message.getUserProperty("eventId")
                : message.getKeys() != null ? message.getKeys() : message.getMsgId();
        String lastError = abbreviate(error.toString());
        Timestamp parkedAt = Timestamp.from(clock.instant());
        // the new values bound again in the update: VALUES() there is deprecated in MySQL 8.4, the row alias is
        // not MariaDB's (docs/architecture.md)
        jdbc.update("INSERT INTO parked_event (consumer, event_id, topic, tag, payload, attempts, last_error, parked_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE attempts = ?, last_error = ?, "
                        + "parked_at = ?, replayed_at = NULL",
                consumer, eventId, message.getTopic(), message.getTags(),
                new String(message.getBody(), StandardCharsets.UTF_8), attempt, lastError, parkedAt,
                attempt, lastError, parkedAt);
        meters.counter("gxh.events.parked", "consumer", consumer).increment();
        log.error("Event {} ({}) failed {} times in consumer {} and is parked until an operator replays it", eventId,
                message.getTags(), attempt, consumer, error);
    }

    public PageView<ParkedEvent> list(boolean waitingOnly, PageQuery page) {
        String where = waitingOnly ? " WHERE replayed_at IS NULL" : "";
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM parked_event" + where, Long.class);
        List<ParkedEvent> items = jdbc.query("SELECT " + COLUMNS + " FROM parked_event" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?", PARKED, page.sizeOrDefault(),
                (long) (page.pageOrDefault() - 1) * page.sizeOrDefault());
        return new PageView<>(items, total, page.pageOrDefault(), page.sizeOrDefault());
    }

    /** How many parked events wait for a replay (the {@code gxh.events.parked.waiting} gauge). */
    public long waiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM parked_event WHERE replayed_at IS NULL", Long.class);
    }

    /**
     * Hands the parked event to its consumer again. Applied (or found already applied): marked replayed. Failing
     * still: 409 with the error, and it stays parked with one attempt more.
     */
    public ParkedEvent replay(long id) {
        List<Stored> found = jdbc.query("SELECT consumer, tag, payload FROM parked_event WHERE id = ?",
                (rs, n) -> new Stored(rs.getString("consumer"), rs.getString("tag"), rs.getString("payload")), id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("PARKED_EVENT_NOT_FOUND", id);
        }
        Stored parked = found.get(0);
        EventConsumer consumer = consumers.orderedStream().filter(c -> c.consumerName().equals(parked.consumer()))
                .findFirst().orElseThrow(() -> ProblemException.conflict("PARKED_EVENT_CONSUMER_UNKNOWN", parked.consumer()));
        try {
            consumer.apply(parked.tag(), parked.payload().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            jdbc.update("UPDATE parked_event SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                    abbreviate(e.toString()), id);
            log.warn("Replay of parked event {} failed again", id, e);
            throw ProblemException.conflict("PARKED_EVENT_STILL_FAILS", id).with("error", abbreviate(e.toString()));
        }
        jdbc.update("UPDATE parked_event SET replayed_at = ? WHERE id = ? AND replayed_at IS NULL",
                Timestamp.from(clock.instant()), id);
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM parked_event WHERE id = ?", PARKED, id);
    }

    private record Stored(String consumer, String tag, String payload) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        return text.length() <= ERROR_LIMIT ? text : text.substring(0, ERROR_LIMIT);
    }
}

package com.gongxuhui.common.event;

import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox rows the relay gave up on ({@link OutboxRelay}), for the platform's operator: listed with their last
 * error, and re-sent (back in the relay's queue with a fresh count of attempts) once the cause is fixed.
 */
public class ParkedOutbox {

    public record ParkedRow(long id, String eventId, String topic, String eventType, String aggregateId, int attempts,
            String lastError, Instant createdAt, Instant parkedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ParkedOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageView<ParkedRow> list(PageQuery page) {
        long total = parked();
        List<ParkedRow> items = jdbc.query("SELECT id, event_id, topic, event_type, aggregate_id, attempts, last_error, "
                        + "created_at, parked_at FROM outbox_event WHERE parked_at IS NOT NULL ORDER BY id DESC "
                        + "LIMIT ? OFFSET ?",
                (rs, n) -> new ParkedRow(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                        rs.getString("event_type"), rs.getString("aggregate_id"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("parked_at").toInstant()),
                page.sizeOrDefault(), (long) (page.pageOrDefault() - 1) * page.sizeOrDefault());
        return new PageView<>(items, total, page.pageOrDefault(), page.sizeOrDefault());
    }

    public long parked() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE parked_at IS NOT NULL", Long.class);
    }

    /** Puts a parked row back in the relay's queue, due now, with its attempts counted afresh. */
    public void resend(long id) {
        int updated = jdbc.update("UPDATE outbox_event SET parked_at = NULL, attempts = 0, next_attempt_at = ? "
                + "WHERE id = ? AND parked_at IS NOT NULL AND sent_at IS NULL", Timestamp.from(clock.instant()), id);
        if (updated == 0) {
            throw ProblemException.notFound("PARKED_OUTBOX_ROW_NOT_FOUND", id);
        }
    }

    /**
     * Seconds since the oldest row still waiting for the relay was written (0 when none waits): the relay's lag,
     * which grows while the broker or the relay is away. Parked rows are counted apart ({@link #parked}).
     */
    public double lagSeconds() {
        Timestamp oldest = jdbc.queryForObject(
                "SELECT MIN(created_at) FROM outbox_event WHERE sent_at IS NULL AND parked_at IS NULL", Timestamp.class);
        return oldest == null ? 0 : Math.max(0, clock.millis() - oldest.getTime()) / 1000.0;
    }
}

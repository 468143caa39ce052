package com.gongxuhui.notify.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records messages for delivery, in the caller's transaction (a consumer's, so that a message exists exactly when
 * its event was consumed). The unique key cause × recipient × channel makes a second record of the same message
 * a no-op: {@code INSERT IGNORE}, many rows per statement, which also keeps the daily digest's 100 000 rows fast.
 */
@Service
public class Deliveries {

    private static final String COLUMNS = "INSERT IGNORE INTO delivery (cause_key, recipient_kind, recipient_id, channel, "
            + "kind, address, title, body, demand_id, push_id, status, attempts, next_attempt_at, provider_answer, "
            + "created_at, finished_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Deliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the messages for the worker; returns how many were new. */
    public int enqueue(List<OutgoingMessage> messages) {
        return insert(messages, DeliveryStatus.PENDING, null);
    }

    /** Records a message that is not sent at all, with the reason (e.g. the expert does not follow the account). */
    public boolean recordNotSent(OutgoingMessage message, String reason) {
        return recordNotSent(List.of(message), reason) == 1;
    }

    public int recordNotSent(List<OutgoingMessage> messages, String reason) {
        return insert(messages, DeliveryStatus.NOT_SENT, reason);
    }

    private int insert(List<OutgoingMessage> messages, DeliveryStatus status, String answer) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp finished = status == DeliveryStatus.PENDING ? null : now;
        int inserted = 0;
        for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
            List<OutgoingMessage> chunk = messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT));
            List<Object> arguments = new ArrayList<>(chunk.size() * 15);
            for (OutgoingMessage m : chunk) {
                Collections.addAll(arguments, m.causeKey(), m.recipientKind().name(), m.recipientId(),
                        m.channel().name(), m.kind().name(), m.address(), m.title(), m.body(), m.demandId(), m.pushId(),
                        status.name(), now, answer, now, finished);
            }
            inserted += jdbc.update(COLUMNS + String.join(", ", Collections.nCopies(chunk.size(), ROW)),
                    arguments.toArray());
        }
        return inserted;
    }
}

package com.gongxuhui.notify.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One worker's claim on a batch of deliveries: the rows carry its token and are not due again (for another
 * instance) before the lease runs out. The claim is renewed while the batch is sent, so a batch that takes longer
 * than the lease (a slow provider) stays this worker's; and a send starts only while at least half of the lease is
 * left, so that a worker whose renewals fail (its database connection is gone) stops before another instance may
 * take the rows over: no message goes out twice.
 */
final class DeliveryClaim {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaim.class);

    private final String token;
    private final Duration lease;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Instant validUntil;

    DeliveryClaim(String token, Instant claimedAt, Duration lease, JdbcTemplate jdbc, Clock clock) {
        this.token = token;
        this.lease = lease;
        this.jdbc = jdbc;
        this.clock = clock;
        this.validUntil = claimedAt.plus(lease);
    }

    String token() {
        return token;
    }

    /** Pushes the claimed rows' due time a whole lease ahead; what is recorded already is no longer claimed. */
    void renew() {
        Instant asked = clock.instant();
        try {
            jdbc.update("UPDATE delivery SET next_attempt_at = ? WHERE lease_token = ? AND status = 'PENDING'",
                    Timestamp.from(asked.plus(lease)), token);
            validUntil = asked.plus(lease);
        } catch (RuntimeException e) {
            log.warn("Renewing delivery claim {} failed; sends stop at {} unless a renewal succeeds", token,
                    validUntil.minus(lease.dividedBy(2)), e);
        }
    }

    /** Whether a send may start now: at least half of the lease is left. */
    boolean allowsSending() {
        return clock.instant().isBefore(validUntil.minus(lease.dividedBy(2)));
    }

    /** Gives back rows that were claimed but not tried: due now again, their claimed attempt not counted. */
    void giveBack(List<Long> untried) {
        if (untried.isEmpty()) {
            return;
        }
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(clock.instant()), token));
        arguments.addAll(untried);
        jdbc.update("UPDATE delivery SET lease_token = NULL, attempts = attempts - 1, next_attempt_at = ? "
                + "WHERE lease_token = ? AND status = 'PENDING' AND id IN ("
                + String.join(", ", Collections.nCopies(untried.size(), "?")) + ")", arguments.toArray());
    }
}

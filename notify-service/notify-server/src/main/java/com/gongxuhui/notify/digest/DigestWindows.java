package com.gongxuhui.notify.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which approvals a day's digest covers: from where the previous digest ended (the first ever: the last 24 hours)
 * to the moment of the day's first trigger. The window is written once ({@code digest_run}) and read back by every
 * shard and every re-run of the same day, so that they all send the same messages, which the deliveries' unique
 * key then lets through only once.
 */
@Component
class DigestWindows {

    record Window(Instant from, Instant to) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DigestWindows(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Window of(LocalDate day) {
        List<Window> fixed = read(day);
        if (!fixed.isEmpty()) {
            return fixed.get(0);
        }
        Instant now = clock.instant();
        List<Timestamp> previous = jdbc.queryForList(
                "SELECT window_to FROM digest_run WHERE run_date < ? ORDER BY run_date DESC LIMIT 1", Timestamp.class,
                day);
        Instant from = previous.isEmpty() ? now.minus(Duration.ofDays(1)) : previous.get(0).toInstant();
        jdbc.update("INSERT IGNORE INTO digest_run (run_date, window_from, window_to) VALUES (?, ?, ?)", day,
                Timestamp.from(from), Timestamp.from(now));
        return read(day).get(0);
    }

    private List<Window> read(LocalDate day) {
        return jdbc.query("SELECT window_from, window_to FROM digest_run WHERE run_date = ?",
                (rs, n) -> new Window(rs.getTimestamp("window_from").toInstant(), rs.getTimestamp("window_to").toInstant()),
                day);
    }
}

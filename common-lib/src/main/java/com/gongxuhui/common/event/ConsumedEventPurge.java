package com.gongxuhui.common.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forgets consumed event ids after {@code gxh.events.consumer.consumed-retention}, longer than the broker keeps
 * any message (checked at start, {@link ConsumerProperties}), so that a redelivery still finds its row. Runs hourly
 * on every instance, in chunks so that no statement holds many locks; two instances purging together only
 * delete the same rows.
 */
public class ConsumedEventPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumedEventPurge.class);
    private static final int CHUNK = 5000;

    private final JdbcTemplate jdbc;
    private final ConsumerProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    public ConsumedEventPurge(JdbcTemplate jdbc, ConsumerProperties properties, Clock clock) {
        properties.check();
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes the rows older than the retention; returns how many. */
    public int purge() {
        Timestamp cutOff = Timestamp.from(clock.instant().minus(properties.getConsumedRetention()));
        int deleted = 0;
        int chunk;
        do {
            chunk = jdbc.update("DELETE FROM consumed_event WHERE consumed_at < ? LIMIT " + CHUNK, cutOff);
            deleted += chunk;
        } while (chunk == CHUNK);
        return deleted;
    }

    private void purgeOnSchedule() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                log.info("Purged {} consumed-event rows older than {}", deleted, properties.getConsumedRetention());
            }
        } catch (RuntimeException e) {
            log.warn("Consumed-event purge failed; it runs again in an hour", e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = DaemonScheduler.named("consumed-event-purge");
        scheduler.scheduleWithFixedDelay(this::purgeOnSchedule, 5, 60, TimeUnit.MINUTES);
        executor = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = executor;
        executor = null;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}

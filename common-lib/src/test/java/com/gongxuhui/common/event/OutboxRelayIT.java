package com.gongxuhui.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.common.web.PageQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;

/**
 * The relay against the real MariaDB (common-lib's shared migrations on a schema of this run) and the real
 * broker: rows the broker refuses or cannot take never hold up the rest, and end parked with their error.
 */
class OutboxRelayIT {

    private static final String NAME_SERVER = System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876");
    private static final String TOPIC = "t" + TestSchemas.RUN_ID + "-outbox-relay-it";

    private static JdbcTemplate jdbc;
    private static DefaultMQProducer producer;
    private static TopicObserver observer;

    @BeforeAll
    static void start() throws Exception {
        String url = TestSchemas.jdbcUrl("outbox_relay_it");
        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/common").load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
        observer = new TopicObserver(NAME_SERVER, TOPIC);
        producer = new DefaultMQProducer("outbox-relay-it-" + UUID.randomUUID());
        producer.setNamesrvAddr(NAME_SERVER);
        producer.setSendMsgTimeout(10_000);
        producer.start();
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.shutdown();
        }
        if (observer != null) {
            observer.close();
        }
    }

    @Test
    void rowsTheBrokerCannotTakeAreParkedWhileEveryOtherRowIsSentOnce() {
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ordinary.add(insert(TOPIC, "{\"n\":" + i + "}", Instant.now()));
        }
        String tooLarge = insert(TOPIC, "{\"blob\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}", Instant.now());
        String badTopic = insert("no such topic!", "{\"n\":-1}", Instant.now());
        // six rows of 900 KB: together over the broker's 4 MB, so they must go in several batches
        for (int i = 0; i < 6; i++) {
            ordinary.add(insert(TOPIC, "{\"blob\":\"" + "y".repeat(900 * 1024) + "\"}", Instant.now()));
        }
        for (int i = 0; i < 20; i++) {
            ordinary.add(insert(TOPIC, "{\"m\":" + i + "}", Instant.now().minusSeconds(30)));
        }
        ParkedOutbox parked = new ParkedOutbox(jdbc, Clock.systemUTC());
        assertThat(parked.lagSeconds()).isGreaterThanOrEqualTo(30);

        OutboxRelay relay = relay();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
            relay.relayPending();
            return parked.parked() == 2;
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> ordinary.stream().allMatch(id -> observer.countWithKey(id) == 1));

        assertThat(parked.lagSeconds()).isZero();
        List<ParkedOutbox.ParkedRow> rows = parked.list(new PageQuery(1, 20)).items();
        assertThat(rows).extracting(ParkedOutbox.ParkedRow::eventId).containsExactlyInAnyOrder(tooLarge, badTopic);
        ParkedOutbox.ParkedRow large = rows.stream().filter(r -> r.eventId().equals(tooLarge)).findFirst().orElseThrow();
        assertThat(large.attempts()).isEqualTo(1);
        assertThat(large.lastError()).contains("larger than the broker takes");
        ParkedOutbox.ParkedRow refused = rows.stream().filter(r -> r.eventId().equals(badTopic)).findFirst().orElseThrow();
        assertThat(refused.attempts()).isEqualTo(3);
        assertThat(refused.lastError()).contains("topic");

        // the operator fixes the cause and re-sends it: it goes once, the other stays parked
        jdbc.update("UPDATE outbox_event SET topic = ? WHERE event_id = ?", TOPIC, badTopic);
        parked.resend(refused.id());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            relay.relayPending();
            return observer.countWithKey(badTopic) == 1;
        });
        assertThat(parked.parked()).isEqualTo(1);
        assertThat(observer.countWithKey(tooLarge)).isZero();
        relay.relayPending();
        assertThat(ordinary).allMatch(id -> observer.countWithKey(id) == 1);
    }

    @Test
    void consumedEventIdsAreForgottenOnlyAfterTheirRetention() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO consumed_event (consumer, event_id, consumed_at) VALUES ('purge-it', ?, ?), ('purge-it', ?, ?)",
                old, Timestamp.from(Instant.now().minus(Duration.ofDays(31))), recent,
                Timestamp.from(Instant.now().minus(Duration.ofDays(29))));
        ConsumerProperties properties = new ConsumerProperties();

        assertThat(new ConsumedEventPurge(jdbc, properties, Clock.systemUTC()).purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("SELECT event_id FROM consumed_event WHERE consumer = 'purge-it'", String.class))
                .containsExactly(recent);
    }

    @Test
    void aRetentionTheBrokerCouldOutliveIsRefused() {
        ConsumerProperties properties = new ConsumerProperties();
        properties.setConsumedRetention(Duration.ofHours(48));
        assertThatThrownBy(() -> new ConsumedEventPurge(jdbc, properties, Clock.systemUTC()))
                .hasMessageContaining("must exceed the broker's message retention");
    }

    private OutboxRelay relay() {
        OutboxProperties properties = new OutboxProperties();
        properties.setTopic(TOPIC);
        properties.setMaxAttempts(3);
        properties.setInitialBackoff(Duration.ofMillis(100));
        properties.setMaxBackoff(Duration.ofMillis(200));
        properties.setMaxBatchBytes(DataSize.ofMegabytes(3));
        return new OutboxRelay(jdbc, producer, null, properties, Clock.systemUTC());
    }

    private static String insert(String topic, String payload, Instant createdAt) {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO outbox_event (event_id, topic, event_type, aggregate_id, payload, created_at) "
                + "VALUES (?, ?, 'RelayTested', '1', ?, ?)", eventId, topic, payload, Timestamp.from(createdAt));
        return eventId;
    }
}

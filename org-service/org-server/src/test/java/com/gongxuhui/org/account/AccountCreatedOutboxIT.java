package com.gongxuhui.org.account;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.OutboxRelay;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.org.OrgServiceIT;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** AccountCreated leaves org-service through the outbox, on the real broker, exactly once. */
class AccountCreatedOutboxIT extends OrgServiceIT {

    @Autowired
    AccountRegistration registration;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${rocketmq.name-server}")
    String nameServer;

    @Value("${gxh.outbox.topic}")
    String topic;

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void anEventCommittedWhileTheRelayIsDownIsDeliveredExactlyOnceWhenItRestarts() throws Exception {
        try (TopicObserver observer = new TopicObserver(nameServer, topic)) {
            Account account = registration.register(new NewAccount(phone(), "Secret123", "李四", Set.of(Role.STAFF),
                    3L, 30L, "330102"), Actor.system());
            String eventId = eventIdOf(account);

            Thread.sleep(1500);
            assertThat(observer.countWithKey(eventId)).as("nothing leaves while the relay is stopped").isZero();
            assertThat(sentAt(eventId)).isNull();

            relay.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> observer.countWithKey(eventId) == 1);
            relay.stop();
            relay.start();
            Thread.sleep(2000);

            assertThat(observer.countWithKey(eventId)).as("restarting the relay sends nothing twice").isEqualTo(1);
            assertThat(sentAt(eventId)).isNotNull();
            assertThat(observer.bodyWithKey(eventId)).contains("\"accountId\":" + account.getId())
                    .contains("\"institutionId\":3").contains("\"regionCode\":\"330102\"");
        }
    }

    @Test
    void aRefusedRegistrationPublishesNothing() {
        String phone = phone();
        registration.register(new NewAccount(phone, "Secret123", "王五", Set.of(Role.STAFF), 1L, 1L, "330100"),
                Actor.system());
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Long.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registration.register(
                new NewAccount(phone, "Secret123", "重复", Set.of(Role.STAFF), 1L, 1L, "330100"), Actor.system()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Long.class)).isEqualTo(before);
    }

    private String eventIdOf(Account account) {
        return jdbc.queryForObject("SELECT event_id FROM outbox_event WHERE event_type = 'AccountCreated' AND aggregate_id = ?",
                String.class, account.getId().toString());
    }

    private Object sentAt(String eventId) {
        return jdbc.queryForObject("SELECT sent_at FROM outbox_event WHERE event_id = ?", Object.class, eventId);
    }
}

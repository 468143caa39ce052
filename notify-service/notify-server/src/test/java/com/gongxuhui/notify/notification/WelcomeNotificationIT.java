package com.gongxuhui.notify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.OrgTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * notify-service consumes AccountCreated from the real broker, as org-service's relay sends it, and keeps
 * exactly one welcome per event however often the broker delivers it.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
class WelcomeNotificationIT {

    private static final AtomicLong ACCOUNT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @LocalServerPort
    int port;

    @Autowired
    RocketMQTemplate rocketMQ;

    @Autowired
    EventJson json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotentConsumer idempotentConsumer;

    @Value("${gxh.events.topic-prefix}" + OrgTopics.EVENTS)
    String topic;

    @Test
    void aNewAccountFindsAWelcomeInItsInbox() throws Exception {
        AccountCreated event = accountCreated(ACCOUNT_IDS.incrementAndGet(), "赵六", "13711112222");

        send(event);

        JsonNode inbox = awaitInbox(event.accountId(), 1);
        assertThat(inbox.path("total").asLong()).isEqualTo(1);
        assertThat(inbox.path("page").asLong()).isEqualTo(1);
        assertThat(inbox.path("size").asLong()).isEqualTo(20);
        JsonNode welcome = inbox.path("items").get(0);
        assertThat(welcome.path("kind").asText()).isEqualTo("WELCOME");
        assertThat(welcome.path("body").asText()).contains("赵六").contains("13711112222");
        assertThat(welcome.path("read").asBoolean()).isFalse();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        AccountCreated event = accountCreated(ACCOUNT_IDS.incrementAndGet(), "钱七", "13722223333");
        send(event);
        awaitInbox(event.accountId(), 1);

        double ignoredBefore = idempotentConsumer.duplicates("welcome-new-account").count();

        send(event);
        send(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> idempotentConsumer.duplicates("welcome-new-account").count() >= ignoredBefore + 2);

        assertThat(inbox(event.accountId()).path("total").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE source_event_id = ?", Long.class,
                event.eventId().toString())).isEqualTo(1);
    }

    @Test
    void nobodySeesAnotherPersonsNotifications() throws Exception {
        AccountCreated event = accountCreated(ACCOUNT_IDS.incrementAndGet(), "孙八", "13733334444");
        send(event);
        awaitInbox(event.accountId(), 1);
        long notificationId = inbox(event.accountId()).path("items").get(0).path("id").asLong();
        long stranger = ACCOUNT_IDS.incrementAndGet();

        assertThat(inbox(stranger).path("total").asLong()).isZero();
        assertThat(api().post("/api/notifications/" + notificationId + "/read", "", "Authorization",
                TestTokens.bearer(stranger, "STAFF")).status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/" + notificationId + "/read", "", "Authorization",
                TestTokens.bearer(event.accountId(), "STAFF")).status()).isEqualTo(204);
        assertThat(inbox(event.accountId()).path("items").get(0).path("read").asBoolean()).isTrue();
    }

    @Test
    void theInboxNeedsAToken() {
        HttpApi.Response anonymous = api().get("/api/notifications");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aPageSizeOverTheCapIsRefused() {
        HttpApi.Response tooBig = api().get("/api/notifications?size=1000", "Authorization", TestTokens.bearer(1, "STAFF"));

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.code()).isEqualTo("VALIDATION_FAILED");
    }

    private AccountCreated accountCreated(long accountId, String name, String phone) {
        return new AccountCreated(UUID.randomUUID(), Instant.now(), Actor.system(), Long.toString(accountId),
                new OrgCoordinates(1L, 2L, "330100"), accountId, name, phone, Set.of(Role.STAFF));
    }

    /** Sends the event the way org-service's outbox relay does: tag = type, key = event id. */
    private void send(AccountCreated event) throws Exception {
        Message message = new Message(topic, event.eventType(), event.eventId().toString(),
                json.write(event).getBytes(StandardCharsets.UTF_8));
        assertThat(rocketMQ.getProducer().send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }

    private JsonNode awaitInbox(long accountId, int expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox(accountId).path("total").asLong() == expected);
        return inbox(accountId);
    }

    private JsonNode inbox(long accountId) {
        return api().get("/api/notifications", "Authorization", TestTokens.bearer(accountId, "STAFF")).json();
    }

    private HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }
}

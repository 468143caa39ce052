package com.gongxuhui.notify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.IdempotentConsumer;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.notify.NotifyTestSupport;
import com.gongxuhui.org.api.AccountCreated;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * notify-service consumes AccountCreated from the real broker, as org-service's relay sends it, and keeps
 * exactly one welcome per event however often the broker delivers it.
 */
class WelcomeNotificationIT extends NotifyTestSupport {

    @Autowired
    IdempotentConsumer idempotentConsumer;

    @Test
    void aNewAccountFindsAWelcomeInItsInbox() {
        AccountCreated event = account("赵六", "13711112222", 1, Role.STAFF);

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
    void aRedeliveredEventChangesNothing() {
        AccountCreated event = account("钱七", uniquePhone(), 1, Role.STAFF);
        send(event);
        awaitInbox(event.accountId(), 1);

        double ignoredBefore = idempotentConsumer.duplicates("org-events").count();

        send(event);
        send(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> idempotentConsumer.duplicates("org-events").count() >= ignoredBefore + 2);

        assertThat(inbox(event.accountId()).path("total").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE source_event_id = ?", Long.class,
                event.eventId().toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE cause_key = ?", Long.class,
                event.eventId().toString())).isEqualTo(1);
    }

    @Test
    void nobodySeesAnotherPersonsNotificationsAndReadingLowersTheUnreadCount() {
        AccountCreated event = account("孙八", uniquePhone(), 1, Role.STAFF);
        send(event);
        awaitInbox(event.accountId(), 1);
        long notificationId = inbox(event.accountId()).path("items").get(0).path("id").asLong();
        long stranger = nextId();
        String owner = TestTokens.bearer(event.accountId(), "STAFF");
        assertThat(api().get("/api/notifications/unread-count", "Authorization", owner).json().path("unread").asLong())
                .isEqualTo(1);

        assertThat(inbox(stranger).path("total").asLong()).isZero();
        assertThat(api().post("/api/notifications/" + notificationId + "/read", "", "Authorization",
                TestTokens.bearer(stranger, "STAFF")).status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/" + notificationId + "/read", "", "Authorization", owner).status())
                .isEqualTo(204);
        assertThat(inbox(event.accountId()).path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(api().get("/api/notifications/unread-count", "Authorization", owner).json().path("unread").asLong())
                .isZero();
    }

    @Test
    void theInboxNeedsAToken() {
        HttpApi.Response anonymous = api().get("/api/notifications");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void badInboxRequestsAreRefusedWithAProblem() {
        String token = TestTokens.bearer(1, "STAFF");
        HttpApi.Response tooBig = api().get("/api/notifications?size=1000", "Authorization", token);
        HttpApi.Response notAnId = api().post("/api/notifications/abc/read", "", "Authorization", token);

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(notAnId.status()).isEqualTo(400);
    }

    private JsonNode awaitInbox(long accountId, int expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox(accountId).path("total").asLong() == expected);
        return inbox(accountId);
    }

    private JsonNode inbox(long accountId) {
        return api().get("/api/notifications", "Authorization", TestTokens.bearer(accountId, "STAFF")).json();
    }
}

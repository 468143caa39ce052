package com.gongxuhui.org.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.security.SecurityEventRecorded;
import com.gongxuhui.common.test.EveryContextsCounters;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.org.OrgServiceIT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 13: a security event another service recorded comes over the broker, on the security events' topic, into the
 * system administrator's list with the service's name, once however often it is delivered.
 */
class OtherServicesSecurityEventsIT extends OrgServiceIT {

    @Autowired
    RocketMQTemplate rocketMQ;

    @Autowired
    EventJson json;

    @Value("${gxh.events.topic-prefix}")
    String topicPrefix;

    @Test
    void aForeignDemandRefusedByDemandServiceIsListedOnceEvenWhenDeliveredTwice() throws Exception {
        long demand = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        SecurityEventRecorded recorded = SecurityEventRecorded.of(new SecurityEvent(
                Instant.now(), SecurityEvent.Kind.FOREIGN_OBJECT_REFUSED,
                "demand-service", "demand:" + demand, 4242L, "198.51.100.7", "GET /api/demands/" + demand));
        double duplicatesBefore = duplicates();
        String admin = HttpApi.bearer(api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE,
                "password", ADMIN_PASSWORD)).json().path("accessToken").asText());
        String listed = "/api/audit/security-events?kind=FOREIGN_OBJECT_REFUSED&subject=demand:" + demand;

        send(recorded);
        await().atMost(Duration.ofSeconds(60)).until(() -> items(listed, admin).size() == 1);
        send(recorded);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> duplicates() > duplicatesBefore);

        JsonNode items = items(listed, admin);
        assertThat(items).hasSize(1);
        JsonNode event = items.get(0);
        assertThat(event.path("service").asText()).isEqualTo("demand-service");
        assertThat(event.path("accountId").asLong()).isEqualTo(4242L);
        assertThat(event.path("clientAddress").asText()).isEqualTo("198.51.100.7");
        assertThat(event.path("detail").asText()).isEqualTo("GET /api/demands/" + demand);
        // the list shows whole seconds
        assertThat(Instant.parse(event.path("occurredAt").asText())).isCloseTo(recorded.occurredAt(),
                within(1, ChronoUnit.SECONDS));
    }

    /** As demand-service's outbox relay sends it: the security events' topic, tag = event type, key = event id. */
    private void send(SecurityEventRecorded event) throws Exception {
        Message message = new Message(topicPrefix + SecurityEventRecorded.TOPIC, event.eventType(), event.eventId().toString(),
                json.write(event).getBytes(StandardCharsets.UTF_8));
        assertThat(rocketMQ.getProducer().send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }

    /** Duplicates ignored by org-service's consumer of the other services' security events, in whichever context. */
    private static double duplicates() {
        return EveryContextsCounters.count("gxh.events.duplicates", "consumer", "security-events");
    }

    private JsonNode items(String path, String bearer) {
        return api().get(path, "Authorization", bearer).json().path("items");
    }
}

package com.gongxuhui.demand.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.security.ClientAddress;
import com.gongxuhui.common.security.SecurityEventRecorded;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TopicObserver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 13: a broker asking for another institution's demand gets the 404 an unknown id gets, and the refusal is a
 * security event that demand-service's outbox carries (in a transaction of its own) towards org-service's list.
 */
@ServiceIntegrationTest
class ForeignDemandIT extends DemandServiceTestSupport {

    @Value("${rocketmq.name-server}")
    String nameServer;

    @Value("${gxh.events.topic-prefix}")
    String topicPrefix;

    @Autowired
    ObjectMapper json;

    static Institution a;
    static Institution b;

    @BeforeAll
    static void organisations() {
        a = institution("5.00");
        b = institution("5.00");
    }

    @Test
    void anotherInstitutionsDemandAnswers404AndIsRecordedAndSent() throws Exception {
        long demand = submit(a.brokerBearer(), form("6.00")).json().path("id").asLong();
        String address = "203.0.113." + (demand % 250);
        try (TopicObserver observer = new TopicObserver(nameServer, topicPrefix + SecurityEventRecorded.TOPIC)) {
            Response refused = api().get("/api/demands/" + demand, "Authorization", b.brokerBearer(),
                    ClientAddress.HEADER, address);

            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("DEMAND_NOT_FOUND");
            List<Map<String, Object>> rows = outboxRows("demand:" + demand);
            assertThat(rows).hasSize(1);
            JsonNode event = json.readTree((String) rows.get(0).get("payload")).path("event");
            assertThat(event.path("kind").asText()).isEqualTo("FOREIGN_OBJECT_REFUSED");
            assertThat(event.path("service").asText()).isEqualTo("demand-service");
            assertThat(event.path("accountId").asLong()).isEqualTo(b.broker());
            assertThat(event.path("clientAddress").asText()).isEqualTo(address);
            assertThat(event.path("detail").asText()).isEqualTo("GET /api/demands/" + demand);
            String eventId = (String) rows.get(0).get("event_id");
            await().atMost(Duration.ofSeconds(30)).until(() -> observer.countWithKey(eventId) == 1);
        }
    }

    @Test
    void anUnknownDemandIsAPlain404() {
        long unknown = 9_000_000_000L + System.nanoTime() % 1_000_000;

        Response answer = api().get("/api/demands/" + unknown, auth(b.brokerBearer()));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("DEMAND_NOT_FOUND");
        assertThat(outboxRows("demand:" + unknown)).isEmpty();
    }

    @Test
    void theOwnInstitutionSeesItWithoutAnEvent() {
        long demand = submit(a.brokerBearer(), form("6.00")).json().path("id").asLong();

        assertThat(api().get("/api/demands/" + demand, auth(a.admin())).status()).isEqualTo(200);
        assertThat(outboxRows("demand:" + demand)).isEmpty();
    }

    private List<Map<String, Object>> outboxRows(String subject) {
        return jdbc.queryForList("SELECT event_id, payload FROM outbox_event WHERE event_type = 'SecurityEventRecorded' "
                + "AND aggregate_id = ?", subject);
    }
}

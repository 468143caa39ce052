package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.awards;
import static com.gongxuhui.e2e.GatewayCalls.expert;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's demand walk through the gateway: submit → reject → edit → resubmit → approve → follow up → push
 * two experts → open to all → another institution accepts → its broker registers the project → voucher; the
 * trail lists every step and verifies.
 */
class DemandWalkThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void theManualsDemandWalk() throws Exception {
        HttpApi gateway = platform.gateway();
        Institution hangzhou = institution(gateway, "330106");
        Institution lishui = institution(gateway, "331102");
        long expert1 = expert(gateway, hangzhou);
        long expert2 = expert(gateway, hangzhou);

        Map<String, Object> form = new HashMap<>(Map.of("title", "山区茶企需要自动化揉捻设备", "description",
                "丽水茶企希望提升揉捻工序自动化水平。", "type", "TECHNOLOGY", "fieldCode", "ADVANCED_MANUFACTURING",
                "feeRatio", "5.00", "budget", "300000.00"));
        Response submitted = gateway.post("/api/demands", form, auth(hangzhou.brokerBearer()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String demand = "/api/demands/" + submitted.json().path("id").asLong();

        ok(gateway.post(demand + "/review", Map.of("approved", false, "reason", "预算不明确"), auth(hangzhou.admin())));
        form.put("budget", "350000.00");
        ok(gateway.put(demand, form, auth(hangzhou.brokerBearer())));
        ok(gateway.post(demand + "/resubmission", "", auth(hangzhou.brokerBearer())));
        ok(gateway.post(demand + "/review", Map.of("approved", true), auth(hangzhou.admin())));
        assertThat(gateway.post(demand + "/follow-ups", Map.of("type", "VISIT", "happenedAt",
                "2026-11-20T10:00:00+08:00", "content", "走访茶企车间"), auth(hangzhou.brokerBearer())).status())
                .isEqualTo(201);
        Response pushed = gateway.post(demand + "/expert-pushes", Map.of("expertIds", List.of(expert1, expert2)),
                auth(hangzhou.brokerBearer()));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        assertThat(gateway.post(demand + "/publication", Map.of("scope", "ALL", "feeRatePercent", "6.00"),
                auth(hangzhou.admin())).status()).isEqualTo(201);
        assertThat(ok(gateway.get("/api/demand-pool?size=100", auth(lishui.admin()))).path("items")
                .findValuesAsText("title")).contains("山区茶企需要自动化揉捻设备");
        ok(gateway.post(demand + "/acceptance", Map.of("commitmentSigned", true), auth(lishui.admin())));
        ok(gateway.put(demand + "/handler", Map.of("handlerId", lishui.broker()), auth(lishui.admin())));
        Response project = gateway.post(demand + "/project", Map.of("name", "茶叶揉捻自动化改造", "category", "SERVICE",
                "contractAmount", "320000.00", "signedOn", "2026-11-25", "leader", "林教授",
                "undertakingUnit", "浙江农林大学"), auth(lishui.brokerBearer()));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        assertThat(project.json().path("feeDue").decimalValue()).isEqualByComparingTo("19200.00");
        JsonNode voucher = gateway.post(demand + "/project/vouchers", Map.of("amount", "19200.00", "paidOn",
                "2026-11-26"), auth(lishui.brokerBearer())).json();
        assertThat(voucher.path("feePaid").decimalValue()).isEqualByComparingTo("19200.00");

        JsonNode trail = ok(gateway.get(demand + "/trail", auth(lishui.brokerBearer())));
        assertThat(trail.path("verified").asBoolean()).isTrue();
        assertThat(trail.path("steps").findValuesAsText("action")).containsExactly("SUBMITTED", "REJECTED", "EDITED",
                "RESUBMITTED", "APPROVED", "FOLLOWED_UP", "PUSHED_TO_EXPERT", "PUSHED_TO_EXPERT", "PUBLISHED",
                "ACCEPTED", "REASSIGNED", "PROJECT_REGISTERED", "FEE_VOUCHER_ADDED");

        // the walk's contribution points and notifications, exactly (score- and notify-service, from the events)
        Map<String, List<String>> expectedPoints = Map.of(
                hangzhou.brokerBearer(), List.of("DEMAND_APPROVED:2", "DEMAND_PUSHED_TO_EXPERT:1", "DEMAND_PUSHED_TO_EXPERT:1"),
                lishui.brokerBearer(), List.of("DEMAND_COMPLETED:5"),
                hangzhou.admin(), List.of(),
                lishui.admin(), List.of());
        Map<String, List<String>> expectedInbox = Map.of(
                hangzhou.brokerBearer(), List.of("DEMAND_APPROVED", "DEMAND_REJECTED", "WELCOME"),
                hangzhou.admin(), List.of("DEMAND_ACCEPTED", "DEMAND_SUBMITTED", "DEMAND_SUBMITTED", "WELCOME"),
                lishui.admin(), List.of("DEMAND_ACCEPTED", "DEMAND_COMPLETED", "DEMAND_PUBLISHED", "WELCOME"),
                lishui.brokerBearer(), List.of("DEMAND_COMPLETED", "DEMAND_REASSIGNED", "WELCOME"));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            expectedPoints.forEach((bearer, points) -> assertThat(points(gateway, bearer)).isEqualTo(points));
            expectedInbox.forEach((bearer, kinds) -> assertThat(inbox(gateway, bearer)).isEqualTo(kinds));
        });

        // every event of the walk delivered once more, as a broker may: nothing changes
        double scoreDuplicates = duplicates(platform.score(), hangzhou.admin());
        double notifyDuplicates = duplicates(platform.notifyService(), hangzhou.admin());
        int redelivered = redeliverWalkEvents(submitted.json().path("id").asLong());
        assertThat(redelivered).as("submitted, rejected, resubmitted, approved, followed up, pushed twice, published, "
                + "accepted, reassigned, completed").isEqualTo(11);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() ->
                duplicates(platform.score(), hangzhou.admin()) > scoreDuplicates
                        && duplicates(platform.notifyService(), hangzhou.admin()) > notifyDuplicates);
        Thread.sleep(3000);
        expectedPoints.forEach((bearer, points) -> assertThat(points(gateway, bearer)).isEqualTo(points));
        expectedInbox.forEach((bearer, kinds) -> assertThat(inbox(gateway, bearer)).isEqualTo(kinds));
    }

    /** The caller's ledger as "RULE:points", sorted. */
    private static List<String> points(HttpApi gateway, String bearer) {
        return awards(ok(gateway.get("/api/points/ledger?size=100", auth(bearer))));
    }

    /** The kinds of the caller's in-app notifications, sorted. */
    private static List<String> inbox(HttpApi gateway, String bearer) {
        JsonNode items = ok(gateway.get("/api/notifications?size=100", auth(bearer))).path("items");
        return StreamSupport.stream(items.spliterator(), false).map(n -> n.path("kind").asText()).sorted().toList();
    }

    /** How many events a service's consumers recognised as already handled (the gxh.events.duplicates counter). */
    private static double duplicates(HttpApi service, String bearer) {
        Response metrics = service.get("/actuator/prometheus", auth(bearer));
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith("gxh_events_duplicates_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Sends every event demand-service published for the demand again, exactly as its outbox relay did. */
    private static int redeliverWalkEvents(long demandId) throws Exception {
        DefaultMQProducer producer = new DefaultMQProducer("e2e-redelivery-" + UUID.randomUUID());
        producer.setNamesrvAddr(System.getenv().getOrDefault("GXH_NAMESRV", "127.0.0.1:9876"));
        producer.start();
        int sent = 0;
        try (Connection db = DriverManager.getConnection(TestSchemas.jdbcUrl("demand_db"), "root", "");
                PreparedStatement query = db.prepareStatement("SELECT event_id, topic, event_type, payload "
                        + "FROM outbox_event WHERE aggregate_id = ? ORDER BY id")) {
            query.setString(1, Long.toString(demandId));
            try (ResultSet events = query.executeQuery()) {
                while (events.next()) {
                    Message message = new Message(events.getString("topic"), events.getString("event_type"),
                            events.getString("event_id"), events.getString("payload").getBytes(StandardCharsets.UTF_8));
                    message.putUserProperty("eventId", events.getString("event_id"));
                    assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
                    sent++;
                }
            }
        } finally {
            producer.shutdown();
        }
        return sent;
    }
}

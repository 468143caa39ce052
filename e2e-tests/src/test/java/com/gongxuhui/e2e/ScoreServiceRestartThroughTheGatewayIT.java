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
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * score-service stopped in the middle of a demand walk and started again: the events that earn points while it
 * is down (approval, a visit, two pushes, acceptance, the project) wait on the broker, and afterwards the ledger
 * and the monitoring views through the gateway hold exactly the walk's points, each once.
 */
class ScoreServiceRestartThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void stoppingScoreServiceMidWalkAndStartingItAgainLosesNothing() throws Exception {
        HttpApi gateway = platform.gateway();
        Institution hangzhou = institution(gateway, "330106");
        Institution lishui = institution(gateway, "331102");
        long expert1 = expert(gateway, hangzhou);
        long expert2 = expert(gateway, hangzhou);
        Response submitted = gateway.post("/api/demands", Map.of("title", "竹制品企业需要自动分拣线", "description",
                "安吉竹制品企业希望实现竹片自动分拣。", "type", "TECHNOLOGY", "fieldCode", "ADVANCED_MANUFACTURING",
                "feeRatio", "5.00", "budget", "200000.00"), auth(hangzhou.brokerBearer()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long demandId = submitted.json().path("id").asLong();
        String demand = "/api/demands/" + demandId;

        // score-service is consuming this walk before the stop: it has counted the new staff and experts
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(institutionFigures(gateway, hangzhou)).containsAllEntriesOf(Map.of("experts", 2L, "staff", 1L));
            assertThat(institutionFigures(gateway, lishui)).containsAllEntriesOf(Map.of("staff", 1L));
        });

        platform.whileScoreServiceIsDown(() -> {
            Response unavailable = gateway.get("/api/points/ledger", auth(hangzhou.brokerBearer()));
            assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(503);
            assertThat(unavailable.code()).isEqualTo("SERVICE_UNAVAILABLE");

            ok(gateway.post(demand + "/review", Map.of("approved", true), auth(hangzhou.admin())));
            assertThat(gateway.post(demand + "/follow-ups", Map.of("type", "VISIT", "happenedAt",
                    "2026-11-20T10:00:00+08:00", "content", "走访竹制品车间"), auth(hangzhou.brokerBearer())).status())
                    .isEqualTo(201);
            Response pushed = gateway.post(demand + "/expert-pushes", Map.of("expertIds", List.of(expert1, expert2)),
                    auth(hangzhou.brokerBearer()));
            assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
            assertThat(gateway.post(demand + "/publication", Map.of("scope", "ALL", "feeRatePercent", "6.00"),
                    auth(hangzhou.admin())).status()).isEqualTo(201);
            ok(gateway.post(demand + "/acceptance", Map.of("commitmentSigned", true), auth(lishui.admin())));
            ok(gateway.put(demand + "/handler", Map.of("handlerId", lishui.broker()), auth(lishui.admin())));
            Response project = gateway.post(demand + "/project", Map.of("name", "竹片自动分拣线", "category", "SERVICE",
                    "contractAmount", "180000.00", "signedOn", "2026-11-25", "leader", "周教授",
                    "undertakingUnit", "浙江农林大学"), auth(lishui.brokerBearer()));
            assertThat(project.status()).as(project.body()).isEqualTo(201);
        });

        Map<Institution, List<String>> expectedLedgers = Map.of(
                hangzhou, List.of("DEMAND_APPROVED:2", "DEMAND_PUSHED_TO_EXPERT:1", "DEMAND_PUSHED_TO_EXPERT:1"),
                lishui, List.of("DEMAND_COMPLETED:5"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                expectedLedgers.forEach((institution, rows) ->
                        assertThat(awards(ledger(gateway, institution))).isEqualTo(rows)));
        // given time to double anything, it still holds each award once, all from this walk's demand
        Thread.sleep(5000);
        for (Institution institution : List.of(hangzhou, lishui)) {
            JsonNode ledger = ledger(gateway, institution);
            assertThat(awards(ledger)).isEqualTo(expectedLedgers.get(institution));
            assertThat(ledger.path("total").asLong()).isEqualTo(expectedLedgers.get(institution).size());
            assertThat(ledger.path("items").findValuesAsText("sourceEventId")).doesNotHaveDuplicates();
            assertThat(ledger.path("items").findValuesAsText("demandId")).containsOnly(Long.toString(demandId));
        }

        // the monitoring views agree with the ledger: the same points, and the walk's other counts
        assertThat(staffFigures(gateway, hangzhou)).isEqualTo(Map.of("points", 4L, "projects", 0L,
                "demandsMined", 1L, "enterprisesVisited", 1L));
        assertThat(staffFigures(gateway, lishui)).isEqualTo(Map.of("points", 5L, "projects", 1L,
                "demandsMined", 0L, "enterprisesVisited", 0L));
        assertThat(institutionFigures(gateway, hangzhou)).isEqualTo(Map.of("experts", 2L, "staff", 1L,
                "demandsDocked", 1L, "deals", 0L, "points", 4L));
        assertThat(institutionFigures(gateway, lishui)).isEqualTo(Map.of("experts", 0L, "staff", 1L,
                "demandsDocked", 1L, "deals", 1L, "points", 5L));
    }

    /** The institution's broker's ledger as his institution's administrator reads it. */
    private static JsonNode ledger(HttpApi gateway, Institution institution) {
        return ok(gateway.get("/api/points/ledger?size=100&staffId=" + institution.broker(), auth(institution.admin())));
    }

    /** The institution's broker in 技转人员监测, as the institution's administrator sees it. */
    private static Map<String, Long> staffFigures(HttpApi gateway, Institution institution) {
        JsonNode row = onlyRow(ok(gateway.get("/api/performance/staff", auth(institution.admin()))), "staffId",
                institution.broker());
        return figures(row, "points", "projects", "demandsMined", "enterprisesVisited");
    }

    /** The institution in 技转机构监测, as its administrator sees it. */
    private static Map<String, Long> institutionFigures(HttpApi gateway, Institution institution) {
        JsonNode row = onlyRow(ok(gateway.get("/api/performance/institutions", auth(institution.admin()))),
                "institutionId", institution.id());
        return figures(row, "experts", "staff", "demandsDocked", "deals", "points");
    }

    /** An administrator's views hold his own institution alone: the one row, which must be the expected one. */
    private static JsonNode onlyRow(JsonNode page, String idField, long id) {
        assertThat(page.path("items").findValuesAsText(idField)).containsExactly(Long.toString(id));
        return page.path("items").get(0);
    }

    private static Map<String, Long> figures(JsonNode row, String... columns) {
        return Arrays.stream(columns).collect(Collectors.toMap(column -> column, column -> row.path(column).asLong()));
    }
}

package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import com.gongxuhui.e2e.GatewayCalls.Member;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Those who oversee demands without working them, through the gateway: a science bureau's manager reads the demands
 * of his region (province, city, county) and no others, and acts on none; a centre administrator hands his centre's
 * demands to its brokers, and only to them.
 */
class DemandOversightThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void eachBureauManagerReadsTheDemandsOfHisRegionOnlyAndActsOnNone() {
        HttpApi gateway = platform.gateway();
        String keyword = "R" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        Map<String, Long> byCounty = new LinkedHashMap<>();
        for (String county : List.of("330106", "330127", "331102")) {
            Institution institution = institution(gateway, county);
            long id = ok(gateway.post("/api/demands", Map.of("title", "区域需求 " + keyword + " " + county,
                    "description", "茶企希望提升揉捻工序自动化水平。", "type", "TECHNOLOGY", "fieldCode",
                    "ADVANCED_MANUFACTURING", "feeRatio", "5.00"), auth(institution.brokerBearer()))).path("id").asLong();
            ok(gateway.post("/api/demands/" + id + "/review", Map.of("approved", true), auth(institution.admin())));
            byCounty.put(county, id);
        }
        String sysAdmin = GatewayCalls.login(gateway, "13800000000", "Admin@123456");
        Map<String, Set<String>> regionOf = Map.of(
                GatewayCalls.govManager(gateway, sysAdmin, "PROVINCE", "330000"), Set.of("330106", "330127", "331102"),
                GatewayCalls.govManager(gateway, sysAdmin, "CITY", "330100"), Set.of("330106", "330127"),
                GatewayCalls.govManager(gateway, sysAdmin, "COUNTY", "330127"), Set.of("330127"));

        regionOf.forEach((manager, counties) -> {
            Set<Long> expected = new HashSet<>();
            counties.forEach(county -> expected.add(byCounty.get(county)));
            JsonNode list = ok(gateway.get("/api/demands?size=100&keyword=" + keyword, auth(manager)));
            Set<Long> listed = new HashSet<>();
            list.path("items").forEach(item -> listed.add(item.path("id").asLong()));
            assertThat(listed).as("listed for a manager of %s", counties).isEqualTo(expected);
            assertThat(list.path("total").asLong()).isEqualTo(expected.size());

            byCounty.forEach((county, id) -> {
                String demand = "/api/demands/" + id;
                int shown = counties.contains(county) ? 200 : 404;
                assertThat(gateway.get(demand, auth(manager)).status()).as(county + " for " + counties).isEqualTo(shown);
                assertThat(gateway.get(demand + "/trail", auth(manager)).status()).isEqualTo(shown);
                // refused for his role before the demand is looked up, in his region or not
                assertThat(gateway.post(demand + "/closure", Map.of("reason", "督查"), auth(manager)).status())
                        .as("a bureau reads, it does not act").isEqualTo(403);
                assertThat(gateway.post(demand + "/follow-ups", Map.of("type", "PHONE", "happenedAt",
                        "2026-11-20T10:00:00+08:00", "content", "电话"), auth(manager)).status()).isEqualTo(403);
            });
        });
        byCounty.values().forEach(id -> assertThat(ok(gateway.get("/api/demands/" + id, auth(sysAdmin))).path("demand")
                .path("status").asText()).as("no manager's refused call changed it").isEqualTo("DOCKING"));
    }

    @Test
    void aCentreAdministratorHandsHisCentresDemandsToItsBrokersOnly() {
        HttpApi gateway = platform.gateway();
        Institution institution = institution(gateway, "330106");
        Member centreAdmin = GatewayCalls.staff(gateway, institution.id(), institution.admin(), true);
        Member colleague = GatewayCalls.staff(gateway, institution.id(), institution.admin(), false);
        long branch = ok(gateway.post("/api/institutions/" + institution.id() + "/centres", Map.of("name", "淳安分中心",
                "regionCode", "330127"), auth(institution.admin()))).path("id").asLong();
        Member branchBroker = GatewayCalls.staff(gateway, institution.id(), institution.admin(), branch, false);
        Member branchAdmin = GatewayCalls.staff(gateway, institution.id(), institution.admin(), branch, true);
        long id = ok(gateway.post("/api/demands", Map.of("title", "印染废水处理", "description", "印染企业希望降低废水处理成本。",
                "type", "TECHNOLOGY", "fieldCode", "RESOURCES_ENVIRONMENT", "feeRatio", "5.00"),
                auth(institution.brokerBearer()))).path("id").asLong();
        String demand = "/api/demands/" + id;
        ok(gateway.post(demand + "/review", Map.of("approved", true), auth(institution.admin())));

        assertThat(ok(gateway.get(demand, auth(centreAdmin.bearer()))).path("availableActions").toString())
                .contains("REASSIGN");
        assertThat(gateway.put(demand + "/handler", Map.of("handlerId", branchBroker.id()), auth(centreAdmin.bearer()))
                .code()).as("a broker of another centre").isEqualTo("HANDLER_NOT_ELIGIBLE");
        assertThat(gateway.get(demand, auth(branchAdmin.bearer())).status()).as("another centre's administrator")
                .isEqualTo(404);
        assertThat(gateway.put(demand + "/handler", Map.of("handlerId", branchBroker.id()), auth(branchAdmin.bearer()))
                .status()).isEqualTo(404);
        assertThat(gateway.put(demand + "/handler", Map.of("handlerId", colleague.id()), auth(institution.brokerBearer()))
                .status()).as("its broker, who is no administrator").isEqualTo(403);

        JsonNode handed = ok(gateway.put(demand + "/handler", Map.of("handlerId", colleague.id()),
                auth(centreAdmin.bearer())));

        assertThat(handed.path("handlerId").asLong()).isEqualTo(colleague.id());
        assertThat(ok(gateway.get(demand, auth(colleague.bearer()))).path("availableActions").toString())
                .contains("FOLLOW_UP");
        JsonNode steps = ok(gateway.get(demand + "/trail", auth(institution.admin()))).path("steps");
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("REASSIGNED");
        assertThat(last.path("actorId").asLong()).isEqualTo(centreAdmin.id());
        assertThat(last.path("after").path("handlerId").asLong()).isEqualTo(colleague.id());
    }
}

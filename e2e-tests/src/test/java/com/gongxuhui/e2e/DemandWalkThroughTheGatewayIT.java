package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static com.gongxuhui.e2e.GatewayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void theManualsDemandWalk() {
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
    }

    private static long expert(HttpApi gateway, Institution institution) {
        return ok(gateway.post("/api/experts", Map.of("name", "专家", "phone", phone(), "organisation", "浙江农林大学",
                "title", "教授", "fields", List.of("ADVANCED_MANUFACTURING")), auth(institution.admin()))).path("id")
                .asLong();
    }
}

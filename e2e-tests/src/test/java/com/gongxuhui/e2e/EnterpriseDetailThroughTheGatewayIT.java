package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's detail page (enterprise-service) shows its demands and the visits to it, which demand-service
 * answers for the same signed-in user: nothing of another institution's work.
 */
class EnterpriseDetailThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void theDetailShowsTheEnterprisesDemandsAndVisitsWithinTheCallersScope() {
        HttpApi gateway = platform.gateway();
        Institution quzhou = institution(gateway, "330802");
        Institution other = institution(gateway, "330106");
        long enterprise = ok(gateway.post("/api/enterprises", Map.of("name", "衢州走查机械有限公司" + System.nanoTime(),
                "uscc", UnifiedSocialCreditCode.random("91330802"), "regionCode", "330802"), auth(quzhou.brokerBearer())))
                .path("id").asLong();
        long demand = ok(gateway.post("/api/demands", Map.of("title", "机械企业寻求数控改造", "description", "老旧机床数控化。",
                "type", "TECHNOLOGY", "fieldCode", "ADVANCED_MANUFACTURING", "feeRatio", "5.00", "enterpriseId", enterprise),
                auth(quzhou.brokerBearer()))).path("id").asLong();
        ok(gateway.post("/api/demands/" + demand + "/review", Map.of("approved", true), auth(quzhou.admin())));
        ok(gateway.post("/api/demands/" + demand + "/follow-ups", Map.of("type", "VISIT",
                "happenedAt", "2026-11-25T09:30:00+08:00", "content", "走访机加工车间"), auth(quzhou.brokerBearer())));

        JsonNode detail = ok(gateway.get("/api/enterprises/" + enterprise, auth(quzhou.admin())));

        assertThat(detail.path("activity").path("demands").findValuesAsText("title")).containsExactly("机械企业寻求数控改造");
        assertThat(detail.path("activity").path("visits").findValuesAsText("content")).containsExactly("走访机加工车间");
        assertThat(gateway.get("/api/enterprises/" + enterprise, auth(other.admin())).status()).isEqualTo(404);
    }
}

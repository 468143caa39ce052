package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security events as the system administrator reads them through the gateway: a failed login (org-service's own) and
 * another institution's broker reaching for a demand (demand-service's, carried by the broker) are both listed and
 * found by kind and subject, with the client's address; nobody else may read them.
 */
class SecurityEventsThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void theSystemAdministratorFindsAFailedLoginAndAnotherInstitutionsReachForADemand() {
        HttpApi gateway = platform.gateway();
        Institution hangzhou = institution(gateway, "330106");
        Institution lishui = institution(gateway, "331102");
        String phone = ok(gateway.get("/api/auth/me", auth(hangzhou.brokerBearer()))).path("phone").asText();
        long demand = ok(gateway.post("/api/demands", Map.of("title", "印染废水处理", "description", "印染企业希望降低废水处理成本。",
                "type", "TECHNOLOGY", "fieldCode", "RESOURCES_ENVIRONMENT", "feeRatio", "5.00"),
                auth(hangzhou.brokerBearer()))).path("id").asLong();

        assertThat(gateway.post("/api/auth/login", Map.of("phone", phone, "password", "Wrong-Passw0rd")).status())
                .isEqualTo(401);
        assertThat(gateway.get("/api/demands/" + demand, auth(lishui.brokerBearer())).status()).isEqualTo(404);

        String sysAdmin = GatewayCalls.login(gateway, "13800000000", "Admin@123456");
        JsonNode failed = ok(gateway.get("/api/audit/security-events?kind=LOGIN_FAILED&subject=" + phone,
                auth(sysAdmin))).path("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("service").asText()).isEqualTo("org-service");
        assertThat(failed.get(0).path("clientAddress").asText()).isNotBlank();
        String refusals = "/api/audit/security-events?kind=FOREIGN_OBJECT_REFUSED&subject=demand:" + demand;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                ok(gateway.get(refusals, auth(sysAdmin))).path("items").size() == 1);
        JsonNode refused = ok(gateway.get(refusals, auth(sysAdmin))).path("items").get(0);
        assertThat(refused.path("service").asText()).isEqualTo("demand-service");
        assertThat(refused.path("accountId").asLong()).isEqualTo(lishui.broker());

        for (String other : new String[] {hangzhou.admin(), lishui.brokerBearer()}) {
            assertThat(gateway.get("/api/audit/security-events", auth(other)).status()).isEqualTo(403);
        }
        assertThat(gateway.get("/api/audit/security-events").status()).isEqualTo(401);
    }
}

package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A municipal platform's demand end to end: signed by the platform as docs/open-api.md says, checked by the
 * gateway, stored by demand-service in the pool, claimed (揭榜) by an institution, and followed by the platform.
 */
class PlatformDemandThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void aSignedPlatformDemandIsClaimedByAnInstitutionAndFollowedByThePlatform() throws Exception {
        HttpApi gateway = platform.gateway();
        Institution hangzhou = institution(gateway, "330106");
        String body = new ObjectMapper().writeValueAsString(Map.of("externalId", "HZ-" + UUID.randomUUID(),
                "title", "萧山企业寻求纺织废水回用技术", "description", "希望废水回用率达到 70%。", "type", "TECHNOLOGY",
                "fieldCode", "RESOURCES_ENVIRONMENT", "enterprise", Map.of("name", "杭州萧山测试纺织有限公司",
                        "uscc", UnifiedSocialCreditCode.random("91330109"), "contactName", "陈经理",
                        "contactPhone", "13700000002")));

        String[] signed = signed("POST", "/open/demands", body);
        Response submitted = gateway.send("POST", "/open/demands", "application/json", body, signed);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().path("id").asLong();
        assertThat(submitted.json().path("status").asText()).isEqualTo("IN_POOL");
        assertThat(gateway.send("POST", "/open/demands", "application/json", body, signed).status())
                .as("the same signed request again is a replay").isEqualTo(401);
        assertThat(gateway.send("POST", "/open/demands", "application/json", body, auth(hangzhou.admin())).status())
                .as("a user token is no signature").isEqualTo(401);

        JsonNode claimed = ok(gateway.post("/api/demands/" + id + "/claim", Map.of("commitmentSigned", true),
                auth(hangzhou.admin())));
        assertThat(claimed.path("status").asText()).isEqualTo("DOCKING");

        Response followed = gateway.get("/open/demands/" + id, signed("GET", "/open/demands/" + id, ""));
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().path("status").asText()).isEqualTo("DOCKING");
        assertThat(followed.json().path("institutionId").asLong()).isEqualTo(hangzhou.id());
    }

    private static String[] signed(String method, String pathAndQuery, String body) {
        return GatewayCalls.signedOpenApi(GatewayPlatform.OPEN_API_APP_KEY, GatewayPlatform.OPEN_API_SECRET, method,
                pathAndQuery, body);
    }
}

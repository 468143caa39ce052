package com.gongxuhui.e2e;

import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One entry for the province (manual 三、平台登录) through the gateway, which lets the portal's ticket in without a
 * token: 浙江网上技术市场 (WireMock) vouches for the broker's mobile and he is signed in; a mobile without an account,
 * and a ticket the portal does not know, get clear problems.
 */
class PortalEntryThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void aPortalUserEntersAsTheAccountWithHisMobile() {
        HttpApi gateway = platform.gateway();
        Institution institution = institution(gateway, "330106");
        String phone = ok(gateway.get("/api/auth/me", auth(institution.brokerBearer()))).path("phone").asText();

        Response entered = gateway.post("/api/auth/portal", Map.of("ticket",
                GatewayCalls.stubPortalTicket(platform.portal(), phone)));

        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        String bearer = HttpApi.bearer(entered.json().path("accessToken").asText());
        assertThat(ok(gateway.get("/api/auth/me", auth(bearer))).path("id").asLong()).isEqualTo(institution.broker());
        assertThat(gateway.get("/api/demands", auth(bearer)).status()).as("a broker's own pages").isEqualTo(200);
    }

    @Test
    void aMobileWithoutAnAccountAndAnUnknownTicketGetClearProblems() {
        HttpApi gateway = platform.gateway();

        Response stranger = gateway.post("/api/auth/portal", Map.of("ticket",
                GatewayCalls.stubPortalTicket(platform.portal(), "13700000002")));
        Response unknown = gateway.post("/api/auth/portal", Map.of("ticket", "ST-never-issued"));

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("PORTAL_ACCOUNT_NOT_FOUND");
        assertThat(stranger.header("Content-Type")).startsWith("application/problem+json");
        // WireMock answers a ticket it was not told about with 404: the portal failing, not refusing the ticket
        assertThat(unknown.status()).isEqualTo(503);
        assertThat(unknown.code()).isEqualTo("PORTAL_UNAVAILABLE");
    }
}

package com.gongxuhui.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.institution;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The province's DingTalk organisation (manual 一.2) through the gateway: an institution's new broker and its
 * administrator are invited with DingTalk's contact API (WireMock) and shown joined once DingTalk says they activated;
 * only their own institution's administrator sees and re-sends the invitation.
 */
class DingTalkInvitationThroughTheGatewayIT {

    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void aNewBrokerIsInvitedAndShownJoinedToHisAdministrator() {
        HttpApi gateway = platform.gateway();
        Institution institution = institution(gateway, "330106");
        JsonNode broker = ok(gateway.get("/api/auth/me", auth(institution.brokerBearer())));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                "JOINED".equals(member(gateway, institution, broker.path("id").asLong()).path("dingtalk").path("status").asText()));

        JsonNode invitation = member(gateway, institution, broker.path("id").asLong()).path("dingtalk");
        assertThat(invitation.path("invitedAt").asText()).isNotEmpty();
        assertThat(invitation.path("joinedAt").asText()).isNotEmpty();
        platform.dingTalk().verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create"))
                .withRequestBody(equalToJson("{\"mobile\":\"" + broker.path("phone").asText() + "\",\"name\":\"经纪人\"}",
                        true, true)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                "JOINED".equals(ok(gateway.get("/api/institutions/" + institution.id() + "/administrator",
                        auth(institution.admin()))).path("dingtalk").path("status").asText()));
    }

    @Test
    void anotherInstitutionsAdministratorNeitherSeesNorResendsTheInvitation() {
        HttpApi gateway = platform.gateway();
        Institution institution = institution(gateway, "330106");
        Institution other = institution(gateway, "330106");
        long broker = institution.broker();

        Response seen = gateway.get("/api/institutions/" + institution.id() + "/staff/" + broker, auth(other.admin()));
        Response resent = gateway.post("/api/institutions/" + institution.id() + "/staff/" + broker
                + "/dingtalk-invitation", Map.of(), auth(other.admin()));
        Response ownResend = gateway.post("/api/institutions/" + institution.id() + "/staff/" + broker
                + "/dingtalk-invitation", Map.of(), auth(institution.admin()));

        assertThat(seen.status()).isIn(403, 404);
        assertThat(resent.status()).isIn(403, 404);
        assertThat(ownResend.status()).as(ownResend.body()).isEqualTo(200);
        assertThat(ownResend.json().path("status").asText()).isIn("INVITED", "JOINED");
    }

    private static JsonNode member(HttpApi gateway, Institution institution, long staffId) {
        return ok(gateway.get("/api/institutions/" + institution.id() + "/staff/" + staffId, auth(institution.admin())));
    }
}

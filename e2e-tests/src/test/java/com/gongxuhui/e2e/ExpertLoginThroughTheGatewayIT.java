package com.gongxuhui.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An expert's first steps in the mini-program, every call through the gateway: his institution adds him, he logs
 * in with one tap (WireMock plays WeChat: login code, phone code, access token; org-service issues his tokens),
 * then reads and edits his information and subscribes as EXPERT. Someone WeChat vouches for with an unknown
 * phone is told the account does not exist.
 */
class ExpertLoginThroughTheGatewayIT {

    private static final String PASSWORD = "Passw0rd!x";
    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void anExpertLogsInThroughTheGatewayAndWorksAsExpert() {
        HttpApi gateway = platform.gateway();
        String admin = institutionAdmin(gateway);
        String phone = phone();
        Response added = gateway.post("/api/experts", Map.of("name", "网关专家", "phone", phone, "organisation", "浙江大学",
                "title", "教授", "fields", List.of("NEW_MATERIALS")), auth(admin));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long expertId = added.json().path("id").asLong();

        Map<String, String> form = GatewayCalls.stubWeChatLogin(platform.weChat(), phone);
        Response login = gateway.post("/api/expert-portal/login", form);

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String expert = HttpApi.bearer(login.json().path("accessToken").asText());
        JsonNode me = ok(gateway.get("/api/expert-portal/me", auth(expert)));
        assertThat(me.path("id").asLong()).isEqualTo(expertId);
        assertThat(me.path("phone").asText()).isEqualTo(phone);
        assertThat(ok(gateway.get("/api/auth/me", auth(expert))).path("roles").toString()).isEqualTo("[\"EXPERT\"]");
        assertThat(ok(gateway.put("/api/expert-portal/me", Map.of("title", "研究员", "fields", List.of("NEW_ENERGY")),
                auth(expert))).path("title").asText()).isEqualTo("研究员");
        assertThat(ok(gateway.put("/api/expert-portal/subscriptions", Map.of("fieldCodes", List.of("NEW_ENERGY")),
                auth(expert))).path("fieldCodes").toString()).isEqualTo("[\"NEW_ENERGY\"]");
        assertThat(gateway.get("/api/experts/" + expertId, auth(expert)).status())
                .as("the institution's view of experts is not an expert's").isEqualTo(403);
        WireMockServer weChat = platform.weChat();
        weChat.verify(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("appid", equalTo(GatewayPlatform.WECHAT_APP_ID))
                .withQueryParam("js_code", equalTo(form.get("code"))));
        weChat.verify(postRequestedFor(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withQueryParam("access_token", equalTo(GatewayCalls.WECHAT_ACCESS_TOKEN))
                .withRequestBody(equalToJson("{\"code\":\"" + form.get("phoneCode") + "\"}")));
    }

    @Test
    void somebodyWhosePhoneNoInstitutionEnteredIsToldTheAccountDoesNotExist() {
        Response login = platform.gateway().post("/api/expert-portal/login", GatewayCalls.stubWeChatLogin(platform.weChat(), phone()));

        assertThat(login.status()).isEqualTo(404);
        assertThat(login.code()).isEqualTo("EXPERT_NOT_FOUND");
        assertThat(login.json().path("detail").asText()).isEqualTo("账号不存在，请联系法人机构管理员");
    }

    private static String institutionAdmin(HttpApi gateway) {
        String sysAdmin = login(gateway, "13800000000", "Admin@123456");
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "专家登录机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", "330106", "minFeeRatio", "5.00"));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        ok(gateway.post("/api/institutions", request, auth(sysAdmin)));
        return login(gateway, adminPhone, PASSWORD);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static String login(HttpApi gateway, String phone, String password) {
        return HttpApi.bearer(ok(gateway.post("/api/auth/login", Map.of("phone", phone, "password", password)))
                .path("accessToken").asText());
    }

    private static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }
}

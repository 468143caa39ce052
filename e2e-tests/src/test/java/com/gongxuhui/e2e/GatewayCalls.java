package com.gongxuhui.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.gongxuhui.common.security.OpenApiSignature;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** What the end-to-end tests do through the gateway again and again: sign in, set up an institution, check answers. */
final class GatewayCalls {

    static final String PASSWORD = "Passw0rd!x";
    /** The access token WireMock, as WeChat, hands expert-service. */
    static final String WECHAT_ACCESS_TOKEN = "e2e-mini-access-token";

    /** An institution with its administrator and one broker of its head office, signed in. */
    record Institution(long id, String admin, long broker, String brokerBearer) {
    }

    /** A signed-in account. */
    record Member(long id, String bearer) {
    }

    private GatewayCalls() {
    }

    static Institution institution(HttpApi gateway, String region) {
        String sysAdmin = login(gateway, "13800000000", "Admin@123456");
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "走查机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", region, "minFeeRatio", "5.00"));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        long id = ok(gateway.post("/api/institutions", request, auth(sysAdmin))).path("id").asLong();
        String admin = login(gateway, adminPhone, PASSWORD);
        Member broker = staff(gateway, id, admin, false);
        return new Institution(id, admin, broker.id(), broker.bearer());
    }

    /** A staff member of the institution's head office (its centre administrator if so said), signed in. */
    static Member staff(HttpApi gateway, long institution, String admin, boolean centreAdmin) {
        long headOffice = ok(gateway.get("/api/institutions/" + institution + "/centres", auth(admin))).get(0)
                .path("id").asLong();
        return staff(gateway, institution, admin, headOffice, centreAdmin);
    }

    /** A staff member of this centre of the institution (its centre administrator if so said), signed in. */
    static Member staff(HttpApi gateway, long institution, String admin, long centre, boolean centreAdmin) {
        String phone = phone();
        long id = ok(gateway.post("/api/institutions/" + institution + "/staff", Map.of("phone", phone, "password",
                PASSWORD, "centreId", centre, "name", "经纪人", "centreAdmin", centreAdmin), auth(admin)))
                .path("id").asLong();
        return new Member(id, login(gateway, phone, PASSWORD));
    }

    /** A science bureau's manager of this level and region, added by the system administrator, signed in. */
    static String govManager(HttpApi gateway, String sysAdmin, String level, String region) {
        String phone = phone();
        ok(gateway.post("/api/gov-managers", Map.of("name", "科技局" + level, "phone", phone, "password", PASSWORD,
                "level", level, "regionCode", region), auth(sysAdmin)));
        return login(gateway, phone, PASSWORD);
    }

    /** An expert in advanced manufacturing, added by the institution's administrator. */
    static long expert(HttpApi gateway, Institution institution) {
        return ok(gateway.post("/api/experts", Map.of("name", "专家", "phone", phone(), "organisation", "浙江农林大学",
                "title", "教授", "fields", List.of("ADVANCED_MANUFACTURING")), auth(institution.admin()))).path("id")
                .asLong();
    }

    /** WeChat's answers for one login of {@code phone}; returns the mini-program's login body. */
    static Map<String, String> stubWeChatLogin(WireMockServer weChat, String phone) {
        String code = "code-" + UUID.randomUUID();
        String phoneCode = "phone-" + UUID.randomUUID();
        weChat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("grant_type", equalTo("client_credential"))
                .withQueryParam("appid", equalTo(GatewayPlatform.WECHAT_APP_ID))
                .withQueryParam("secret", equalTo(GatewayPlatform.WECHAT_SECRET))
                .willReturn(json("{\"access_token\":\"" + WECHAT_ACCESS_TOKEN + "\",\"expires_in\":7200}")));
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("js_code", equalTo(code))
                .withQueryParam("appid", equalTo(GatewayPlatform.WECHAT_APP_ID))
                .withQueryParam("secret", equalTo(GatewayPlatform.WECHAT_SECRET))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .willReturn(json("{\"openid\":\"o-" + phone + "\",\"session_key\":\"k\",\"unionid\":\"u-" + phone + "\"}")));
        weChat.stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withQueryParam("access_token", equalTo(WECHAT_ACCESS_TOKEN))
                .withRequestBody(equalToJson("{\"code\":\"" + phoneCode + "\"}"))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + phone
                        + "\",\"purePhoneNumber\":\"" + phone + "\",\"countryCode\":\"86\"}}")));
        return Map.of("code", code, "phoneCode", phoneCode);
    }

    /** 浙江网上技术市场 (WireMock) vouches for {@code mobile} behind a fresh one-time ticket; returns the ticket. */
    static String stubPortalTicket(WireMockServer portal, String mobile) {
        String ticket = "ST-" + UUID.randomUUID();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson("{\"appId\": \""
                + GatewayPlatform.PORTAL_APP_ID + "\", \"appSecret\": \"" + GatewayPlatform.PORTAL_APP_SECRET
                + "\", \"ticket\": \"" + ticket + "\"}")).willReturn(json("{\"code\": 0, \"message\": \"ok\", "
                + "\"data\": {\"userId\": \"zjtm-" + mobile + "\", \"realName\": \"门户用户\", \"mobile\": \"" + mobile
                + "\"}}")));
        return ticket;
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** An expert the platform knows by his phone, signed in through the mini-program (WeChat played by WireMock). */
    static String expertLogin(HttpApi gateway, WireMockServer weChat, String phone) {
        return HttpApi.bearer(ok(gateway.post("/api/expert-portal/login", stubWeChatLogin(weChat, phone)))
                .path("accessToken").asText());
    }

    /** A page of the points ledger as "RULE:points", sorted. */
    static List<String> awards(JsonNode ledger) {
        return StreamSupport.stream(ledger.path("items").spliterator(), false)
                .map(entry -> entry.path("rule").asText() + ":" + entry.path("points").asInt()).sorted().toList();
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    static String login(HttpApi gateway, String phone, String password) {
        return HttpApi.bearer(ok(gateway.post("/api/auth/login", Map.of("phone", phone, "password", password)))
                .path("accessToken").asText());
    }

    static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }

    /** The four signature headers of one open-API call, signed as docs/open-api.md tells a platform to. */
    static String[] signedOpenApi(String appKey, String secret, String method, String pathAndQuery, String body) {
        URI uri = URI.create(pathAndQuery);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        String canonical = OpenApiSignature.canonicalString(method, uri.getRawPath(), uri.getRawQuery(),
                body.getBytes(StandardCharsets.UTF_8), timestamp, nonce);
        return new String[] {OpenApiSignature.APP_KEY_HEADER, appKey, OpenApiSignature.TIMESTAMP_HEADER, timestamp,
                OpenApiSignature.NONCE_HEADER, nonce, OpenApiSignature.SIGNATURE_HEADER,
                OpenApiSignature.sign(secret, canonical)};
    }
}

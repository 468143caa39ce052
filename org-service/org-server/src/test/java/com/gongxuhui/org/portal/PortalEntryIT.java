package com.gongxuhui.org.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.account.NewAccount;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The entry from 浙江网上技术市场 against a WireMock portal that answers only the documented call (exact path and JSON
 * body, the app's credentials included): anything else gets WireMock's 404, which the service reports as 503, so a
 * wrong request fails the test.
 */
class PortalEntryIT extends OrgServiceIT {

    private static final WireMockServer portal = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String APP_ID = "gxh-portal-test";
    private static final String APP_SECRET = "portal-s3cret";

    static {
        portal.start();
    }

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("gxh.portal.base-url", portal::baseUrl);
        registry.add("gxh.portal.app-id", () -> APP_ID);
        registry.add("gxh.portal.app-secret", () -> APP_SECRET);
    }

    @AfterAll
    static void stopWireMock() {
        portal.stop();
    }

    @Autowired
    AccountRegistration registration;

    @Autowired
    AccountMapper accounts;

    @BeforeEach
    void freshPortal() {
        portal.resetAll();
    }

    @Test
    void theAccountWithThePortalUsersRealNameMobileEnters() {
        Account account = registered();
        String ticket = ticket();
        ticketBelongsTo(ticket, account.getPhone());

        Response entered = enter(ticket);

        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(entered.json().path("refreshToken").asText()).isNotBlank();
        Response me = api().get("/api/auth/me", "Authorization",
                HttpApi.bearer(entered.json().path("accessToken").asText()));
        assertThat(me.json().path("id").asLong()).isEqualTo(account.getId());
        portal.verify(1, postRequestedFor(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(
                "{\"appId\": \"" + APP_ID + "\", \"appSecret\": \"" + APP_SECRET + "\", \"ticket\": \"" + ticket + "\"}")));
    }

    @Test
    void aTicketThePortalRefusesIsUnauthorized() {
        String ticket = ticket();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(ticket)))
                .willReturn(okJson("{\"code\": 40101, \"message\": \"ticket expired\"}")));

        Response refused = enter(ticket);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("PORTAL_TICKET_INVALID");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aPortalUserWithoutAnAccountGetsAClearProblemInHisLanguage() {
        String ticket = ticket();
        ticketBelongsTo(ticket, "13700000001");

        Response chinese = enter(ticket);
        Response english = api().post("/api/auth/portal", Map.of("ticket", ticket), "Accept-Language", "en");

        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.code()).isEqualTo("PORTAL_ACCOUNT_NOT_FOUND");
        assertThat(chinese.json().path("detail").asText()).isEqualTo(
                "您在浙江网上技术市场实名登记的手机号未在供需荟开通账号，请联系机构管理员");
        assertThat(english.json().path("detail").asText()).startsWith("The mobile number the provincial technology");
    }

    @Test
    void aDisabledAccountIsRefusedAsAtAPasswordLogin() {
        Account disabled = registered();
        accounts.update(null, Wrappers.<Account>lambdaUpdate()
                .set(Account::getStatus, AccountStatus.DISABLED).eq(Account::getId, disabled.getId()));
        String ticket = ticket();
        ticketBelongsTo(ticket, disabled.getPhone());

        Response refused = enter(ticket);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void aPortalThatFailsOrAnswersOtherwiseIsServiceUnavailable() {
        String failing = ticket();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(failing)))
                .willReturn(aResponse().withStatus(502)));
        String reset = ticket();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(reset)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String strange = ticket();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(strange)))
                .willReturn(okJson("{\"code\": 50000, \"message\": \"busy\"}")));
        String noMobile = ticket();
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(noMobile)))
                .willReturn(okJson("{\"code\": 0, \"data\": {\"userId\": \"u1\", \"realName\": \"林\"}}")));

        for (String ticket : new String[] {failing, reset, strange, noMobile}) {
            Response answer = enter(ticket);
            assertThat(answer.status()).as(ticket).isEqualTo(503);
            assertThat(answer.code()).isEqualTo("PORTAL_UNAVAILABLE");
        }
    }

    @Test
    void theTicketIsRequiredAndBoundedBeforeThePortalIsAsked() {
        Response missing = api().post("/api/auth/portal", Map.of());
        Response tooLong = enter("t".repeat(257));
        Response odd = enter("ticket with spaces&x=1");

        for (Response refused : new Response[] {missing, tooLong, odd}) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(portal.getAllServeEvents()).isEmpty();
    }

    private Response enter(String ticket) {
        return api().post("/api/auth/portal", Map.of("ticket", ticket));
    }

    private static void ticketBelongsTo(String ticket, String mobile) {
        portal.stubFor(post(urlPathEqualTo("/sso/ticket/user")).withRequestBody(equalToJson(body(ticket)))
                .willReturn(okJson("{\"code\": 0, \"message\": \"ok\", \"data\": {\"userId\": \"zjtm-" + mobile
                        + "\", \"realName\": \"林振华\", \"mobile\": \"" + mobile + "\"}}")));
    }

    private static String body(String ticket) {
        return "{\"appId\": \"" + APP_ID + "\", \"appSecret\": \"" + APP_SECRET + "\", \"ticket\": \"" + ticket + "\"}";
    }

    private static String ticket() {
        return "ST-" + UUID.randomUUID();
    }

    private Account registered() {
        String phone = phone();
        return registration.register(new NewAccount(phone, "Secret123", "门户用户", Set.of(Role.STAFF), 1L, 1L, "330100"),
                Actor.system());
    }
}

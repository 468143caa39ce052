package com.gongxuhui.expert.login;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.expert.MiniProgram;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.Organisations.Institution;
import com.gongxuhui.expert.WeChatStub;
import com.gongxuhui.expert.WithOrgService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The mini-program's one-tap login against WireMock playing WeChat: the exact requests WeChat documents, its
 * error codes and its outages, and tokens from the real org-service.
 */
class ExpertLoginIT extends WithOrgService {

    @Autowired
    StringRedisTemplate redis;

    @Value("${gxh.events.topic-prefix}")
    String environment;

    static Institution a;

    final WireMockServer wechat = WeChatStub.server();

    @BeforeAll
    static void organisations() {
        a = Organisations.institution("330106");
    }

    @BeforeEach
    void freshWeChat() {
        wechat.resetAll();
        redis.delete(miniTokenKey());
    }

    @Test
    void theExpertWhosePhoneWeChatConfirmsGetsExpertTokensAfterExactlyTheDocumentedCalls() {
        String phone = phone();
        long id = MiniProgram.addExpert(api(), a, phone);
        Map<String, String> form = MiniProgram.stubbedLogin(phone, "union-" + UUID.randomUUID());

        Response login = api().post("/api/expert-portal/login", form);

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.json().path("refreshToken").asText()).isNotBlank();
        JsonNode me = api().get("/api/expert-portal/me", "Authorization",
                HttpApi.bearer(login.json().path("accessToken").asText())).json();
        assertThat(me.path("id").asLong()).isEqualTo(id);
        assertThat(me.path("phone").asText()).isEqualTo(phone);
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("appid", equalTo(WeChatStub.MINI_APP_ID))
                .withQueryParam("secret", equalTo(WeChatStub.MINI_SECRET))
                .withQueryParam("js_code", equalTo(form.get("code")))
                .withQueryParam("grant_type", equalTo("authorization_code")));
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token"))
                .withQueryParam("grant_type", equalTo("client_credential"))
                .withQueryParam("appid", equalTo(WeChatStub.MINI_APP_ID))
                .withQueryParam("secret", equalTo(WeChatStub.MINI_SECRET)));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withQueryParam("access_token", equalTo(MiniProgram.ACCESS_TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"code\":\"" + form.get("phoneCode") + "\"}")));
        assertThat(jdbc.queryForObject("SELECT mini_program_openid FROM expert WHERE id = ?", String.class, id))
                .isEqualTo("mini-openid-" + phone);
    }

    @Test
    void theAccessTokenIsCachedInRedisAndRefetchedOnceWhenWeChatSaysItExpired() {
        String phone = phone();
        MiniProgram.addExpert(api(), a, phone);
        MiniProgram.login(api(), phone, null);
        MiniProgram.login(api(), phone, null);
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
        assertThat(redis.getExpire(miniTokenKey())).as("kept until shortly before expires_in").isBetween(6000L, 6900L);

        redis.opsForValue().set(miniTokenKey(), "revoked-token");
        Map<String, String> form = MiniProgram.stubbedLogin(phone, null);
        wechat.stubFor(WeChatStub.phoneNumber("revoked-token", form.get("phoneCode")).willReturn(WeChatStub.error(42001)));

        Response login = api().post("/api/expert-portal/login", form);

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        wechat.verify(2, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
        wechat.verify(1, postRequestedFor(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withQueryParam("access_token", equalTo("revoked-token")));
        assertThat(redis.opsForValue().get(miniTokenKey())).isEqualTo(MiniProgram.ACCESS_TOKEN);
    }

    @Test
    void aPhoneOfNoExpertIsTheManualsAccountDoesNotExist() {
        Response login = api().post("/api/expert-portal/login", MiniProgram.stubbedLogin(phone(), null));

        assertThat(login.status()).isEqualTo(404);
        assertThat(login.code()).isEqualTo("EXPERT_NOT_FOUND");
        assertThat(login.json().path("detail").asText()).isEqualTo("账号不存在，请联系法人机构管理员");
    }

    @Test
    void weChatsErrorCodesBecomeClearProblems() {
        String phone = phone();
        MiniProgram.addExpert(api(), a, phone);

        assertThat(withSessionAnswer(phone, WeChatStub.error(40029))).containsExactly(400, "WECHAT_CODE_INVALID");
        assertThat(withSessionAnswer(phone, WeChatStub.error(45011))).containsExactly(429, "WECHAT_RATE_LIMITED");
        assertThat(withSessionAnswer(phone, WeChatStub.error(40226))).containsExactly(502, "WECHAT_ERROR");
        Map<String, String> riskyUser = MiniProgram.stubbedLogin(phone, null);
        wechat.stubFor(WeChatStub.session(riskyUser.get("code")).willReturn(WeChatStub.error(40226)));
        assertThat(api().post("/api/expert-portal/login", riskyUser).json().path("detail").asText())
                .as("WeChat's code as WeChat writes it").contains("40226");
        assertThat(withSessionAnswer(phone, WeChatStub.error(-1))).containsExactly(503, "WECHAT_UNAVAILABLE");
        assertThat(withPhoneAnswer(phone, WeChatStub.error(40029))).containsExactly(400, "WECHAT_CODE_INVALID");
        assertThat(withPhoneAnswer(phone, WeChatStub.error(45011))).containsExactly(429, "WECHAT_RATE_LIMITED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM expert WHERE phone = ? AND mini_program_openid IS NULL",
                Long.class, phone)).as("nothing recorded").isEqualTo(1);
    }

    @Test
    void weChatDownOrTooSlowIsServiceUnavailable() {
        String phone = phone();
        MiniProgram.addExpert(api(), a, phone);

        assertThat(withSessionAnswer(phone, WeChatStub.json("").withStatus(500))).containsExactly(503, "WECHAT_UNAVAILABLE");
        assertThat(withSessionAnswer(phone, WeChatStub.json("<html>busy</html>"))).containsExactly(503, "WECHAT_UNAVAILABLE");
        assertThat(withSessionAnswer(phone, WeChatStub.json("{\"session_key\":\"k\"}"))).as("no openid")
                .containsExactly(503, "WECHAT_UNAVAILABLE");
        assertThat(withSessionAnswer(phone, WeChatStub.tooLate()))
                .containsExactly(503, "WECHAT_UNAVAILABLE");
        assertThat(withPhoneAnswer(phone, WeChatStub.json("").withStatus(502))).containsExactly(503, "WECHAT_UNAVAILABLE");
        Response inEnglish = api().post("/api/expert-portal/login", Map.of("code", "no-stub", "phoneCode", "x"),
                "Accept-Language", "en");
        assertThat(inEnglish.status()).isEqualTo(503);
        assertThat(inEnglish.json().path("detail").asText()).contains("WeChat cannot be reached");
    }

    @Test
    void badLoginInputIsRefusedBeforeWeChatIsAsked() {
        List<Object> bad = List.of(Map.of(), Map.of("code", "c"), Map.of("phoneCode", "p"), Map.of("code", " ", "phoneCode", "p"),
                Map.of("code", "c".repeat(129), "phoneCode", "p"), Map.of("code", List.of("c"), "phoneCode", "p"),
                "{\"code\":", "[]");
        for (Object body : bad) {
            Response response = api().post("/api/expert-portal/login", body);
            assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(wechat.getAllServeEvents()).isEmpty();
    }

    private List<Object> withSessionAnswer(String phone, ResponseDefinitionBuilder answer) {
        Map<String, String> form = MiniProgram.stubbedLogin(phone, null);
        wechat.stubFor(WeChatStub.session(form.get("code")).willReturn(answer));
        return outcome(api().post("/api/expert-portal/login", form));
    }

    private List<Object> withPhoneAnswer(String phone, ResponseDefinitionBuilder answer) {
        Map<String, String> form = MiniProgram.stubbedLogin(phone, null);
        wechat.stubFor(WeChatStub.phoneNumber(MiniProgram.ACCESS_TOKEN, form.get("phoneCode")).willReturn(answer));
        return outcome(api().post("/api/expert-portal/login", form));
    }

    private static List<Object> outcome(Response response) {
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        return List.of(response.status(), response.code());
    }

    private String miniTokenKey() {
        return WeChatStub.accessTokenKey(environment, WeChatStub.MINI_APP_ID);
    }
}

package com.gongxuhui.org.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * DingTalk login against a WireMock DingTalk that only answers the requests DingTalk's API documents (exact
 * query parameters and JSON bodies): anything else gets WireMock's 404, which the service reports as 503, so a
 * wrong request fails the test.
 */
class DingTalkLoginIT extends OrgServiceIT {

    private static final WireMockServer dingTalk = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /** Unique per run: the access token is cached in the shared Redis under the app key. */
    private static final String APP_KEY = "dingtest" + UUID.randomUUID().toString().replace("-", "");
    /** Characters that must be encoded in a query string, so that a sloppy URL fails the match. */
    private static final String APP_SECRET = "s3cr+t/=&x y";

    static {
        dingTalk.start();
    }

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("gxh.dingtalk.base-url", dingTalk::baseUrl);
        registry.add("gxh.dingtalk.app-key", () -> APP_KEY);
        registry.add("gxh.dingtalk.app-secret", () -> APP_SECRET);
    }

    @AfterAll
    static void stopWireMock() {
        dingTalk.stop();
    }

    @Autowired
    AccountRegistration registration;

    @Autowired
    AccountMapper accounts;

    @Autowired
    DingTalkBindingMapper bindings;

    @Autowired
    StringRedisTemplate redis;

    @Value("${gxh.events.topic-prefix}")
    String environment;

    @BeforeEach
    void freshDingTalk() {
        dingTalk.resetAll();
        redis.delete(environment + "provider:access-token:dingtalk:" + APP_KEY);
    }

    @Test
    void theAccountWithTheDingTalkMobileLogsInAndIsBoundToTheDingTalkUser() {
        Account account = registered();
        String userId = newUserId();
        issuesTokens("T1");
        codeBelongsTo("T1", "code-1", userId);
        userHasMobile("T1", userId, account.getPhone());

        Response login = loginWith("code-1");

        assertThat(login.status()).isEqualTo(200);
        JsonNode tokens = login.json();
        assertThat(tokens.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isEqualTo(900);
        assertThat(tokens.path("refreshToken").asText()).isNotBlank();
        Response me = api().get("/api/auth/me", "Authorization", HttpApi.bearer(tokens.path("accessToken").asText()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asLong()).isEqualTo(account.getId());
        assertThat(me.json().path("phone").asText()).isEqualTo(account.getPhone());
        assertThat(bindings.selectById(account.getId()).getDingtalkUserId()).isEqualTo(userId);

        dingTalk.verify(1, getToken());
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo"))
                .withQueryParam("access_token", equalTo("T1"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"code\": \"code-1\"}")));
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/get"))
                .withQueryParam("access_token", equalTo("T1"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"userid\": \"" + userId + "\"}")));
    }

    @Test
    void aSecondLoginReusesTheCachedAccessToken() {
        Account account = registered();
        String userId = newUserId();
        issuesTokens("T1");
        codeBelongsTo("T1", "code-1", userId);
        codeBelongsTo("T1", "code-2", userId);
        userHasMobile("T1", userId, account.getPhone());

        assertThat(loginWith("code-1").status()).isEqualTo(200);
        assertThat(loginWith("code-2").status()).isEqualTo(200);

        dingTalk.verify(1, getToken());
        dingTalk.verify(2, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo")));
        assertThat(bindings.selectById(account.getId()).getDingtalkUserId()).isEqualTo(userId);
    }

    @Test
    void anExpiredAccessTokenIsReplacedOnceAndTheLoginSucceeds() {
        Account account = registered();
        String userId = newUserId();
        issuesTokens("T-old", "T-new");
        answers("/topapi/v2/user/getuserinfo", "T-old", "{\"errcode\": 42001, \"errmsg\": \"access_token超时\"}");
        codeBelongsTo("T-new", "code-1", userId);
        userHasMobile("T-new", userId, account.getPhone());

        assertThat(loginWith("code-1").status()).isEqualTo(200);

        dingTalk.verify(2, getToken());
        dingTalk.verify(2, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo")));
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo"))
                .withQueryParam("access_token", equalTo("T-new")));
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/get")));

        codeBelongsTo("T-new", "code-2", userId);
        assertThat(loginWith("code-2").status()).as("the new token is the cached one now").isEqualTo(200);
        dingTalk.verify(2, getToken());
    }

    @Test
    void aTokenRefusedThroughErrcode88AndItsSubCodeIsReplacedToo() {
        Account account = registered();
        String userId = newUserId();
        issuesTokens("T1", "T2");
        codeBelongsTo("T1", "code-1", userId);
        answers("/topapi/v2/user/get", "T1", "{\"errcode\": 88, \"sub_code\": \"40014\", \"sub_msg\": \"不合法的access_token\","
                + " \"errmsg\": \"ding talk error[subcode=40014,submsg=不合法的access_token]\", \"request_id\": \"r1\"}");
        userHasMobile("T2", userId, account.getPhone());

        assertThat(loginWith("code-1").status()).isEqualTo(200);

        dingTalk.verify(2, getToken());
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo")));
        dingTalk.verify(2, postRequestedFor(urlPathEqualTo("/topapi/v2/user/get")));
    }

    @Test
    void aFreshTokenRefusedAgainIsServiceUnavailableNotAnEndlessLoop() {
        issuesTokens("T1", "T2", "T3");
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getuserinfo"))
                .willReturn(okJson("{\"errcode\": 40014, \"errmsg\": \"不合法的access_token\"}")));

        Response login = loginWith("code-1");

        assertThat(login.status()).isEqualTo(503);
        assertThat(login.code()).isEqualTo("DINGTALK_UNAVAILABLE");
        dingTalk.verify(2, getToken());
        dingTalk.verify(2, postRequestedFor(urlPathEqualTo("/topapi/v2/user/getuserinfo")));
    }

    @Test
    void anInvalidAuthCodeIsUnauthorized() {
        issuesTokens("T1");
        answers("/topapi/v2/user/getuserinfo", "T1", "{\"errcode\": 40078, \"errmsg\": \"不存在的临时授权码\"}");

        Response login = loginWith("used-or-made-up");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("DINGTALK_CODE_INVALID");
        dingTalk.verify(0, postRequestedFor(urlPathEqualTo("/topapi/v2/user/get")));
    }

    @Test
    void aDingTalkMobileWithoutAnAccountGetsAClearProblem() {
        String userId = newUserId();
        issuesTokens("T1");
        codeBelongsTo("T1", "code-1", userId);
        userHasMobile("T1", userId, "13700000000");

        Response chinese = loginWith("code-1");
        Response english = api().post("/api/auth/dingtalk", Map.of("authCode", "code-1"), "Accept-Language", "en");

        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.code()).isEqualTo("DINGTALK_ACCOUNT_NOT_FOUND");
        assertThat(chinese.json().path("detail").asText()).isEqualTo("该钉钉账号的手机号未在平台开通账号，请联系机构管理员");
        assertThat(english.json().path("detail").asText()).isEqualTo(
                "The mobile number of this DingTalk account has no account on the platform; contact your institution's administrator");
    }

    @Test
    void disabledAndLockedAccountsAreRefusedAsAtAPasswordLogin() {
        Account disabled = registered();
        accounts.update(null, Wrappers.<Account>lambdaUpdate()
                .set(Account::getStatus, AccountStatus.DISABLED).eq(Account::getId, disabled.getId()));
        Account locked = registered();
        accounts.lock(locked.getId(), Instant.now().plus(10, ChronoUnit.MINUTES), Instant.now());
        String disabledUser = newUserId();
        String lockedUser = newUserId();
        issuesTokens("T1");
        codeBelongsTo("T1", "code-disabled", disabledUser);
        userHasMobile("T1", disabledUser, disabled.getPhone());
        codeBelongsTo("T1", "code-locked", lockedUser);
        userHasMobile("T1", lockedUser, locked.getPhone());

        Response refusedDisabled = loginWith("code-disabled");
        Response refusedLocked = loginWith("code-locked");

        assertThat(refusedDisabled.status()).isEqualTo(403);
        assertThat(refusedDisabled.code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(refusedLocked.status()).isEqualTo(423);
        assertThat(refusedLocked.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(bindings.selectById(disabled.getId())).as("bound only on a successful login").isNull();
    }

    @Test
    void dingTalkFailingOrRefusingOurCredentialsIsServiceUnavailable() {
        dingTalk.stubFor(get(urlPathEqualTo("/gettoken")).willReturn(aResponse().withStatus(500)));
        assertUnavailable(loginWith("code-1"));

        dingTalk.resetAll();
        dingTalk.stubFor(get(urlPathEqualTo("/gettoken")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertUnavailable(loginWith("code-1"));

        dingTalk.resetAll();
        dingTalk.stubFor(get(urlPathEqualTo("/gettoken"))
                .willReturn(okJson("{\"errcode\": 40089, \"errmsg\": \"不合法的corpid或corpsecret\"}")));
        assertUnavailable(loginWith("code-1"));

        dingTalk.resetAll();
        issuesTokens("T1");
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getuserinfo")).willReturn(aResponse().withStatus(502)));
        assertUnavailable(loginWith("code-1"));
    }

    @Test
    void aDingTalkSlowerThanTheReadTimeoutIsServiceUnavailable() {
        dingTalk.stubFor(get(urlPathEqualTo("/gettoken")).willReturn(okJson(
                "{\"errcode\": 0, \"errmsg\": \"ok\", \"access_token\": \"T1\", \"expires_in\": 7200}").withFixedDelay(7000)));

        long started = System.nanoTime();
        Response login = loginWith("code-1");

        assertUnavailable(login);
        assertThat((System.nanoTime() - started) / 1_000_000).as("answered at the 5 s default read timeout")
                .isLessThan(6500);
    }

    @Test
    void theAuthCodeIsRequiredAndBoundedBeforeDingTalkIsAsked() {
        Response missing = api().post("/api/auth/dingtalk", Map.of());
        Response blank = loginWith(" ");
        Response tooLong = loginWith("c".repeat(129));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("authCode");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(dingTalk.getAllServeEvents()).isEmpty();
    }

    private Response loginWith(String authCode) {
        return api().post("/api/auth/dingtalk", Map.of("authCode", authCode));
    }

    private static void assertUnavailable(Response login) {
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.code()).isEqualTo("DINGTALK_UNAVAILABLE");
        assertThat(login.json().path("detail").asText()).isEqualTo("暂时无法通过钉钉登录，请稍后再试");
    }

    /** gettoken with the app's credentials hands out the given tokens, one per call, in order. */
    private static void issuesTokens(String... tokens) {
        for (int i = 0; i < tokens.length; i++) {
            dingTalk.stubFor(get(urlPathEqualTo("/gettoken"))
                    .withQueryParam("appkey", equalTo(APP_KEY))
                    .withQueryParam("appsecret", equalTo(APP_SECRET))
                    .inScenario("gettoken")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "issued " + i)
                    .willSetStateTo("issued " + (i + 1))
                    .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"access_token\": \"" + tokens[i]
                            + "\", \"expires_in\": 7200}")));
        }
    }

    private static void codeBelongsTo(String token, String code, String userId) {
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getuserinfo"))
                .withQueryParam("access_token", equalTo(token))
                .withRequestBody(equalToJson("{\"code\": \"" + code + "\"}"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"request_id\": \"r1\", \"result\": {\"userid\": \""
                        + userId + "\", \"device_id\": \"d1\", \"sys\": false, \"sys_level\": 0, \"name\": \"张三\"}}")));
    }

    private static void userHasMobile(String token, String userId, String mobile) {
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/get"))
                .withQueryParam("access_token", equalTo(token))
                .withRequestBody(equalToJson("{\"userid\": \"" + userId + "\"}"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"request_id\": \"r2\", \"result\": {\"userid\": \""
                        + userId + "\", \"name\": \"张三\", \"mobile\": \"" + mobile + "\", \"state_code\": \"86\"}}")));
    }

    private static void answers(String path, String token, String json) {
        dingTalk.stubFor(post(urlPathEqualTo(path)).withQueryParam("access_token", equalTo(token)).willReturn(okJson(json)));
    }

    private static RequestPatternBuilder getToken() {
        return getRequestedFor(urlPathEqualTo("/gettoken"))
                .withQueryParam("appkey", equalTo(APP_KEY))
                .withQueryParam("appsecret", equalTo(APP_SECRET));
    }

    private Account registered() {
        String phone = phone();
        return registration.register(new NewAccount(phone, "Secret123", "钉钉用户", Set.of(Role.STAFF), 1L, 1L, "330100"),
                Actor.system());
    }

    private static String newUserId() {
        return "dt" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}

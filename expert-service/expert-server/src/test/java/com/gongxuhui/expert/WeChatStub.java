package com.gongxuhui.expert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.TestSchemas;

/**
 * WeChat's server API as WireMock plays it, answering exactly the requests WeChat documents (a request that
 * differs in path, parameter or body finds no stub and gets WireMock's 404, which the service treats as WeChat
 * unavailable). One server per test JVM; the app ids carry the run id so that the access tokens cached in the
 * shared Redis are this run's.
 */
public final class WeChatStub {

    public static final String MINI_APP_ID = "wxmini" + TestSchemas.RUN_ID;
    public static final String MINI_SECRET = "mini-secret";
    public static final String OFFICIAL_APP_ID = "wxoa" + TestSchemas.RUN_ID;
    public static final String OFFICIAL_SECRET = "oa-secret";
    public static final String OFFICIAL_TOKEN = "oa-callback-token";
    /** How long expert-service waits for WeChat in the tests (gxh.wechat.read-timeout). */
    public static final int READ_TIMEOUT_MILLIS = 5000;

    private static WireMockServer server;

    private WeChatStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
            warmUp(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** One request before the tests: WireMock's first answer is slow enough on a busy machine to look like a timeout. */
    private static void warmUp(WireMockServer server) {
        new HttpApi(server.baseUrl()).get("/__admin/mappings");
    }

    public static String baseUrl() {
        return server().baseUrl();
    }

    /** The Redis key of an app's access token, shared with notify-service (docs/conventions.md). */
    public static String accessTokenKey(String environment, String appId) {
        return environment + "provider:access-token:wechat:" + appId;
    }

    /** {@code GET /cgi-bin/token} of an app: {@code accessToken}, valid two hours. */
    public static void accessToken(String appId, String secret, String accessToken) {
        server().stubFor(get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("grant_type", equalTo("client_credential"))
                .withQueryParam("appid", equalTo(appId)).withQueryParam("secret", equalTo(secret))
                .willReturn(json("{\"access_token\":\"" + accessToken + "\",\"expires_in\":7200}")));
    }

    /** {@code GET /sns/jscode2session} for {@code code}, labelled text/plain as WeChat does. */
    public static MappingBuilder session(String code) {
        return get(urlPathEqualTo("/sns/jscode2session")).withQueryParam("appid", equalTo(MINI_APP_ID))
                .withQueryParam("secret", equalTo(MINI_SECRET)).withQueryParam("js_code", equalTo(code))
                .withQueryParam("grant_type", equalTo("authorization_code"));
    }

    public static void session(String code, String openid, String unionId) {
        server().stubFor(session(code).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("{\"openid\":\"" + openid + "\",\"session_key\":\"c2Vzc2lvbg==\""
                        + (unionId == null ? "" : ",\"unionid\":\"" + unionId + "\"") + "}")));
    }

    /** {@code POST /wxa/business/getuserphonenumber} with {@code {"code": phoneCode}} and the mini-program's token. */
    public static MappingBuilder phoneNumber(String accessToken, String phoneCode) {
        return post(urlPathEqualTo("/wxa/business/getuserphonenumber")).withQueryParam("access_token", equalTo(accessToken))
                .withRequestBody(equalToJson("{\"code\":\"" + phoneCode + "\"}"));
    }

    public static void phoneNumber(String accessToken, String phoneCode, String phone) {
        server().stubFor(phoneNumber(accessToken, phoneCode).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\","
                + "\"phone_info\":{\"phoneNumber\":\"" + phone + "\",\"purePhoneNumber\":\"" + phone + "\","
                + "\"countryCode\":\"86\",\"watermark\":{\"timestamp\":1700000000,\"appid\":\"" + MINI_APP_ID + "\"}}}")));
    }

    /** {@code GET /cgi-bin/user/info} of an official-account follower with the official account's token. */
    public static MappingBuilder userInfo(String accessToken, String openid) {
        return get(urlPathEqualTo("/cgi-bin/user/info")).withQueryParam("access_token", equalTo(accessToken))
                .withQueryParam("openid", equalTo(openid));
    }

    public static void userInfo(String accessToken, String openid, String unionId) {
        server().stubFor(userInfo(accessToken, openid).willReturn(json("{\"subscribe\":1,\"openid\":\"" + openid
                + "\",\"unionid\":\"" + unionId + "\",\"subscribe_time\":1700000000}")));
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** An answer slower than expert-service waits for. */
    public static ResponseDefinitionBuilder tooLate() {
        return json("{}").withFixedDelay(READ_TIMEOUT_MILLIS + 3000);
    }

    public static ResponseDefinitionBuilder error(int errcode) {
        return json("{\"errcode\":" + errcode + ",\"errmsg\":\"stubbed error " + errcode + "\"}");
    }
}

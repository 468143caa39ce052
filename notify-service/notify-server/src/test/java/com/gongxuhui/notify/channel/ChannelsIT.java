package com.gongxuhui.notify.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.gongxuhui.common.provider.ProviderAccessTokens;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.notify.NotifyTestSupport;
import com.gongxuhui.notify.api.PushDeliveryReported;
import com.gongxuhui.notify.delivery.Delivery;
import com.gongxuhui.notify.delivery.SendOutcome;
import java.nio.charset.StandardCharsets;
import com.gongxuhui.org.api.AccountCreated;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Each channel against its provider (WireMock) speaking the provider's documented protocol: the exact requests,
 * the cached access tokens, and what happens on the provider's errors.
 */
class ChannelsIT extends NotifyTestSupport {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    ChannelProperties channelProperties;

    @Test
    void dingTalkInvitationFollowsTheWorkNotificationProtocol() {
        String phone = uniquePhone();
        AccountCreated account = account("李雷", phone, 21, Role.STAFF);

        send(account);

        Map<String, Object> delivery = awaitDeliveries(account, 1, "SENT").get(0);
        assertThat(delivery).containsEntry("channel", "DINGTALK").containsEntry("kind", "DINGTALK_INVITATION")
                .containsEntry("address", phone).containsEntry("attempts", 1);
        assertThat((String) delivery.get("provider_answer")).contains("\"task_id\":256271667526");
        dingtalk.verify(lessThanOrExactly(1), getRequestedFor(urlPathEqualTo("/gettoken")));
        dingtalk.findAll(getRequestedFor(urlPathEqualTo("/gettoken"))).forEach(tokenRequest -> {
            assertThat(tokenRequest.queryParameter("appkey").firstValue()).isEqualTo(DINGTALK_KEY);
            assertThat(tokenRequest.queryParameter("appsecret").firstValue()).isEqualTo(DINGTALK_SECRET);
        });
        dingtalk.verify(postRequestedFor(urlPathEqualTo("/topapi/v2/user/getbymobile"))
                .withQueryParam("access_token", equalTo("ding-token-1"))
                .withRequestBody(equalToJson("{\"mobile\":\"" + phone + "\"}")));
        dingtalk.verify(postRequestedFor(urlPathEqualTo(ASYNCSEND))
                .withQueryParam("access_token", equalTo("ding-token-1"))
                .withRequestBody(equalToJson("{\"agent_id\":" + DINGTALK_AGENT + ",\"userid_list\":\"ding-user-1\","
                        + "\"msg\":{\"msgtype\":\"text\",\"text\":{\"content\":\"邀请您加入钉钉组织“浙江省科技服务机构”\\n"
                        + "李雷，您好！您的供需荟账号已开通，请加入钉钉组织“浙江省科技服务机构”，在钉钉中处理需求。\"}}}")));
    }

    @Test
    void theDingTalkTokenIsFetchedOnceForManyMessages() {
        AccountCreated first = account("甲", uniquePhone(), 21, Role.STAFF);
        AccountCreated second = account("乙", uniquePhone(), 21, Role.STAFF);

        send(first);
        send(second);

        awaitDeliveries(first, 1, "SENT");
        awaitDeliveries(second, 1, "SENT");
        dingtalk.verify(lessThanOrExactly(1), getRequestedFor(urlPathEqualTo("/gettoken")));
        dingtalk.verify(2, postRequestedFor(urlPathEqualTo(ASYNCSEND)));
    }

    @Test
    void twoInstancesWithTheSameDingTalkAppFetchOneTokenBetweenThem() {
        redis.delete(topicPrefix + "provider:access-token:dingtalk:" + DINGTALK_KEY);
        String firstPhone = uniquePhone();
        String secondPhone = uniquePhone();

        SendOutcome first = anotherInstance().send(invitation(firstPhone));
        SendOutcome second = anotherInstance().send(invitation(secondPhone));

        assertThat(first.result()).isEqualTo(SendOutcome.Result.SENT);
        assertThat(second.result()).isEqualTo(SendOutcome.Result.SENT);
        dingtalk.verify(1, getRequestedFor(urlPathEqualTo("/gettoken")));
        dingtalk.verify(2, postRequestedFor(urlPathEqualTo(ASYNCSEND)).withQueryParam("access_token", equalTo("ding-token-1")));
    }

    /** DingTalk's newer gateway answers 88 and names the dead token in sub_code, as org-service's login reads it. */
    @Test
    void anExpiredDingTalkTokenIsRefreshedOnceAndTheMessageStillGoes() {
        AccountCreated warmUp = account("预热", uniquePhone(), 21, Role.STAFF);
        send(warmUp);
        awaitDeliveries(warmUp, 1, "SENT");
        dingtalk.resetRequests();
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":88,\"sub_code\":\"42001\",\"sub_msg\":\"access_token超时\","
                        + "\"errmsg\":\"ding talk error[subcode=42001,submsg=access_token超时]\"}")).willSetStateTo("refreshed"));
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).inScenario("expiry").whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":7}")));
        AccountCreated account = account("韩梅梅", uniquePhone(), 21, Role.STAFF);

        send(account);

        assertThat(awaitDeliveries(account, 1, "SENT").get(0)).containsEntry("attempts", 1);
        dingtalk.verify(2, postRequestedFor(urlPathEqualTo(ASYNCSEND)));
        dingtalk.verify(1, getRequestedFor(urlPathEqualTo("/gettoken")));
    }

    @Test
    void aRateLimitedMessageIsTriedAgainAfterABackOff() {
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":90018,\"errmsg\":\"当前企业调用该接口次数过多\"}"))
                .willSetStateTo("calm"));
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).inScenario("limit").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":8}")));
        AccountCreated account = account("魏华", uniquePhone(), 21, Role.STAFF);

        send(account);

        assertThat(awaitDeliveries(account, 1, "SENT").get(0)).containsEntry("attempts", 2);
    }

    @Test
    void anOutageEndsInFailedAfterTheCapVisibleToTheSystemAdministratorOnly() {
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).willReturn(serviceUnavailable().withBody("down")));
        AccountCreated account = account("林涛", uniquePhone(), 21, Role.STAFF);

        send(account);

        Map<String, Object> failed = awaitDeliveries(account, 1, "FAILED").get(0);
        assertThat(failed).containsEntry("attempts", 3);
        assertThat((String) failed.get("provider_answer")).contains("HTTP 503");
        dingtalk.verify(3, postRequestedFor(urlPathEqualTo(ASYNCSEND)));
        HttpApi.Response listed = api().get("/api/notifications/deliveries?status=FAILED&size=100", "Authorization",
                TestTokens.bearer(1, "SYS_ADMIN"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items").findValuesAsText("causeKey")).contains(account.eventId().toString());
        assertThat(listed.json().path("items").findValuesAsText("status")).containsOnly("FAILED");
        assertThat(api().get("/api/notifications/deliveries", "Authorization", TestTokens.bearer(2, "INST_ADMIN"))
                .status()).isEqualTo(403);
        HttpApi.Response badStatus = api().get("/api/notifications/deliveries?status=LOST", "Authorization",
                TestTokens.bearer(1, "SYS_ADMIN"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.header("Content-Type")).contains("application/problem+json");
    }

    /** org-service invites a new account into the organisation shortly after the welcome was queued. */
    @Test
    void aPersonNotYetInTheDingTalkOrganisationIsTriedAgainUntilHeIs() {
        String phone = uniquePhone();
        dingtalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getbymobile")).withRequestBody(containing(phone))
                .inScenario("joining").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":60121,\"errmsg\":\"找不到该用户\"}")).willSetStateTo("invited"));
        dingtalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getbymobile")).withRequestBody(containing(phone))
                .inScenario("joining").whenScenarioStateIs("invited")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"u-joined\"}}")));
        AccountCreated account = account("路人", phone, 21, Role.STAFF);

        send(account);

        assertThat(awaitDeliveries(account, 1, "SENT").get(0)).containsEntry("attempts", 2);
        dingtalk.verify(1, postRequestedFor(urlPathEqualTo(ASYNCSEND)).withRequestBody(containing("u-joined")));
    }

    @Test
    void aPushReachesAFollowerAsATemplateMessageAndIsReportedDelivered() throws Exception {
        long expertId = nextId();
        String openId = "o-" + expertId;
        send(expertFollowed(expertId, openId, true));
        awaitExpert(expertId, true);
        DemandPushedToExpert push = pushed(nextId(), expertId, "高效电机控制算法");

        try (TopicObserver reports = observeNotifyEvents()) {
            send(push);

            awaitDeliveries(push, 1, "SENT");
            wechat.verify(postRequestedFor(urlPathEqualTo(TEMPLATE_SEND))
                    .withQueryParam("access_token", equalTo("wx-token-1"))
                    .withRequestBody(equalToJson("{\"touser\":\"" + openId + "\",\"template_id\":\"" + PUSH_TEMPLATE
                            + "\",\"miniprogram\":{\"appid\":\"" + MINI_PROGRAM + "\",\"pagepath\":\"pages/demand/detail?id="
                            + push.demandId() + "\"},\"data\":{\"first\":{\"value\":\"有新的需求推荐给您\"},"
                            + "\"keyword1\":{\"value\":\"需求“高效电机控制算法”推荐给您，欢迎对接。\"},"
                            + "\"remark\":{\"value\":\"点击查看详情\"}}}")));
            wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/token"))).forEach(tokenRequest -> {
                assertThat(tokenRequest.queryParameter("grant_type").firstValue()).isEqualTo("client_credential");
                assertThat(tokenRequest.queryParameter("appid").firstValue()).isEqualTo(WECHAT_APP_ID);
                assertThat(tokenRequest.queryParameter("secret").firstValue()).isEqualTo(WECHAT_SECRET);
            });
            PushDeliveryReported report = awaitReport(reports, push.pushId());
            assertThat(report.delivered()).isTrue();
            assertThat(report.demandId()).isEqualTo(push.demandId());
            assertThat(report.expertId()).isEqualTo(expertId);
            assertThat(report.reason()).isNull();
        }
    }

    @Test
    void anExpiredWeChatTokenIsRefreshedOnceAndThePushStillGoes() {
        long expertId = nextId();
        send(expertFollowed(expertId, "o-" + expertId, true));
        awaitExpert(expertId, true);
        DemandPushedToExpert warmUp = pushed(nextId(), expertId, "预热");
        send(warmUp);
        awaitDeliveries(warmUp, 1, "SENT");
        wechat.resetRequests();
        wechat.stubFor(post(urlPathEqualTo(TEMPLATE_SEND)).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"))
                .willSetStateTo("refreshed"));
        wechat.stubFor(post(urlPathEqualTo(TEMPLATE_SEND)).inScenario("expiry").whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":9}")));
        DemandPushedToExpert push = pushed(nextId(), expertId, "光伏组件");

        send(push);

        assertThat(awaitDeliveries(push, 1, "SENT").get(0)).containsEntry("attempts", 1);
        wechat.verify(2, postRequestedFor(urlPathEqualTo(TEMPLATE_SEND)));
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token")));
    }

    @Test
    void aPushToANonFollowerIsNotSentAndIsReportedSo() throws Exception {
        long expertId = nextId();
        send(expertFollowed(expertId, "o-" + expertId, false));
        awaitExpert(expertId, false);
        DemandPushedToExpert push = pushed(nextId(), expertId, "废水处理");

        try (TopicObserver reports = observeNotifyEvents()) {
            send(push);

            Map<String, Object> delivery = awaitDeliveries(push, 1, "NOT_SENT").get(0);
            assertThat((String) delivery.get("provider_answer")).startsWith("NOT_FOLLOWING");
            PushDeliveryReported report = awaitReport(reports, push.pushId());
            assertThat(report.delivered()).isFalse();
            assertThat(report.reason()).isEqualTo("NOT_FOLLOWING");
            wechat.verify(0, postRequestedFor(urlPathEqualTo(TEMPLATE_SEND)));
        }
    }

    @Test
    void aNewExpertGetsTheSignedAliyunSendSmsRequest() {
        long expertId = nextId();
        String phone = uniquePhone();
        ExpertCreated created = expertCreated(expertId, "王教授", phone);

        send(created);

        assertThat(awaitDeliveries(created, 1, "SENT").get(0)).containsEntry("channel", "SMS");
        List<LoggedRequest> requests = sms.findAll(getRequestedFor(urlPathEqualTo("/")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        Map<String, String> parameters = new TreeMap<>();
        request.getQueryParams().forEach((name, value) -> parameters.put(name, value.firstValue()));
        assertThat(parameters).containsEntry("Action", "SendSms").containsEntry("Version", "2017-05-25")
                .containsEntry("Format", "JSON").containsEntry("RegionId", "cn-hangzhou")
                .containsEntry("AccessKeyId", SMS_KEY_ID).containsEntry("PhoneNumbers", phone)
                .containsEntry("SignName", SMS_SIGN).containsEntry("TemplateCode", SMS_TEMPLATE)
                .containsEntry("TemplateParam", "{\"name\":\"王教授\"}").containsEntry("SignatureMethod", "HMAC-SHA1")
                .containsEntry("SignatureVersion", "1.0").containsKeys("SignatureNonce", "Signature");
        assertThat(parameters.get("Timestamp")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(parameters.get("Signature")).isEqualTo(AliyunRpcSignature.sign("GET", parameters, SMS_KEY_SECRET));
    }

    @Test
    void aThrottledSmsIsTriedAgain() {
        sms.stubFor(get(urlPathEqualTo("/")).inScenario("sms")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\"}"))
                .willSetStateTo("later"));
        sms.stubFor(get(urlPathEqualTo("/")).inScenario("sms")
                .whenScenarioStateIs("later").willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\"}")));
        ExpertCreated created = expertCreated(nextId(), "赵教授", uniquePhone());

        send(created);

        assertThat(awaitDeliveries(created, 1, "SENT").get(0)).containsEntry("attempts", 2);
    }

    /** A DingTalk channel as another notify-service instance has it: its own objects, the same Redis. */
    private DingTalkChannel anotherInstance() {
        return new DingTalkChannel(objectMapper, channelProperties, new ProviderAccessTokens(redis, topicPrefix,
                Duration.ofMinutes(5)));
    }

    private static Delivery invitation(String phone) {
        Delivery delivery = new Delivery();
        delivery.setAddress(phone);
        delivery.setTitle("邀请");
        delivery.setBody("请加入钉钉组织");
        return delivery;
    }

    /** The PushDeliveryReported for this push, as it arrived on the real broker. */
    private PushDeliveryReported awaitReport(TopicObserver reports, long pushId) {
        String eventId = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "SELECT event_id FROM outbox_event WHERE event_type = 'PushDeliveryReported' AND aggregate_id = ?",
                String.class, Long.toString(pushId)), ids -> ids.size() == 1).get(0);
        await().atMost(Duration.ofSeconds(60)).until(() -> reports.countWithKey(eventId) == 1);
        return json.read(reports.bodyWithKey(eventId).getBytes(StandardCharsets.UTF_8), PushDeliveryReported.class);
    }
}

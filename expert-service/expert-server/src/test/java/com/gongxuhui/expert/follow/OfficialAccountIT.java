package com.gongxuhui.expert.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.expert.MiniProgram;
import com.gongxuhui.expert.MiniProgram.LoggedIn;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.WeChatStub;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The official account's server URL as WeChat calls it (plaintext mode, signed with the account's token), with
 * WireMock playing WeChat's user/info, on the real database, broker and Redis (the nonce store). Safe mode is
 * {@link OfficialAccountSafeModeIT}.
 */
class OfficialAccountIT extends WithOfficialAccount {

    @Test
    void weChatsUrlCheckIsAnsweredOnlyWithTheRightSignature() {
        String timestamp = WeChatCallbacks.now();
        String signed = signedQuery(timestamp, "n0nce");

        Response genuine = api().get("/api/wechat/events?" + signed + "&echostr=echo-123");
        Response forged = api().get("/api/wechat/events?signature=" + "0".repeat(40)
                + "&timestamp=" + timestamp + "&nonce=n0nce2&echostr=echo-123");
        Response otherNonce = api().get("/api/wechat/events?" + signed.replace("n0nce", "other") + "&echostr=e");
        Response unsigned = api().get("/api/wechat/events?timestamp=" + timestamp + "&nonce=n0nce3&echostr=e");

        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.body()).isEqualTo("echo-123");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("WECHAT_SIGNATURE_INVALID");
        assertThat(otherNonce.status()).isEqualTo(403);
        assertThat(unsigned.status()).isBetween(400, 403);
        assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSignatureIsWeChatsSha1OfTheSortedTokenTimestampAndNonce() {
        // sha1("1700000000" + "n0nce" + "oa-callback-token"): the three sorted and joined, worked out apart from the code
        assertThat(WeChatSignature.sign(WeChatStub.OFFICIAL_TOKEN, "1700000000", "n0nce"))
                .isEqualTo("c63e449b5841549527a2dcb1a47dc0df528f4d0e");
    }

    @Test
    void aCallbackSeenOnceCannotBeReplayedNorAnOldOneForged() {
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, "union-" + UUID.randomUUID());
        String timestamp = WeChatCallbacks.now();
        String query = signedQuery(timestamp, WeChatCallbacks.freshNonce()) + "&openid=" + openid;
        // what an eavesdropper keeps of a genuine unfollow: its URL, signed by WeChat
        Response genuine = api().send("POST", "/api/wechat/events?" + query, "text/xml",
                message(openid, "unsubscribe", Long.parseLong(timestamp)));
        String before = snapshot();

        // the same URL with a forged body: the plaintext signature does not cover it, the nonce store does
        Response replayed = api().send("POST", "/api/wechat/events?" + query, "text/xml",
                message(openid, "subscribe", Long.parseLong(timestamp) + 1));
        String stale = Long.toString(Long.parseLong(timestamp) - 6 * 60);
        Response old = api().send("POST", "/api/wechat/events?" + signedQuery(stale, WeChatCallbacks.freshNonce())
                + "&openid=" + openid, "text/xml", message(openid, "subscribe", Long.parseLong(timestamp) + 2));
        String ahead = Long.toString(Long.parseLong(timestamp) + 6 * 60);
        Response future = api().send("POST", "/api/wechat/events?" + signedQuery(ahead, WeChatCallbacks.freshNonce())
                + "&openid=" + openid, "text/xml", message(openid, "subscribe", Long.parseLong(timestamp) + 3));
        Response oldUrlCheck = api().get("/api/wechat/events?" + signedQuery(stale, WeChatCallbacks.freshNonce())
                + "&echostr=e");

        assertThat(genuine.status()).as(genuine.body()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(403);
        assertThat(replayed.code()).isEqualTo("WECHAT_NONCE_REUSED");
        for (Response refused : List.of(old, future, oldUrlCheck)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("WECHAT_TIMESTAMP_EXPIRED");
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/user/info")))).isEmpty();
    }

    @Test
    void aCallbackThatFailedMayBeDeliveredAgainWithItsNonce() {
        String openid = "oa-openid-" + UUID.randomUUID();
        String unionId = "union-" + UUID.randomUUID();
        wechat.stubFor(WeChatStub.userInfo(OA_TOKEN, openid).willReturn(WeChatStub.json("").withStatus(500)));
        String query = signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce()) + "&openid=" + openid;

        Response outage = api().send("POST", "/api/wechat/events?" + query, "text/xml",
                message(openid, "subscribe", 1_700_000_700L));
        WeChatStub.userInfo(OA_TOKEN, openid, unionId);
        Response again = api().send("POST", "/api/wechat/events?" + query, "text/xml",
                message(openid, "subscribe", 1_700_000_700L));

        assertThat(outage.status()).isEqualTo(503);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_account_follower WHERE openid = ? AND following",
                Long.class, openid)).isEqualTo(1);
    }

    @Test
    void aFollowOfALoggedInExpertIsRecordedAndPublishedOnceHowOftenWeChatRepeatsIt() throws Exception {
        String unionId = "union-" + UUID.randomUUID();
        LoggedIn expert = MiniProgram.expert(api(), a, unionId);
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, unionId);

        try (TopicObserver observer = new TopicObserver(nameServer, topic)) {
            for (int delivery = 0; delivery < 3; delivery++) {
                Response answer = event(openid, "subscribe", 1_700_000_100L);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(answer.header("Content-Type")).startsWith("text/xml");
                // WeChat shows the reply to the one delivery it took: every delivery carries the invitation
                assertInvitation(answer.body(), openid);
            }
            assertThat(follows(expert.id())).isTrue();
            List<String> eventIds = followedEvents(expert.id());
            assertThat(eventIds).hasSize(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> observer.countWithKey(eventIds.get(0)) >= 1);
            Thread.sleep(1000);
            assertThat(observer.countWithKey(eventIds.get(0))).isEqualTo(1);
            assertThat(observer.bodyWithKey(eventIds.get(0))).contains("\"expertId\":" + expert.id())
                    .contains("\"officialAccountOpenId\":\"" + openid + "\"").contains("\"following\":true")
                    .contains("\"institutionId\":" + a.id());
        }
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/user/info"))
                .withQueryParam("access_token", equalTo(OA_TOKEN)).withQueryParam("openid", equalTo(openid)));
        wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token"))
                .withQueryParam("grant_type", equalTo("client_credential"))
                .withQueryParam("appid", equalTo(WeChatStub.OFFICIAL_APP_ID))
                .withQueryParam("secret", equalTo(WeChatStub.OFFICIAL_SECRET)));
        assertThat(api().get("/api/experts/" + expert.id(), "Authorization", a.staff()).json().path("expert")
                .path("followsOfficialAccount").asBoolean()).isTrue();

        assertThat(event(openid, "unsubscribe", 1_700_000_200L).body()).isEqualTo("success");
        assertInvitation(event(openid, "subscribe", 1_700_000_100L).body(), openid);

        assertThat(follows(expert.id())).isFalse();
        assertThat(followedEvents(expert.id())).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT payload FROM outbox_event WHERE event_id = ?", String.class,
                followedEvents(expert.id()).get(1))).contains("\"following\":false");
    }

    @Test
    void aFollowerWhoseExpertHasNotLoggedInYetIsLinkedAtHisFirstLogin() {
        String unionId = "union-" + UUID.randomUUID();
        String phone = phone();
        long expertId = MiniProgram.addExpert(api(), a, phone);
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, unionId);

        assertInvitation(event(openid, "subscribe", 1_700_000_300L).body(), openid);
        assertThat(follows(expertId)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_account_follower WHERE openid = ? AND union_id = ? "
                + "AND expert_id IS NULL AND following", Long.class, openid, unionId)).isEqualTo(1);

        MiniProgram.login(api(), phone, unionId);
        MiniProgram.login(api(), phone, unionId);

        assertThat(follows(expertId)).isTrue();
        assertThat(followedEvents(expertId)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT expert_id FROM official_account_follower WHERE openid = ?", Long.class,
                openid)).isEqualTo(expertId);
    }

    @Test
    void aBadSignatureOrAnUnreadableMessageRecordsNothing() {
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, "union-x");
        String before = snapshot();

        Response forged = api().send("POST", "/api/wechat/events?signature=" + "a".repeat(40)
                + "&timestamp=" + WeChatCallbacks.now() + "&nonce=n&openid=" + openid, "text/xml", message(openid, "subscribe", 1_700_000_400L));
        Response garbage = api().send("POST", "/api/wechat/events?" + signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce()), "text/xml",
                "<xml><MsgType>event</MsgType><Event>subscribe</Event>");
        Response entity = api().send("POST", "/api/wechat/events?" + signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce()), "text/xml",
                "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><MsgType>event</MsgType>"
                        + "<Event>subscribe</Event><FromUserName>&x;</FromUserName><CreateTime>1</CreateTime></xml>");
        Response noOpenid = api().send("POST", "/api/wechat/events?" + signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce()), "text/xml",
                "<xml><MsgType>event</MsgType><Event>subscribe</Event><CreateTime>1</CreateTime></xml>");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("WECHAT_SIGNATURE_INVALID");
        for (Response unreadable : List.of(garbage, entity, noOpenid)) {
            assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
            assertThat(unreadable.code()).isEqualTo("WECHAT_MESSAGE_INVALID");
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/user/info")))).isEmpty();
    }

    @Test
    void otherMessagesAreAcknowledgedAndIgnored() {
        String before = snapshot();
        String text = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[someone]]></FromUserName>"
                + "<CreateTime>1700000500</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>";

        Response answer = api().send("POST", "/api/wechat/events?" + signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce()) + "&openid=someone",
                "text/xml", text);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("success");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void whenWeChatCannotNameTheFollowerNothingIsRecordedAndWeChatWillRetry() {
        String openid = "oa-openid-" + UUID.randomUUID();
        String before = snapshot();
        wechat.stubFor(WeChatStub.userInfo(OA_TOKEN, openid).willReturn(WeChatStub.json("").withStatus(500)));
        Response outage = event(openid, "subscribe", 1_700_000_600L);
        wechat.stubFor(WeChatStub.userInfo(OA_TOKEN, openid).willReturn(WeChatStub.tooLate()));
        Response timeout = event(openid, "subscribe", 1_700_000_600L);
        wechat.stubFor(WeChatStub.userInfo(OA_TOKEN, openid).willReturn(WeChatStub.error(45011)));
        Response limited = event(openid, "subscribe", 1_700_000_600L);

        assertThat(outage.status()).isEqualTo(503);
        assertThat(timeout.status()).isEqualTo(503);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(snapshot()).isEqualTo(before);
    }

    private Response event(String openid, String event, long createTime) {
        return api().send("POST", "/api/wechat/events?" + signedQuery(WeChatCallbacks.now(), WeChatCallbacks.freshNonce())
                + "&openid=" + openid, "text/xml", message(openid, event, createTime));
    }

    private static String message(String openid, String event, long createTime) {
        return WeChatCallbacks.followMessage(openid, event, createTime);
    }

    /** signature, timestamp and nonce as WeChat signs them with the official account's token. */
    private static String signedQuery(String timestamp, String nonce) {
        return WeChatCallbacks.plainQuery(WeChatStub.OFFICIAL_TOKEN, timestamp, nonce);
    }

    private boolean follows(long expertId) {
        return jdbc.queryForObject("SELECT follows_official_account FROM expert WHERE id = ?", Boolean.class, expertId);
    }

    private List<String> followedEvents(long expertId) {
        return jdbc.queryForList("SELECT event_id FROM outbox_event WHERE event_type = 'ExpertFollowed' "
                + "AND aggregate_id = ? ORDER BY id", String.class, Long.toString(expertId));
    }

    private String snapshot() {
        return jdbc.queryForList("SELECT (SELECT COUNT(*) FROM official_account_follower) f, "
                + "(SELECT MAX(updated_at) FROM official_account_follower) fu, "
                + "(SELECT COUNT(*) FROM expert WHERE follows_official_account) e, "
                + "(SELECT COUNT(*) FROM outbox_event) o").toString();
    }
}

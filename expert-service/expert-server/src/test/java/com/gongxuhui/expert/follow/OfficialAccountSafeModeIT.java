package com.gongxuhui.expert.follow;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.expert.MiniProgram;
import com.gongxuhui.expert.MiniProgram.LoggedIn;
import com.gongxuhui.expert.WeChatStub;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Element;

/**
 * The official account's server URL in safe mode (安全模式): WeChat encrypts each message with the account's
 * EncodingAESKey and signs the ciphertext ({@code msg_signature}), so that a body can be neither read nor forged
 * on the way; plaintext calls are refused, since a safe-mode URL's plain {@code signature} covers no body.
 */
class OfficialAccountSafeModeIT extends WithOfficialAccount {

    /** 43 characters of base64 as the 公众平台 generates them; this test's own, not WeChat's example key. */
    static final String AES_KEY = "Zm9sbG93LWV2ZW50cy1vZi10aGUtb2ZmaWNpYWwtYWM";

    @DynamicPropertySource
    static void safeMode(DynamicPropertyRegistry registry) {
        registry.add("gxh.wechat.official-account.encoding-aes-key", () -> AES_KEY);
    }

    @Test
    void anEncryptedFollowIsDecryptedAndRecordedOnceAndItsReplayIsRefused() {
        String unionId = "union-" + UUID.randomUUID();
        LoggedIn expert = MiniProgram.expert(api(), a, unionId);
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, unionId);
        String encrypted = WeChatCallbacks.encrypt(AES_KEY, WeChatStub.OFFICIAL_APP_ID,
                WeChatCallbacks.followMessage(openid, "subscribe", 1_700_001_000L));
        String timestamp = WeChatCallbacks.now();
        String nonce = WeChatCallbacks.freshNonce();
        String query = WeChatCallbacks.safeQuery(WeChatStub.OFFICIAL_TOKEN, timestamp, nonce, encrypted)
                + "&openid=" + openid;

        Response answer = post(query, WeChatCallbacks.envelope(encrypted));
        Response replayed = post(query, WeChatCallbacks.envelope(encrypted));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        // the invitation, encrypted for the account and signed over the ciphertext with the call's timestamp and nonce
        Element reply = WeChatXml.root(answer.body());
        String sealed = WeChatXml.text(reply, "Encrypt");
        assertThat(WeChatXml.text(reply, "MsgSignature")).isEqualTo(WeChatCallbacks.sha1OfSorted(
                WeChatStub.OFFICIAL_TOKEN, timestamp, nonce, sealed));
        assertThat(WeChatXml.text(reply, "TimeStamp")).isEqualTo(timestamp);
        assertThat(WeChatXml.text(reply, "Nonce")).isEqualTo(nonce);
        assertInvitation(new MessageCrypt(AES_KEY, WeChatStub.OFFICIAL_APP_ID).decrypt(sealed), openid);
        assertThat(jdbc.queryForObject("SELECT follows_official_account FROM expert WHERE id = ?", Boolean.class,
                expert.id())).isTrue();
        assertThat(replayed.status()).isEqualTo(403);
        assertThat(replayed.code()).isEqualTo("WECHAT_NONCE_REUSED");
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/user/info")))).hasSize(1);
    }

    @Test
    void aForgedCiphertextAPlaintextCallAnotherAppsMessageOrAStaleOneRecordNothing() {
        String openid = "oa-openid-" + UUID.randomUUID();
        WeChatStub.userInfo(OA_TOKEN, openid, "union-" + UUID.randomUUID());
        String follow = WeChatCallbacks.followMessage(openid, "subscribe", 1_700_001_100L);
        String genuine = WeChatCallbacks.encrypt(AES_KEY, WeChatStub.OFFICIAL_APP_ID, follow);
        String forged = WeChatCallbacks.encrypt(AES_KEY, WeChatStub.OFFICIAL_APP_ID,
                follow.replace(openid, "someone-else"));
        String timestamp = WeChatCallbacks.now();
        String nonce = WeChatCallbacks.freshNonce();
        String before = snapshot();

        // a genuine URL (its msg_signature is over the genuine ciphertext) with another ciphertext in the body
        Response swapped = post(WeChatCallbacks.safeQuery(WeChatStub.OFFICIAL_TOKEN, timestamp, nonce, genuine),
                WeChatCallbacks.envelope(forged));
        // the plaintext signature of that URL with a plaintext body: refused while safe mode is configured
        Response downgraded = post(WeChatCallbacks.plainQuery(WeChatStub.OFFICIAL_TOKEN, timestamp,
                WeChatCallbacks.freshNonce()), follow);
        String otherApp = WeChatCallbacks.encrypt(AES_KEY, "wx-another-app", follow);
        Response foreign = post(WeChatCallbacks.safeQuery(WeChatStub.OFFICIAL_TOKEN, WeChatCallbacks.now(),
                WeChatCallbacks.freshNonce(), otherApp), WeChatCallbacks.envelope(otherApp));
        String stale = Long.toString(Long.parseLong(timestamp) - 301);
        Response old = post(WeChatCallbacks.safeQuery(WeChatStub.OFFICIAL_TOKEN, stale, WeChatCallbacks.freshNonce(),
                genuine), WeChatCallbacks.envelope(genuine));

        for (Response refused : List.of(swapped, downgraded, foreign)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("WECHAT_SIGNATURE_INVALID");
        }
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.code()).isEqualTo("WECHAT_TIMESTAMP_EXPIRED");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(wechat.findAll(getRequestedFor(urlPathEqualTo("/cgi-bin/user/info")))).isEmpty();
    }

    @Test
    void weChatsUrlCheckIsStillSignedWithThePlainSignature() {
        String query = WeChatCallbacks.plainQuery(WeChatStub.OFFICIAL_TOKEN, WeChatCallbacks.now(),
                WeChatCallbacks.freshNonce());

        Response check = api().get("/api/wechat/events?" + query + "&echostr=echo-456");

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).isEqualTo("echo-456");
    }

    private Response post(String query, String body) {
        return api().send("POST", "/api/wechat/events?" + query, "text/xml", body);
    }

    private String snapshot() {
        return jdbc.queryForList("SELECT (SELECT COUNT(*) FROM official_account_follower) f, "
                + "(SELECT COUNT(*) FROM expert WHERE follows_official_account) e, "
                + "(SELECT COUNT(*) FROM outbox_event) o").toString();
    }
}

package com.gongxuhui.expert.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.Organisations.Institution;
import com.gongxuhui.expert.WeChatStub;
import com.gongxuhui.expert.WithOrgService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.w3c.dom.Element;

/**
 * What the tests of the official account's server URL share: an institution, and WireMock playing WeChat with
 * the official account's access token freshly fetched for each test.
 */
abstract class WithOfficialAccount extends WithOrgService {

    static final String OA_TOKEN = "oa-access-token";

    static Institution a;

    @Autowired
    StringRedisTemplate redis;

    @Value("${gxh.events.topic-prefix}")
    String environment;

    final WireMockServer wechat = WeChatStub.server();

    @BeforeAll
    static void organisations() {
        a = Organisations.institution("330106");
    }

    @BeforeEach
    void freshWeChat() {
        wechat.resetAll();
        redis.delete(WeChatStub.accessTokenKey(environment, WeChatStub.OFFICIAL_APP_ID));
        WeChatStub.accessToken(WeChatStub.OFFICIAL_APP_ID, WeChatStub.OFFICIAL_SECRET, OA_TOKEN);
    }

    /** The answer to a follow (manual 十): a text message from the account to the follower, with the link to bind. */
    static void assertInvitation(String reply, String openid) {
        Element message = WeChatXml.root(reply);
        assertThat(WeChatXml.text(message, "ToUserName")).isEqualTo(openid);
        assertThat(WeChatXml.text(message, "FromUserName")).isEqualTo("gh_gongxuhui");
        assertThat(WeChatXml.text(message, "MsgType")).isEqualTo("text");
        assertThat(WeChatXml.text(message, "CreateTime")).matches("\\d{10}");
        assertThat(WeChatXml.text(message, "Content")).contains(">前往绑定信息</a>")
                .contains("data-miniprogram-appid=\"" + WeChatStub.MINI_APP_ID + "\"")
                .contains("data-miniprogram-path=\"pages/login/index\"");
    }
}

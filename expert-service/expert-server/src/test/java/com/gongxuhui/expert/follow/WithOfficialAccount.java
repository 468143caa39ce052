package com.gongxuhui.expert.follow;

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
}

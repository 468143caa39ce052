package com.gongxuhui.expert;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * expert-service on the real stack with the real org-service (a process) issuing the tokens and answering for
 * regions, and WireMock playing WeChat. The tests of expert-service extend it, so that they share one
 * application context.
 */
@ServiceIntegrationTest
public abstract class WithOrgService {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Value("${rocketmq.name-server}")
    protected String nameServer;

    /** This run's expert-events topic. */
    @Value("${gxh.outbox.topic}")
    protected String topic;

    /** expert-service itself, called directly. */
    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    @DynamicPropertySource
    static void orgService(DynamicPropertyRegistry registry) {
        ServiceProcess org = PeerProcess.org();
        registry.add("gxh.security.jwks-uri", () -> org.url() + "/oauth2/jwks");
        registry.add("gxh.clients.org-url", org::url);
    }

    @DynamicPropertySource
    static void weChat(DynamicPropertyRegistry registry) {
        registry.add("gxh.wechat.base-url", WeChatStub::baseUrl);
        registry.add("gxh.wechat.mini-program.app-id", () -> WeChatStub.MINI_APP_ID);
        registry.add("gxh.wechat.mini-program.secret", () -> WeChatStub.MINI_SECRET);
        registry.add("gxh.wechat.official-account.app-id", () -> WeChatStub.OFFICIAL_APP_ID);
        registry.add("gxh.wechat.official-account.secret", () -> WeChatStub.OFFICIAL_SECRET);
        registry.add("gxh.wechat.official-account.token", () -> WeChatStub.OFFICIAL_TOKEN);
        // longer than production's 3 s: this shared two-core machine is often slow enough to make a genuine answer late
        registry.add("gxh.wechat.read-timeout", () -> WeChatStub.READ_TIMEOUT_MILLIS + "ms");
    }
}

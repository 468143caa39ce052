package com.gongxuhui.org;

import com.gongxuhui.common.security.SecurityEventRecorded;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.common.test.TopicObserver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * org-service on a random port against MariaDB, Redis and RocketMQ. The outbox relay and the DingTalk invitation
 * relay are not started by themselves here, so that the tests decide when events leave and when DingTalk is called.
 * The other services' security events' topic exists before its consumer starts (one subscribed to a missing topic
 * finds it only much later).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"gxh.outbox.relay-enabled=false", "gxh.dingtalk.invitation.relay-enabled=false"})
public abstract class OrgServiceIT {

    static {
        TopicObserver.ensureTopics("t" + TestSchemas.RUN_ID + "-", SecurityEventRecorded.TOPIC);
    }

    protected static final String ADMIN_PHONE = "13800000000";
    protected static final String ADMIN_PASSWORD = "Admin@123456";

    @LocalServerPort
    private int port;

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }
}

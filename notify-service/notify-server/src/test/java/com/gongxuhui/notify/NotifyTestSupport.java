package com.gongxuhui.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.expert.api.ExpertCreated;
import com.gongxuhui.expert.api.ExpertFollowed;
import com.gongxuhui.expert.api.ExpertTopics;
import com.gongxuhui.notify.api.NotifyTopics;
import com.gongxuhui.org.api.AccountCreated;
import com.gongxuhui.org.api.OrgTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.rocketmq.client.producer.SendStatus;
import org.junit.jupiter.api.BeforeEach;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every notify-service test shares, so that they share one Spring context (RocketMQ consumer groups and
 * XXL-JOB handlers are JVM-wide): the real MariaDB, Redis and broker; one WireMock per outside provider
 * (DingTalk, WeChat, Aliyun SMS) with the platform's test credentials, and one playing the XXL-JOB admin; a
 * short back-off and three attempts, so that retries end within a test. Events are sent to the real broker
 * exactly as the producing service's outbox relay sends them: topic, tag = event type, key = event id.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
public abstract class NotifyTestSupport {

    static {
        TopicObserver.ensureTopics("t" + TestSchemas.RUN_ID + "-", OrgTopics.EVENTS, DemandTopics.EVENTS,
                ExpertTopics.EVENTS, NotifyTopics.EVENTS);
    }

    protected static final String DINGTALK_KEY = "ding-app-key";
    protected static final String DINGTALK_SECRET = "ding-app-secret";
    protected static final long DINGTALK_AGENT = 2_883_004_511L;
    protected static final String WECHAT_APP_ID = "wx-mp-appid";
    protected static final String WECHAT_SECRET = "wx-mp-secret";
    protected static final String PUSH_TEMPLATE = "tpl-push-1";
    protected static final String DIGEST_TEMPLATE = "tpl-digest-1";
    protected static final String MINI_PROGRAM = "wx-mini-appid";
    protected static final String SMS_KEY_ID = "LTAI-test-key";
    protected static final String SMS_KEY_SECRET = "sms-secret";
    protected static final String SMS_SIGN = "供需荟";
    protected static final String SMS_TEMPLATE = "SMS_100200300";
    protected static final String XXL_TOKEN = "xxl-token-7f";
    protected static final int XXL_PORT = ServiceProcess.freePort();
    protected static final String ASYNCSEND = "/topapi/message/corpconversation/asyncsend_v2";
    protected static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";

    protected static final WireMockServer dingtalk = started();
    protected static final WireMockServer wechat = started();
    protected static final WireMockServer sms = started();
    protected static final WireMockServer xxlAdmin = started();
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @LocalServerPort
    protected int port;

    @Autowired
    protected RocketMQTemplate rocketMQ;

    @Autowired
    protected EventJson json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Value("${gxh.events.topic-prefix}")
    protected String topicPrefix;

    @Value("${rocketmq.name-server}")
    protected String nameServer;

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        properties.add("gxh.notify.dingtalk.base-url", dingtalk::baseUrl);
        properties.add("gxh.notify.dingtalk.app-key", () -> DINGTALK_KEY);
        properties.add("gxh.notify.dingtalk.app-secret", () -> DINGTALK_SECRET);
        properties.add("gxh.notify.dingtalk.agent-id", () -> DINGTALK_AGENT);
        properties.add("gxh.notify.wechat.base-url", wechat::baseUrl);
        properties.add("gxh.notify.wechat.app-id", () -> WECHAT_APP_ID);
        properties.add("gxh.notify.wechat.secret", () -> WECHAT_SECRET);
        properties.add("gxh.notify.wechat.push-template-id", () -> PUSH_TEMPLATE);
        properties.add("gxh.notify.wechat.digest-template-id", () -> DIGEST_TEMPLATE);
        properties.add("gxh.notify.wechat.mini-program-app-id", () -> MINI_PROGRAM);
        properties.add("gxh.notify.sms.endpoint", sms::baseUrl);
        properties.add("gxh.notify.sms.access-key-id", () -> SMS_KEY_ID);
        properties.add("gxh.notify.sms.access-key-secret", () -> SMS_KEY_SECRET);
        properties.add("gxh.notify.sms.sign-name", () -> SMS_SIGN);
        properties.add("gxh.notify.sms.invitation-template", () -> SMS_TEMPLATE);
        // generous: a loaded test machine must not turn a slow answer into a retry the test did not ask for
        properties.add("gxh.notify.read-timeout", () -> "10s");
        properties.add("gxh.notify.delivery.max-attempts", () -> 3);
        properties.add("gxh.notify.delivery.initial-backoff", () -> "200ms");
        properties.add("gxh.notify.delivery.poll-interval", () -> "100ms");
        properties.add("gxh.notify.xxl-job.admin-addresses", () -> xxlAdmin.baseUrl() + "/xxl-job-admin");
        properties.add("gxh.notify.xxl-job.access-token", () -> XXL_TOKEN);
        properties.add("gxh.notify.xxl-job.ip", () -> "127.0.0.1");
        properties.add("gxh.notify.xxl-job.port", () -> XXL_PORT);
        properties.add("gxh.notify.xxl-job.log-path", () -> "target/xxl-job");
        // the admin accepts whatever the executor tells it (registrations, callbacks)
        xxlAdmin.stubFor(any(anyUrl()).willReturn(okJson("{\"code\":200,\"msg\":null}")));
    }

    /** Every provider answers as it does on success; a test that needs a failure stubs it over this. */
    @BeforeEach
    void providersAnswerOk() {
        dingtalk.resetAll();
        dingtalk.stubFor(get(urlPathEqualTo("/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"ding-token-1\",\"expires_in\":7200}")));
        dingtalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getbymobile")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"ding-user-1\"},\"request_id\":\"r1\"}")));
        dingtalk.stubFor(post(urlPathEqualTo(ASYNCSEND)).willReturn(
                okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":256271667526,\"request_id\":\"r2\"}")));
        wechat.resetAll();
        wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token"))
                .willReturn(okJson("{\"access_token\":\"wx-token-1\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo(TEMPLATE_SEND))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
        sms.resetAll();
        sms.stubFor(get(urlPathEqualTo("/")).willReturn(okJson(
                "{\"Message\":\"OK\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\",\"BizId\":\"900619746936498440^0\",\"Code\":\"OK\"}")));
    }

    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    protected String topic(String events) {
        return topicPrefix + events;
    }

    /** Sends the event the way the producing service's outbox relay does: tag = type, key = event id. */
    protected void send(IntegrationEvent event) {
        String service = switch (event.getClass().getPackageName()) {
            case "com.gongxuhui.org.api" -> OrgTopics.EVENTS;
            case "com.gongxuhui.expert.api" -> ExpertTopics.EVENTS;
            case "com.gongxuhui.demand.api" -> DemandTopics.EVENTS;
            default -> throw new IllegalArgumentException("No topic for " + event.getClass());
        };
        Message message = new Message(topic(service), event.eventType(), event.eventId().toString(),
                json.write(event).getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(rocketMQ.getProducer().send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
        } catch (Exception e) {
            throw new IllegalStateException("RocketMQ refused " + event.eventType(), e);
        }
    }

    protected TopicObserver observeNotifyEvents() throws Exception {
        return new TopicObserver(nameServer, topic(NotifyTopics.EVENTS));
    }

    protected AccountCreated account(String name, String phone, long institutionId, Role... roles) {
        long id = nextId();
        return new AccountCreated(UUID.randomUUID(), Instant.now(), Actor.system(), Long.toString(id),
                new OrgCoordinates(institutionId, institutionId * 10, "330106"), id, name, phone, Set.of(roles));
    }

    protected static ExpertCreated expertCreated(long expertId, String name, String phone) {
        return new ExpertCreated(UUID.randomUUID(), Instant.now(), actor(), Long.toString(expertId), institution(11),
                expertId, name, phone, 11);
    }

    protected static ExpertFollowed expertFollowed(long expertId, String openId, boolean following) {
        return new ExpertFollowed(UUID.randomUUID(), Instant.now(), Actor.system(), Long.toString(expertId),
                institution(11), expertId, openId, following);
    }

    protected static DemandPushedToExpert pushed(long demandId, long expertId, String title) {
        long pushId = nextId();
        return new DemandPushedToExpert(UUID.randomUUID(), Instant.now(), actor(), Long.toString(demandId),
                institution(11), demandId, pushId, expertId, title, "F01", 1L);
    }

    /** Waits until notify-service's read model has the expert with this following state. */
    protected void awaitExpert(long expertId, boolean following) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "SELECT following FROM known_expert WHERE expert_id = ?", Boolean.class, expertId).contains(following));
    }

    protected static OrgCoordinates institution(long institutionId) {
        return new OrgCoordinates(institutionId, institutionId * 10, "330106");
    }

    protected static Actor actor() {
        return new Actor(1L, "测试");
    }

    /** The deliveries an event caused, as rows of the table (status, channel, recipient …). */
    protected List<Map<String, Object>> deliveriesOf(IntegrationEvent event) {
        return jdbc.queryForList("SELECT * FROM delivery WHERE cause_key = ? ORDER BY recipient_id",
                event.eventId().toString());
    }

    protected List<Map<String, Object>> awaitDeliveries(IntegrationEvent event, int count, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveriesOf(event).size() == count
                && deliveriesOf(event).stream().allMatch(row -> status.equals(row.get("status"))));
        return deliveriesOf(event);
    }

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    protected static String uniquePhone() {
        return "139" + String.format("%08d", nextId() % 100_000_000L);
    }
}

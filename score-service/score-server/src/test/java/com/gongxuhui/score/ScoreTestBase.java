package com.gongxuhui.score;

import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.event.EventJson;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.TestSchemas;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.demand.api.DemandTopics;
import com.gongxuhui.expert.api.ExpertTopics;
import com.gongxuhui.org.api.OrgTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What score-service's in-process tests share: the service on its port, the broker, the schema, tokens. */
public abstract class ScoreTestBase {

    static {
        createTopics("t" + TestSchemas.RUN_ID + "-");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private RocketMQTemplate rocketMQ;

    @Autowired
    private EventJson json;

    @Value("${gxh.events.topic-prefix}")
    private String topicPrefix;

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    protected EventWire wire() {
        return new EventWire(rocketMQ.getProducer(), json, topicPrefix);
    }

    /** Sends the events and waits until score-service has consumed every one of them. */
    protected void publishAndAwait(List<? extends IntegrationEvent> events) {
        wire().sendAll(events);
        awaitConsumed(events);
    }

    protected void awaitConsumed(List<? extends IntegrationEvent> events) {
        List<String> ids = events.stream().map(event -> event.eventId().toString()).toList();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(300)).until(() -> named.queryForObject(
                "SELECT COUNT(DISTINCT event_id) FROM consumed_event WHERE event_id IN (:ids)", Map.of("ids", ids),
                Long.class) == ids.size());
    }

    public static void createTopics(String prefix) {
        TopicObserver.ensureTopics(prefix, OrgTopics.EVENTS, DemandTopics.EVENTS, ExpertTopics.EVENTS);
    }

    protected static String bearer(long accountId, String role, Map<String, Object> place) {
        return HttpApi.bearer(TestTokens.issue(accountId, List.of(role), place));
    }

    protected static String manager(String regionCode) {
        return bearer(ScoreEvents.nextId(), "GOV_MANAGER", Map.of("region", regionCode));
    }

    protected static String institutionAdmin(long institutionId) {
        return bearer(ScoreEvents.nextId(), "INST_ADMIN", Map.of("inst", institutionId));
    }
}

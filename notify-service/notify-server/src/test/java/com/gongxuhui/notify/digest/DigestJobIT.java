package com.gongxuhui.notify.digest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.expert.api.ExpertSubscribed;
import com.gongxuhui.notify.NotifyTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest, triggered as the XXL-JOB admin triggers it: {@code POST /run} on the executor's own server with
 * the access token, handler {@code expertSubscriptionDigest}, sharding by broadcast index/total. Each subscribed
 * follower gets one WeChat message listing the demands approved in his fields; re-running the same day sends
 * nothing more. (One test: the day's window is fixed by its first trigger, which every step here relies on.)
 */
class DigestJobIT extends NotifyTestSupport {

    private static final AtomicLong LOG_IDS = new AtomicLong(1000);

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void eachSubscribedExpertGetsOneDigestPerDayAcrossShardsAndReRuns() throws Exception {
        String fieldA = "FA" + nextId();
        String fieldB = "FB" + nextId();
        String fieldC = "FC" + nextId();
        long evenExpert = nextEven();
        long oddExpert = nextEven() + 1;
        long quietExpert = nextEven();
        long nonFollower = nextEven() + 1;
        follows(evenExpert, true, fieldA);
        follows(oddExpert, true, fieldA, fieldB);
        follows(quietExpert, true, fieldC);
        follows(nonFollower, false, fieldA);
        approved("智能灌溉控制", fieldA);
        approved("锂电池回收工艺", fieldB);
        approved("茶叶精深加工", fieldA);
        awaitApproved(3, fieldA, fieldB);

        // the admin's access token is the executor's only guard (XxlJobProperties): without it or with another, no run
        assertThat(trigger(null, 0, 1).path("code").asInt()).isEqualTo(500);
        assertThat(trigger("wrong-token", 0, 1).path("code").asInt()).isEqualTo(500);
        // the window ends at the first trigger, and MariaDB keeps whole seconds: approvals must be a second older
        ServiceProcess.sleep(1100);
        assertThat(trigger(XXL_TOKEN, 0, 2).path("code").asInt()).isEqualTo(200);
        awaitDigests(1);
        assertThat(digestSends()).extracting(this::touser).containsExactly("o-" + evenExpert);

        assertThat(trigger(XXL_TOKEN, 1, 2).path("code").asInt()).isEqualTo(200);
        awaitDigests(3);
        List<LoggedRequest> sends = digestSends();
        assertThat(sends).extracting(this::touser).containsExactlyInAnyOrder("o-" + evenExpert, "o-" + oddExpert);
        JsonNode toOdd = body(sends.stream().filter(r -> touser(r).equals("o-" + oddExpert)).findFirst().orElseThrow());
        assertThat(toOdd.path("template_id").asText()).isEqualTo(DIGEST_TEMPLATE);
        assertThat(toOdd.path("miniprogram").path("pagepath").asText()).isEqualTo("pages/demand/subscribed");
        assertThat(toOdd.path("data").path("keyword1").path("value").asText())
                .isEqualTo("您订阅的领域今日新增 3 条需求：智能灌溉控制；锂电池回收工艺；茶叶精深加工");
        JsonNode toEven = body(sends.stream().filter(r -> touser(r).equals("o-" + evenExpert)).findFirst().orElseThrow());
        assertThat(toEven.path("data").path("keyword1").path("value").asText())
                .isEqualTo("您订阅的领域今日新增 2 条需求：智能灌溉控制；茶叶精深加工");
        assertThat(statusOf(nonFollower)).isEqualTo("NOT_SENT");
        assertThat(statusOf(quietExpert)).isNull();
        xxlAdmin.verify(postRequestedFor(urlMatching(".*callback.*")));

        approved("晚到的需求", fieldA);
        awaitApproved(4, fieldA, fieldB);
        assertThat(trigger(XXL_TOKEN, 0, 1).path("code").asInt()).isEqualTo(200);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> digestSends().size() == 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE cause_key = ?", Long.class, cause()))
                .isEqualTo(3);
    }

    private static long nextEven() {
        long id = nextId();
        return id % 2 == 0 ? id : id + 1;
    }

    private void follows(long expertId, boolean following, String... fields) {
        send(expertFollowed(expertId, "o-" + expertId, following));
        send(new ExpertSubscribed(UUID.randomUUID(), Instant.now(), actor(), Long.toString(expertId), institution(11),
                expertId, List.of(fields)));
        awaitExpert(expertId, following);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM expert_subscription WHERE expert_id = ?", Long.class, expertId) == fields.length);
    }

    private void approved(String title, String field) {
        long demandId = nextId();
        send(new DemandApproved(UUID.randomUUID(), Instant.now(), actor(), Long.toString(demandId), institution(11),
                demandId, 1L, 1L, title, field));
        // distinct approval times, so that the digest lists them in the order they were approved
        ServiceProcess.sleep(20);
    }

    private void awaitApproved(int count, String... fields) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM approved_demand WHERE field_code IN (?, ?)", Long.class, (Object[]) fields) == count);
    }

    /** Calls the executor as the admin does: {@code POST /run} with a TriggerRequest and the access token (if any). */
    private JsonNode trigger(String token, int shardIndex, int shardTotal) {
        Map<String, Object> request = Map.ofEntries(Map.entry("jobId", 7), Map.entry("executorHandler",
                "expertSubscriptionDigest"), Map.entry("executorParams", ""), Map.entry("executorBlockStrategy",
                "SERIAL_EXECUTION"), Map.entry("executorTimeout", 0), Map.entry("logId", LOG_IDS.incrementAndGet()),
                Map.entry("logDateTime", System.currentTimeMillis()), Map.entry("glueType", "BEAN"),
                Map.entry("glueSource", ""), Map.entry("glueUpdatetime", 0), Map.entry("broadcastIndex", shardIndex),
                Map.entry("broadcastTotal", shardTotal));
        HttpApi executor = new HttpApi("http://127.0.0.1:" + XXL_PORT);
        return (token == null ? executor.post("/run", request) : executor.post("/run", request, "XXL-JOB-ACCESS-TOKEN",
                token)).json();
    }

    private void awaitDigests(int finished) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM delivery WHERE cause_key = ? AND status <> 'PENDING'", Long.class, cause())
                == finished);
    }

    private List<LoggedRequest> digestSends() {
        return wechat.findAll(postRequestedFor(urlPathEqualTo(TEMPLATE_SEND))).stream()
                .filter(request -> body(request).path("template_id").asText().equals(DIGEST_TEMPLATE)).toList();
    }

    private String statusOf(long expertId) {
        return jdbc.queryForList("SELECT status FROM delivery WHERE cause_key = ? AND recipient_id = ?", String.class,
                cause(), expertId).stream().findFirst().orElse(null);
    }

    private static String cause() {
        return "digest:" + LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private String touser(LoggedRequest request) {
        return body(request).path("touser").asText();
    }

    private JsonNode body(LoggedRequest request) {
        try {
            return objectMapper.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

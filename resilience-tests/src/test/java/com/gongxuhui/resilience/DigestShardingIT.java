package com.gongxuhui.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.gongxuhui.common.test.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The 16:00 digest on two notify instances with XXL-JOB's sharding broadcast (shard 0 of 2 on one, 1 of 2 on the
 * other, as the admin triggers them): each of 10 000 subscribed experts gets exactly one WeChat message.
 */
class DigestShardingIT {

    private static final int EXPERTS = 10_000;

    @Test
    void eachOfTenThousandExpertsIsMessagedExactlyOnceAcrossTwoInstances() {
        try (NotifyInstances notify = new NotifyInstances("notify_digest_db", true, List.of(
                "--gxh.notify.delivery.poll-interval=500ms"))) {
            notify.wechat.stubFor(post(urlPathEqualTo(NotifyInstances.TEMPLATE_SEND))
                    .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
            List<Long> experts = LongStream.rangeClosed(1, EXPERTS).map(i -> 700_000 + i).boxed().toList();
            notify.subscribedExperts(experts, "F-DIGEST", 3);
            // the day's window ends at the first trigger, and MariaDB keeps whole seconds
            ServiceProcess.sleep(1100);

            assertThat(notify.triggerDigest(0, 0).path("code").asInt()).isEqualTo(200);
            assertThat(notify.triggerDigest(1, 1).path("code").asInt()).isEqualTo(200);

            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> notify.digestsWithStatus("SENT") == EXPERTS);
            assertThat(notify.unfinishedDigests()).isZero();
            Map<String, Long> received = notify.digestsPerOpenId();
            assertThat(received).hasSize(EXPERTS);
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                    experts.stream().map(NotifyInstances::openId).toList());
            assertThat(received.values()).allMatch(count -> count == 1);
        }
    }
}

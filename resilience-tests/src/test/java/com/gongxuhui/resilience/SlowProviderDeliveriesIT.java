package com.gongxuhui.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A slow provider on two notify instances: WeChat answers each message after 300 ms, and each instance sends a batch
 * of 40 on 2 threads, about 6 s, twice its 3 s claim. The claim is renewed while the batch runs, so the other
 * instance, polling every 200 ms, never takes those rows over: every message reaches WeChat exactly once.
 */
class SlowProviderDeliveriesIT {

    private static final int EXPERTS = 160;

    @Test
    void aBatchOutlivingItsClaimIsNotSentAgainByTheOtherInstance() {
        try (NotifyInstances notify = new NotifyInstances("notify_slow_db", true, List.of(
                "--gxh.notify.delivery.lease=3s", "--gxh.notify.delivery.batch-size=40",
                "--gxh.notify.delivery.senders=2", "--gxh.notify.delivery.poll-interval=200ms"))) {
            notify.wechat.stubFor(post(urlPathEqualTo(NotifyInstances.TEMPLATE_SEND)).willReturn(
                    okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}").withFixedDelay(300)));
            List<Long> experts = LongStream.rangeClosed(1, EXPERTS).map(i -> 800_000 + i).boxed().toList();
            notify.subscribedExperts(experts, "F-SLOW", 2);
            ServiceProcess.sleep(1100);

            long started = System.nanoTime();
            assertThat(notify.triggerDigest(0, 0).path("code").asInt()).isEqualTo(200);
            assertThat(notify.triggerDigest(1, 1).path("code").asInt()).isEqualTo(200);

            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> notify.digestsWithStatus("SENT") == EXPERTS);
            // the run really had batches longer than the claim: 80 messages per instance at 2 × 300 ms per 600 ms
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(6));
            Map<String, Long> received = notify.digestsPerOpenId();
            assertThat(received).hasSize(EXPERTS);
            assertThat(received.values()).allMatch(count -> count == 1);
            assertThat(notify.jdbc.queryForObject("SELECT MAX(attempts) FROM delivery", Integer.class)).isEqualTo(1);
        }
    }
}

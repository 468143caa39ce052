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
 * Without an XXL-JOB admin (the embedded default) no executor starts and each instance's local cron runs the whole
 * digest (one shard of one); with two such instances every expert is still messaged exactly once (the deliveries'
 * unique key and the exclusive claims), and later firings of the cron the same day send nothing more.
 */
class LocalDigestScheduleIT {

    private static final int EXPERTS = 300;

    @Test
    void withoutAnAdminTheLocalCronSendsTheDigestOncePerExpert() {
        try (NotifyInstances notify = new NotifyInstances("notify_local_db", false, List.of(
                "--gxh.notify.digest.cron=*/5 * * * * ?", "--gxh.notify.delivery.poll-interval=500ms"))) {
            notify.wechat.stubFor(post(urlPathEqualTo(NotifyInstances.TEMPLATE_SEND))
                    .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}")));
            assertThat(notify.executorListens(0)).isFalse();
            assertThat(notify.executorListens(1)).isFalse();
            List<Long> experts = LongStream.rangeClosed(1, EXPERTS).map(i -> 900_000 + i).boxed().toList();
            notify.subscribedExperts(experts, "F-LOCAL", 2);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> notify.digestsWithStatus("SENT") == EXPERTS);
            // two more firings of each instance's cron
            ServiceProcess.sleep(11_000);
            Map<String, Long> received = notify.digestsPerOpenId();
            assertThat(received).hasSize(EXPERTS);
            assertThat(received.values()).allMatch(count -> count == 1);
        }
    }
}

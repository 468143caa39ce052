package com.gongxuhui.enterprise.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.enterprise.EnterpriseTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

/**
 * The enterprise list filtered by region asks org-service for the region's descendants (when this instance has not
 * kept them: the test empties that cache, common-lib's ReferenceDataCaching, once org-service is frozen). With the
 * real org-service frozen (SIGSTOP: its port accepts connections, nothing answers), every request is answered within the read
 * timeout (5 s, gxh-defaults.yml) by a 503 problem naming org-service, instead of holding its thread; once most
 * calls failed the circuit opens and requests are refused at once; after org-service resumes, the list works again.
 */
class StalledOrgServiceIT extends EnterpriseTestSupport {

    private static final String LIST = "/api/enterprises?region=330100";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    @Autowired
    CacheManager caches;

    @Test
    void aStalledPeerCostsEachRequestAtMostTheTimeoutAndThenNothing() throws Exception {
        String admin = people().adminA();
        assertThat(list(admin).response().status()).isEqualTo(200);
        ServiceProcess org = PeerProcess.org();
        org.pause();
        caches.getCache("region-descendants").clear();
        // Sentinel counts failures in one 10-s bucket aligned to the clock, when each call ends: the timeouts of calls
        // started together may straddle a bucket's end. Ten calls leave at least five (the minimum that opens the
        // circuit) in one bucket however they are split; eight could be split four and four, and the circuit stay shut.
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try {
            List<CompletableFuture<Timed>> concurrent = IntStream.range(0, 10)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> list(admin), callers)).toList();
            for (CompletableFuture<Timed> call : concurrent) {
                Timed timed = call.get();
                assertThat(timed.response().status()).isEqualTo(503);
                assertThat(timed.response().json().path("code").asText()).isEqualTo("PEER_UNAVAILABLE");
                assertThat(timed.response().json().path("service").asText()).isEqualTo("org-service");
                assertThat(timed.elapsed()).isLessThan(READ_TIMEOUT.plusSeconds(4));
            }

            Timed refusedAtOnce = list(admin);
            assertThat(refusedAtOnce.response().status()).isEqualTo(503);
            assertThat(refusedAtOnce.response().json().path("service").asText()).isEqualTo("org-service");
            assertThat(refusedAtOnce.response().json().path("detail").asText()).contains("org-service");
            assertThat(refusedAtOnce.elapsed()).isLessThan(Duration.ofSeconds(1));
        } finally {
            callers.shutdownNow();
            org.resume();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> list(admin).response().status() == 200);
    }

    private record Timed(HttpApi.Response response, Duration elapsed) {
    }

    private Timed list(String bearer) {
        long started = System.nanoTime();
        HttpApi.Response response = api().get(LIST, "Authorization", bearer);
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }
}

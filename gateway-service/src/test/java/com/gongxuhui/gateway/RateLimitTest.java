package com.gongxuhui.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.adapter.gateway.common.rule.GatewayRuleManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** enterprise-service's route is limited to 2 requests per second in GatewayTestSupport. */
class RateLimitTest extends GatewayTestSupport {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void loadsTheConfiguredLimitAsASentinelRuleOfTheRoute() {
        assertThat(GatewayRuleManager.getRulesForResource("enterprise-service"))
                .singleElement()
                .satisfies(rule -> assertThat(rule.getCount()).isEqualTo(2.0));
    }

    @Test
    void refusesABurstOverTheRouteLimitWith429ProblemsWhileOtherRoutesKeepWorking() {
        String token = tokens.valid();
        long started = System.nanoTime();
        List<EntityExchangeResult<Map<String, Object>>> burst = burst(token, "zh-CN");
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        List<Integer> statuses = burst.stream().map(result -> result.getStatus().value()).toList();
        assertThat(statuses).isSubsetOf(200, 429).contains(429);
        // At 2 per second, however slow the machine made the burst: at most 2 in each second it touched.
        assertThat(statuses).filteredOn(status -> status == 200).hasSizeLessThanOrEqualTo((int) (2 * (seconds + 1)));
        EntityExchangeResult<Map<String, Object>> refused = burst.stream()
                .filter(result -> result.getStatus().value() == 429).findFirst().orElseThrow();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody())
                .containsEntry("status", 429)
                .containsEntry("code", "RATE_LIMITED")
                .containsEntry("title", "请求过多")
                .containsEntry("detail", "请求过于频繁，请稍后再试")
                .containsEntry("instance", "/api/enterprises");
        assertThat(refused.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();

        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/demands", token, "zh-CN").getStatus().value()).isEqualTo(200);
        }
    }

    @Test
    void explainsTheRefusalInEnglishWhenAsked() {
        String token = tokens.valid();
        EntityExchangeResult<Map<String, Object>> refused = burst(token, "en").stream()
                .filter(result -> result.getStatus().value() == 429).findFirst().orElseThrow();

        assertThat(refused.getResponseBody())
                .containsEntry("title", "Too many requests")
                .containsEntry("detail", "Too many requests, try again later");
    }

    /**
     * 12 requests to the limited route, all sent at once: on a loaded machine, one after the other may take
     * so long each that they never pass 2 per second.
     */
    private List<EntityExchangeResult<Map<String, Object>>> burst(String token, String language) {
        return Flux.range(0, 12)
                .flatMap(i -> Mono.fromCallable(() -> get("/api/enterprises", token, language))
                        .subscribeOn(Schedulers.boundedElastic()), 12)
                .collectList()
                .block();
    }

    private EntityExchangeResult<Map<String, Object>> get(String path, String token, String language) {
        return client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange()
                .expectBody(JSON)
                .returnResult();
    }
}

package com.gongxuhui.enterprise.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.enterprise.EnterpriseTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The business-registration lookup against a WireMock provider speaking Tianyancha's baseinfo contract. */
class RegistryLookupIT extends EnterpriseTestSupport {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aFoundEnterpriseComesBackWithItsFactsAndTheRegionOfItsCreditCode() {
        String name = uniqueName();
        String uscc = usccIn("330106");
        registryAnswers(name, found(name, uscc));

        JsonNode enterprise = ok(lookup(name, people().staffA()));

        assertThat(enterprise.path("name").asText()).isEqualTo(name);
        assertThat(enterprise.path("uscc").asText()).isEqualTo(uscc);
        assertThat(enterprise.path("legalRepresentative").asText()).isEqualTo("王建国");
        assertThat(enterprise.path("registeredCapital").asText()).isEqualTo("5000万人民币");
        assertThat(enterprise.path("establishedOn").asText()).isEqualTo("2015-03-02");
        assertThat(enterprise.path("address").asText()).isEqualTo("浙江省杭州市西湖区文三路90号");
        assertThat(enterprise.path("businessScope").asText()).isEqualTo("技术开发、技术服务");
        assertThat(enterprise.path("industry").asText()).isEqualTo("科技推广和应用服务业");
        assertThat(enterprise.path("regionCode").asText()).isEqualTo("330106");
        registry.verify(1, baseInfoFor(name));
        assertThat(registry.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void anEnterpriseRegisteredOutsideZhejiangHasNoRegionToPropose() {
        String name = uniqueName();
        registryAnswers(name, found(name, usccIn("110108")));

        JsonNode enterprise = ok(lookup(name, people().adminA()));

        assertThat(enterprise.has("regionCode")).isFalse();
    }

    @Test
    void theSameEnterpriseAskedAgainByNameSpacingOrCreditCodeComesFromTheCache() {
        String name = uniqueName();
        String uscc = usccIn("330106");
        registryAnswers(name, found(name, uscc));

        ok(lookup(name, people().staffA()));
        assertThat(ok(lookup(" " + name.substring(0, 4) + " " + name.substring(4) + " ", people().colleagueA()))
                .path("uscc").asText()).isEqualTo(uscc);
        assertThat(ok(lookup(uscc.toLowerCase(), people().staffB())).path("name").asText()).isEqualTo(name);

        registry.verify(1, baseInfoFor(name));
        assertThat(registry.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void theProvidersNoDataIsEnterpriseNotRegisteredAndIsCachedForAWhile() {
        String name = uniqueName();
        registryAnswers(name, okJson("{\"error_code\": 300000, \"reason\": \"无数据\"}"));

        Response first = lookup(name, people().staffA());
        Response second = lookup(" " + name, people().staffB());

        assertThat(first.status()).isEqualTo(404);
        assertThat(first.code()).isEqualTo("ENTERPRISE_NOT_REGISTERED");
        assertThat(first.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.code()).isEqualTo("ENTERPRISE_NOT_REGISTERED");
        registry.verify(1, baseInfoFor(name));
        // not for as long as a found one: the enterprise may be registered tomorrow
        Long ttl = redis.getExpire("registry:not-registered:" + name, TimeUnit.SECONDS);
        assertThat(ttl).isBetween(1L, Duration.ofHours(1).toSeconds());
    }

    @Test
    void eachAccountHasADailyQuotaOfPaidLookupsAnsweredWithATooManyRequestsProblem() {
        String broker = newBroker();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DAILY_LOOKUPS; i++) {
            String name = uniqueName();
            names.add(name);
            registryAnswers(name, found(name, usccIn("330106")));
            assertThat(lookup(name, broker).status()).as("lookup %d", i + 1).isEqualTo(200);
        }
        String oneTooMany = uniqueName();
        registryAnswers(oneTooMany, found(oneTooMany, usccIn("330106")));

        Response refused = lookup(oneTooMany, broker);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("REGISTRY_QUOTA_EXCEEDED");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        registry.verify(0, baseInfoFor(oneTooMany));
        assertThat(lookup(names.get(0), broker).status()).as("a cached answer costs nothing").isEqualTo(200);
        assertThat(lookup(oneTooMany, people().colleagueA()).status()).as("another account's quota").isEqualTo(200);
        assertThat(registry.findAll(anyRequestedFor(anyUrl()))).hasSize(DAILY_LOOKUPS + 1);
    }

    @Test
    void theProvidersRateLimitInItsBodyOrAsHttp429IsTooManyRequests() {
        String inBody = uniqueName();
        String asStatus = uniqueName();
        registryAnswers(inBody, okJson("{\"error_code\": 300004, \"reason\": \"访问频率过快\"}"));
        registryAnswers(asStatus, aResponse().withStatus(429));

        for (String name : List.of(inBody, asStatus)) {
            Response limited = lookup(name, people().staffA());
            assertThat(limited.status()).as(name).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("REGISTRY_RATE_LIMITED");
        }
        registry.verify(1, baseInfoFor(inBody));
        registry.verify(1, baseInfoFor(asStatus));
    }

    @Test
    void anOutageATimeoutABrokenAnswerOrAnExhaustedAccountIsServiceUnavailable() {
        List<ResponseDefinitionBuilder> failures = List.of(
                aResponse().withStatus(500).withBody("Internal Server Error"),
                aResponse().withStatus(502),
                found("慢企业", usccIn("330106")).withFixedDelay(9000),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                okJson("<html>maintenance</html>"),
                okJson("{\"error_code\": 300007, \"reason\": \"剩余次数不足\"}"),
                okJson("{\"error_code\": 300002, \"reason\": \"账号失效\"}"));
        for (ResponseDefinitionBuilder failure : failures) {
            String name = uniqueName();
            registryAnswers(name, failure);

            Response unavailable = lookup(name, people().staffA());

            assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(503);
            assertThat(unavailable.code()).isEqualTo("REGISTRY_UNAVAILABLE");
            registry.verify(1, baseInfoFor(name));
        }
    }

    @Test
    void onlyInstitutionsPeopleMayLookUpAndABlankNameIsRefusedWithoutAskingTheProvider() {
        assertThat(lookup(uniqueName(), people().hangzhouManager()).status()).isEqualTo(403);
        assertThat(api().get("/api/enterprises/lookup?name=x").status()).isEqualTo(401);
        Response blank = lookup("  ", people().staffA());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api().get("/api/enterprises/lookup", auth(people().staffA())).status()).isEqualTo(400);
        assertThat(lookup("长".repeat(101), people().staffA()).status()).isEqualTo(400);
        assertThat(registry.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private Response lookup(String name, String bearer) {
        return api().get("/api/enterprises/lookup?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), auth(bearer));
    }
}

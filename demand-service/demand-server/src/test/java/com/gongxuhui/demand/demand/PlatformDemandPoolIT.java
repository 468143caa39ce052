package com.gongxuhui.demand.demand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Demands municipal platforms bring in through the open API wait in the pool (需求大厅) until an institution
 * claims them (揭榜). The gateway checks the platform's signature and vouches for it with the open-API credential;
 * here the test plays the gateway's part by sending those headers.
 */
@ServiceIntegrationTest
class PlatformDemandPoolIT extends DemandServiceTestSupport {

    private static final String[] HANGZHOU_PLATFORM = {"X-Internal-Token", "local-open-api-token",
            "X-Open-Platform", "hangzhou-platform", "X-Open-Region", "330100", "X-Open-App-Key", "hz-app"};
    private static final String[] NINGBO_PLATFORM = {"X-Internal-Token", "local-open-api-token",
            "X-Open-Platform", "ningbo-platform", "X-Open-Region", "330200", "X-Open-App-Key", "nb-app"};

    static Institution a;
    static Institution b;

    @BeforeAll
    static void organisations() {
        a = institution("6.00");
        b = institution("5.00");
    }

    @Test
    void aPlatformsDemandWaitsInEveryInstitutionsPoolUntilOneClaimsItThenDocksThere() {
        Map<String, Object> form = platformForm();
        Response submitted = api().post("/open/demands", form, HANGZHOU_PLATFORM);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().path("id").asLong();
        assertThat(submitted.json().path("status").asText()).isEqualTo("IN_POOL");
        assertThat(ids(a.brokerBearer(), "/api/demand-pool?size=100")).contains(id);
        assertThat(ids(b.admin(), "/api/demand-pool?size=100")).contains(id);
        JsonNode beforeClaim = get(b.admin(), "/api/demands/" + id);
        assertThat(beforeClaim.path("platformSubmission").path("enterpriseName").asText()).isEqualTo("杭州测试纺织有限公司");
        assertThat(beforeClaim.path("platformSubmission").hasNonNull("contactPhone"))
                .as("contacts only for whoever works the demand").isFalse();
        assertThat(beforeClaim.path("availableActions").toString()).contains("CLAIM");
        String path = "/api/demands/" + id;

        assertThat(api().post(path + "/claim", Map.of("commitmentSigned", true), auth(b.brokerBearer())).status())
                .as("a broker does not claim").isEqualTo(403);
        assertThat(api().post(path + "/claim", Map.of("commitmentSigned", false), auth(b.admin())).code())
                .isEqualTo("COMMITMENT_REQUIRED");
        assertThat(api().post(path + "/claim", Map.of("commitmentSigned", true, "feeRatePercent", "4.99"),
                auth(b.admin())).code()).isEqualTo("FEE_RATIO_BELOW_MINIMUM");
        JsonNode claimed = ok(api().post(path + "/claim", Map.of("commitmentSigned", true), auth(b.admin())));

        assertThat(claimed.path("status").asText()).isEqualTo("DOCKING");
        assertThat(claimed.path("institutionId").asLong()).isEqualTo(b.id());
        assertThat(claimed.path("feeRatio").decimalValue()).as("the institution's minimum").isEqualByComparingTo("5.00");
        assertThat(ids(a.admin(), "/api/demand-pool?size=100")).doesNotContain(id);
        assertThat(api().get(path, auth(a.admin())).status()).as("no longer in the pool").isEqualTo(404);
        JsonNode detail = get(b.admin(), path);
        assertThat(detail.path("platformSubmission").path("contactPhone").asText()).isEqualTo("13700000001");
        assertThat(detail.path("platformSubmission").path("claimCommitment").asText()).contains("5.00%");
        ok(api().put(path + "/handler", Map.of("handlerId", b.broker()), auth(b.admin())));
        assertThat(get(b.brokerBearer(), path).path("availableActions").toString()).contains("FOLLOW_UP", "PUSH");
        JsonNode status = ok(api().get("/open/demands/" + id, HANGZHOU_PLATFORM));
        assertThat(status.path("status").asText()).isEqualTo("DOCKING");
        assertThat(status.path("institutionId").asLong()).isEqualTo(b.id());
        JsonNode trail = get(b.admin(), path + "/trail");
        assertThat(trail.path("steps").findValuesAsText("action"))
                .containsExactly("SUBMITTED_BY_PLATFORM", "CLAIMED", "REASSIGNED");
        assertThat(trail.path("verified").asBoolean()).isTrue();
        assertThat(jdbc.queryForList("SELECT event_type FROM outbox_event WHERE aggregate_id = ? ORDER BY id",
                String.class, Long.toString(id))).containsExactly("DemandEnteredPool", "DemandClaimed", "DemandReassigned");
    }

    @Test
    void ofTwoSimultaneousClaimsExactlyOneWins() {
        long id = api().post("/open/demands", platformForm(), HANGZHOU_PLATFORM).json().path("id").asLong();

        List<Response> answers = List.of(a.admin(), b.admin()).stream()
                .map(admin -> CompletableFuture.supplyAsync(() -> api().post("/api/demands/" + id + "/claim",
                        Map.of("commitmentSigned", true), auth(admin))))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200).allMatch(r -> r.status() == 409 || r.status() == 404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'DemandClaimed' "
                + "AND aggregate_id = ?", Long.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void aRetriedSubmissionReturnsTheFirstDemandAndAnotherPlatformCannotSeeIt() {
        Map<String, Object> form = platformForm();
        long id = api().post("/open/demands", form, HANGZHOU_PLATFORM).json().path("id").asLong();

        Response retried = api().post("/open/demands", form, HANGZHOU_PLATFORM);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demand WHERE external_id = ?", Long.class,
                form.get("externalId"))).isEqualTo(1);
        assertThat(ok(api().get("/open/demands?externalId=" + form.get("externalId"), HANGZHOU_PLATFORM)).path("id")
                .asLong()).isEqualTo(id);
        assertThat(api().get("/open/demands/" + id, NINGBO_PLATFORM).status()).isEqualTo(404);
        assertThat(api().get("/open/demands?externalId=" + form.get("externalId"), NINGBO_PLATFORM).status())
                .isEqualTo(404);
    }

    @Test
    void withoutTheGatewaysVouchingTheOpenApiAnswers401AndStoresNothing() {
        long before = count();
        String[] forged = {"X-Internal-Token", "guessed", "X-Open-Platform", "hangzhou-platform", "X-Open-Region", "330100"};
        String[] noPlatform = {"X-Internal-Token", "local-open-api-token", "X-Open-Region", "330100"};
        // expert-service's credential is for org-service's expert login, not for posing as a municipal platform
        String[] expertLoginCredential = {"X-Internal-Token", "local-expert-login-token", "X-Open-Platform",
                "hangzhou-platform", "X-Open-Region", "330100"};

        for (String[] headers : List.of(forged, noPlatform, expertLoginCredential,
                new String[] {"X-Open-Platform", "hangzhou-platform"},
                new String[] {"Authorization", a.admin()})) {
            Response refused = api().post("/open/demands", platformForm(), headers);
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("OPEN_CLIENT_UNTRUSTED");
        }
        assertThat(api().get("/open/demands/1", forged).status()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badPlatformSubmissionsGetProblemsAndStoreNothing() {
        long before = count();
        long outboxBefore = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Long.class);
        List<Map<String, Object>> bad = List.of(
                without(platformForm(), "externalId"),
                with(platformForm(), "externalId", "x".repeat(65)),
                with(platformForm(), "title", "长".repeat(101)),
                with(platformForm(), "type", "MAGIC"),
                with(platformForm(), "fieldCode", "ASTROLOGY"),
                with(platformForm(), "budget", "-1"),
                with(platformForm(), "deadline", "not-a-date"),
                without(platformForm(), "enterprise"),
                with(platformForm(), "enterprise", Map.of("name", "某公司", "uscc", "91330100MA2XXXXXX0",
                        "contactName", "张", "contactPhone", "13700000001")),
                with(platformForm(), "enterprise", Map.of("name", "某公司",
                        "uscc", UnifiedSocialCreditCode.random("91330100"), "contactName", "张", "contactPhone", "12345")));

        for (Map<String, Object> form : bad) {
            Response refused = api().post("/open/demands", form, HANGZHOU_PLATFORM);
            assertThat(refused.status()).as(form + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().send("POST", "/open/demands", "application/json", "{\"title\":", HANGZHOU_PLATFORM).status())
                .isEqualTo(400);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event", Long.class)).isEqualTo(outboxBefore);
    }

    private static Map<String, Object> platformForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("externalId", "HZ-" + UUID.randomUUID());
        form.put("title", "纺织企业寻求印染废水零排放技术");
        form.put("description", "企业位于萧山，希望三年内实现印染废水零排放。");
        form.put("type", "TECHNOLOGY");
        form.put("fieldCode", "RESOURCES_ENVIRONMENT");
        form.put("industry", "纺织印染");
        form.put("budget", "800000.00");
        form.put("enterprise", Map.of("name", "杭州测试纺织有限公司", "uscc", UnifiedSocialCreditCode.random("91330109"),
                "contactName", "陈经理", "contactPhone", "13700000001"));
        return form;
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        form.put(field, value);
        return form;
    }

    private static Map<String, Object> without(Map<String, Object> form, String field) {
        form.remove(field);
        return form;
    }
}

package com.gongxuhui.demand.demand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demand side of the experts' mini-program: an expert sees the demands pushed to him, those he docked and
 * docking demands in the fields he subscribed to (his subscriptions kept by the real expert-service), docks and
 * withdraws, and sees nothing else.
 */
@ServiceIntegrationTest
class ExpertPortalIT extends DemandServiceTestSupport {

    static Institution a;
    static Institution b;

    @BeforeAll
    static void organisations() {
        a = institution("6.00");
        b = institution("5.00");
    }

    @Test
    void anExpertSeesWhatWasPushedToHimWithTheBrokersContactButNotOtherDemandsNorTheConsole() {
        Expert expert = signedInExpert(a);
        long pushed = docking(a);
        long other = docking(a);
        ok(api().post("/api/demands/" + pushed + "/expert-pushes", Map.of("expertIds", List.of(expert.id())),
                auth(a.brokerBearer())));

        assertThat(portalIds(expert, "PUSHED")).containsExactly(pushed);
        assertThat(portalIds(expert, "ALL")).contains(pushed).doesNotContain(other);
        JsonNode detail = ok(api().get("/api/expert-portal/demands/" + pushed, auth(expert.bearer())));
        assertThat(detail.path("pushed").asBoolean()).isTrue();
        assertThat(detail.path("broker").path("name").asText()).startsWith("经纪人");
        assertThat(detail.path("broker").path("phone").asText()).matches("1\\d{10}");
        assertThat(detail.has("feeRatio")).as("the institution's terms are not the expert's business").isFalse();
        assertThat(api().get("/api/expert-portal/demands/" + other, auth(expert.bearer())).status()).isEqualTo(404);
        for (String console : List.of("/api/demands/" + pushed, "/api/demands?size=100", "/api/demand-pool",
                "/api/demands/" + pushed + "/expert-pushes", "/api/demands/" + pushed + "/trail")) {
            Response refused = api().get(console, auth(expert.bearer()));
            assertThat(refused.status()).as("the console is not for experts: " + console + " " + refused.body())
                    .isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api().get("/api/expert-portal/demands", auth(a.brokerBearer())).status())
                .as("the portal is for experts").isEqualTo(403);
    }

    @Test
    void subscriptionsShowDockingDemandsOfTheirFieldsFromEveryInstitutionWithoutTheBrokersContact() {
        Expert expert = signedInExpert(a);
        subscribe(expert, List.of("NEW_MATERIALS"));
        long ours = docking(a, "NEW_MATERIALS");
        long theirs = docking(b, "NEW_MATERIALS");
        long pending = submit(a.brokerBearer(), with(form("6.00"), "fieldCode", "NEW_MATERIALS")).json().path("id").asLong();
        long otherField = docking(a);

        List<Long> subscribed = portalIds(expert, "SUBSCRIBED");

        assertThat(subscribed).contains(ours, theirs).doesNotContain(pending, otherField);
        JsonNode detail = ok(api().get("/api/expert-portal/demands/" + theirs, auth(expert.bearer())));
        assertThat(detail.path("pushed").asBoolean()).isFalse();
        assertThat(detail.hasNonNull("broker")).isFalse();
        assertThat(api().get("/api/expert-portal/demands/" + pending, auth(expert.bearer())).status()).isEqualTo(404);
        subscribe(expert, List.of());
        assertThat(portalIds(expert, "SUBSCRIBED")).isEmpty();
    }

    @Test
    void anExpertDocksAndWithdrawsOnceEachTrailedAndToldToTheBroker() {
        Expert expert = signedInExpert(a);
        Expert another = signedInExpert(a);
        subscribe(expert, List.of("NEW_MATERIALS"));
        long id = docking(a, "NEW_MATERIALS");

        Response docked = api().post("/api/expert-portal/dockings", Map.of("demandId", id, "note", "我们有相关成果"),
                auth(expert.bearer()));
        assertThat(docked.status()).as(docked.body()).isEqualTo(201);
        long docking = docked.json().path("id").asLong();
        assertThat(api().post("/api/expert-portal/dockings", Map.of("demandId", id), auth(expert.bearer())).code())
                .isEqualTo("DEMAND_ALREADY_DOCKED");
        assertThat(portalIds(expert, "DOCKED")).containsExactly(id);
        assertThat(ok(api().get("/api/expert-portal/demands/" + id, auth(expert.bearer()))).path("broker")
                .path("name").asText()).as("docked: the broker's contact").isNotBlank();
        assertThat(ok(api().get("/api/demands/" + id, auth(a.brokerBearer()))).path("dockings")
                .findValuesAsText("expertId")).containsExactly(Long.toString(expert.id()));
        assertThat(api().delete("/api/expert-portal/dockings/" + docking, auth(another.bearer())).status())
                .as("another expert's docking").isEqualTo(404);

        JsonNode cancelled = ok(api().delete("/api/expert-portal/dockings/" + docking, auth(expert.bearer())));
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api().delete("/api/expert-portal/dockings/" + docking, auth(expert.bearer())).code())
                .isEqualTo("DOCKING_NOT_ACTIVE");
        assertThat(ok(api().get("/api/expert-portal/dockings", auth(expert.bearer()))).findValuesAsText("status"))
                .containsExactly("CANCELLED");
        assertThat(ok(api().get("/api/demands/" + id + "/trail", auth(a.admin()))).path("steps")
                .findValuesAsText("action")).containsExactly("SUBMITTED", "APPROVED", "EXPERT_DOCKED",
                "EXPERT_DOCKING_CANCELLED");
        assertThat(jdbc.queryForList("SELECT event_type FROM outbox_event WHERE aggregate_id = ? ORDER BY id",
                String.class, Long.toString(id))).containsExactly("DemandSubmitted", "DemandApproved",
                "DemandDockedByExpert", "DockingCancelled");
    }

    @Test
    void dockingNeedsADockingDemandTheExpertSeesAndSoundInput() {
        Expert expert = signedInExpert(a);
        long pushed = docking(a);
        ok(api().post("/api/demands/" + pushed + "/expert-pushes", Map.of("expertIds", List.of(expert.id())),
                auth(a.brokerBearer())));
        long unseen = docking(b);
        ok(api().post("/api/demands/" + pushed + "/closure", Map.of("reason", "企业暂缓"), auth(a.brokerBearer())));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM expert_docking", Long.class);

        assertThat(api().post("/api/expert-portal/dockings", Map.of("demandId", pushed), auth(expert.bearer())).code())
                .isEqualTo("ILLEGAL_STATE");
        assertThat(api().post("/api/expert-portal/dockings", Map.of("demandId", unseen), auth(expert.bearer())).status())
                .isEqualTo(404);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of(), Map.<String, Object>of("demandId", "x"),
                Map.<String, Object>of("demandId", -1), Map.<String, Object>of("demandId", pushed, "note", "长".repeat(501)))) {
            Response refused = api().post("/api/expert-portal/dockings", bad, auth(expert.bearer()));
            assertThat(refused.status()).as(bad + " → " + refused.body()).isEqualTo(400);
        }
        assertThat(api().get("/api/expert-portal/demands?view=EVERYTHING", auth(expert.bearer())).status()).isEqualTo(400);
        assertThat(api().post("/api/expert-portal/dockings", Map.of("demandId", pushed), auth(a.brokerBearer())).status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM expert_docking", Long.class)).isEqualTo(before);
    }

    private void subscribe(Expert expert, List<String> fields) {
        ok(PeerProcess.expert().api().put("/api/expert-portal/subscriptions", Map.of("fieldCodes", fields),
                auth(expert.bearer())));
    }

    /** The demands' ids on a tab of the portal (not the nested docking ids). */
    private List<Long> portalIds(Expert expert, String view) {
        JsonNode items = ok(api().get("/api/expert-portal/demands?size=100&view=" + view, auth(expert.bearer())))
                .path("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asLong())
                .toList();
    }

    private long docking(Institution institution, String field) {
        long id = submit(institution.brokerBearer(), with(form("6.00"), "fieldCode", field)).json().path("id").asLong();
        ok(api().post("/api/demands/" + id + "/review", Map.of("approved", true), auth(institution.admin())));
        return id;
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        form.put(field, value);
        return form;
    }
}

package com.gongxuhui.score.ledger;

import static com.gongxuhui.score.ScoreEvents.approved;
import static com.gongxuhui.score.ScoreEvents.completed;
import static com.gongxuhui.score.ScoreEvents.followUp;
import static com.gongxuhui.score.ScoreEvents.pushed;
import static com.gongxuhui.score.ScoreEvents.staffCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.IntegrationEvent;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.test.EveryContextsCounters;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.test.TestTokens;
import com.gongxuhui.score.ScoreEvents;
import com.gongxuhui.score.ScoreTestBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Import;

/**
 * The points ledger fed from the real broker: each default rule gives its points to the right broker once,
 * however often an event arrives; a new rule set changes only what comes after it; and only the broker, his
 * administrators and the bureaus of his region may read his ledger.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsLedgerIT extends ScoreTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    private final long institution = ScoreEvents.nextId();
    private final long centre = ScoreEvents.nextId();
    private final long otherCentre = ScoreEvents.nextId();
    /** 西湖区, Hangzhou. */
    private final OrgCoordinates place = new OrgCoordinates(institution, centre, "330106");
    private final long broker = ScoreEvents.nextId();
    private final List<IntegrationEvent> work = new ArrayList<>();

    @BeforeAll
    void brokerWorksAYear() {
        work.add(staffCreated(broker, "张三", place, DAY.minusDays(30)));
        work.add(approved(broker, place, DAY));
        work.add(pushed(broker, place, DAY.plusDays(1)));
        work.add(completed(broker, place, DAY.plusDays(2)));
        work.add(followUp(broker, place, DAY.plusDays(3), true));
        publishAndAwait(work);
    }

    @Test
    void eachRuleGivesItsDefaultPointsToItsBrokerWithReasonAndSource() {
        JsonNode ledger = ledger(broker, bearer(broker, "STAFF", Map.of("inst", institution))).json();

        assertThat(ledger.path("total").asLong()).isEqualTo(3);
        JsonNode items = ledger.path("items");
        assertThat(items.get(0).path("rule").asText()).isEqualTo("DEMAND_COMPLETED");
        assertThat(items.get(0).path("points").asInt()).isEqualTo(5);
        assertThat(items.get(0).path("sourceEventId").asText()).isEqualTo(work.get(3).eventId().toString());
        assertThat(items.get(0).path("sourceEventType").asText()).isEqualTo("DemandCompleted");
        assertThat(items.get(0).path("reason").asText()).isEqualTo("成功促成合作（登记对接成功项目）");
        assertThat(items.get(1).path("rule").asText()).isEqualTo("DEMAND_PUSHED_TO_EXPERT");
        assertThat(items.get(1).path("points").asInt()).isEqualTo(1);
        assertThat(items.get(2).path("rule").asText()).isEqualTo("DEMAND_APPROVED");
        assertThat(items.get(2).path("points").asInt()).isEqualTo(2);
        assertThat(items.get(2).path("occurredOn").asText()).isEqualTo(DAY.toString());
        assertThat(items.get(2).path("institutionId").asLong()).isEqualTo(institution);
        assertThat(items.get(2).path("regionCode").asText()).isEqualTo("330106");
    }

    @Test
    void redeliveringEveryEventChangesNothing() {
        String before = snapshot();
        double ignoredBefore = duplicatesIgnored();

        wire().sendAll(work);
        wire().sendAll(work);

        await().atMost(Duration.ofSeconds(60)).until(() -> duplicatesIgnored() >= ignoredBefore + 2 * work.size());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE staff_id = ?", Long.class, broker))
                .isEqualTo(3);
    }

    @Test
    void aNewRuleSetChangesOnlyThePointsOfEventsFromItsDayOn() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long newcomer = ScoreEvents.nextId();
        OrgCoordinates chunan = new OrgCoordinates(institution, otherCentre, "330127");
        IntegrationEvent before = approved(newcomer, chunan, today);
        publishAndAwait(List.of(staffCreated(newcomer, "钱七", chunan, today), before));
        Response added = api().post("/api/score-rules", Map.of("regionCode", "330127",
                "validFrom", today.plusDays(1).toString(),
                "points", Map.of("DEMAND_APPROVED", 7, "DEMAND_PUSHED_TO_EXPERT", 3, "DEMAND_COMPLETED", 9)),
                "Authorization", sysAdmin());
        assertThat(added.status()).isEqualTo(201);

        IntegrationEvent after = approved(newcomer, chunan, today.plusDays(1));
        IntegrationEvent elsewhere = approved(ScoreEvents.nextId(), place, today.plusDays(1));
        publishAndAwait(List.of(after, elsewhere));

        JsonNode items = ledger(newcomer, bearer(newcomer, "STAFF", Map.of())).json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("sourceEventId").asText()).isEqualTo(after.eventId().toString());
        assertThat(items.get(0).path("points").asInt()).isEqualTo(7);
        assertThat(items.get(1).path("sourceEventId").asText()).isEqualTo(before.eventId().toString());
        assertThat(items.get(1).path("points").asInt()).isEqualTo(2);
        assertThat(items.get(0).path("ruleId").asLong()).isNotEqualTo(items.get(1).path("ruleId").asLong());
        assertThat(jdbc.queryForObject("SELECT points FROM ledger_entry WHERE source_event_id = ?", Integer.class,
                elsewhere.eventId().toString())).as("another county keeps the province's rule").isEqualTo(2);
        JsonNode sets = api().get("/api/score-rules?regionCode=330127", "Authorization", sysAdmin()).json();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).path("rules")).hasSize(3);
    }

    @Test
    void ruleSetsRefuseBadInputAndStoreNothing() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Map<String, Integer> complete = Map.of("DEMAND_APPROVED", 2, "DEMAND_PUSHED_TO_EXPERT", 1, "DEMAND_COMPLETED", 5);
        long rulesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM score_rule", Long.class);

        assertProblem(postRules(Map.of("regionCode", "339999", "validFrom", tomorrow, "points", complete)), 400,
                "REGION_UNKNOWN");
        assertProblem(postRules(Map.of("regionCode", "330100", "validFrom", "2020-01-01", "points", complete)), 400,
                "RULE_SET_IN_THE_PAST");
        assertProblem(postRules(Map.of("regionCode", "330100", "validFrom", tomorrow,
                "points", Map.of("DEMAND_APPROVED", 2))), 400, "RULE_SET_INCOMPLETE");
        assertProblem(postRules(Map.of("regionCode", "330100", "validFrom", tomorrow,
                "points", Map.of("DEMAND_APPROVED", 2, "DEMAND_PUSHED_TO_EXPERT", 1, "DEMAND_COMPLETED", 5,
                        "DEMAND_INVENTED", 9))), 400, "MALFORMED_REQUEST");
        assertProblem(postRules(Map.of("regionCode", "330100", "validFrom", tomorrow,
                "points", Map.of("DEMAND_APPROVED", -2, "DEMAND_PUSHED_TO_EXPERT", 1, "DEMAND_COMPLETED", 5))), 400,
                "VALIDATION_FAILED");
        assertProblem(postRules(Map.of("regionCode", "3301", "validFrom", tomorrow, "points", complete)), 400,
                "VALIDATION_FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score_rule", Long.class)).isEqualTo(rulesBefore);

        assertThat(postRules(Map.of("regionCode", "330300", "validFrom", tomorrow, "points", complete)).status())
                .isEqualTo(201);
        assertProblem(postRules(Map.of("regionCode", "330300", "validFrom", tomorrow, "points", complete)), 409,
                "RULE_SET_EXISTS");
        assertThat(api().post("/api/score-rules", Map.of("regionCode", "330300", "validFrom", tomorrow,
                "points", complete), "Authorization", institutionAdmin(institution)).status()).isEqualTo(403);
        assertThat(api().get("/api/score-rules", "Authorization", manager("330000")).status()).isEqualTo(403);
    }

    @Test
    void onlyTheBrokerHisAdministratorsAndTheBureausOfHisRegionReadHisLedger() {
        assertThat(ledger(broker, institutionAdmin(institution)).status()).isEqualTo(200);
        assertThat(ledger(broker, institutionAdmin(ScoreEvents.nextId())).status()).isEqualTo(404);
        assertThat(ledger(broker, bearer(ScoreEvents.nextId(), "CENTER_ADMIN", Map.of("inst", institution,
                "centre", centre))).status()).isEqualTo(200);
        assertThat(ledger(broker, bearer(ScoreEvents.nextId(), "CENTER_ADMIN", Map.of("inst", institution,
                "centre", otherCentre))).status()).isEqualTo(404);
        assertThat(ledger(broker, manager("330000")).status()).isEqualTo(200);
        assertThat(ledger(broker, manager("330100")).status()).isEqualTo(200);
        assertThat(ledger(broker, manager("330106")).status()).isEqualTo(200);
        assertThat(ledger(broker, manager("330300")).status()).isEqualTo(404);
        assertThat(ledger(broker, manager("330127")).status()).isEqualTo(404);
        assertThat(ledger(broker, bearer(ScoreEvents.nextId(), "STAFF", Map.of("inst", institution))).status())
                .isEqualTo(403);
        assertThat(ledger(broker, bearer(ScoreEvents.nextId(), "EXPERT", Map.of())).status()).isEqualTo(403);
        assertThat(api().get("/api/points/ledger").status()).isEqualTo(401);
        assertProblem(api().get("/api/points/ledger?from=2026-05-01&to=2026-04-01", "Authorization",
                bearer(broker, "STAFF", Map.of())), 400, "PERIOD_INVALID");
        assertProblem(api().get("/api/points/ledger?from=yesterday", "Authorization",
                bearer(broker, "STAFF", Map.of())), 400, "INVALID_PARAMETER");
        JsonNode march = ledger(broker, bearer(broker, "STAFF", Map.of()), "&from=2026-03-17&to=2026-03-17").json();
        assertThat(march.path("total").asLong()).isEqualTo(1);
        assertThat(march.path("items").get(0).path("rule").asText()).isEqualTo("DEMAND_PUSHED_TO_EXPERT");
    }

    private Response ledger(long staffId, String authorization, String... query) {
        return api().get("/api/points/ledger?staffId=" + staffId + String.join("", query), "Authorization", authorization);
    }

    private Response postRules(Map<String, Object> body) {
        return api().post("/api/score-rules", body, "Authorization", sysAdmin());
    }

    private static String sysAdmin() {
        return bearer(ScoreEvents.nextId(), "SYS_ADMIN", Map.of());
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
    }

    /** In every score-service context of the JVM: they consume the same groups, and any may be handed an event. */
    private static double duplicatesIgnored() {
        return EveryContextsCounters.count("gxh.events.duplicates");
    }

    /** Everything the events of this broker wrote: ledger, activity, every rollup row and running total. */
    private String snapshot() {
        return jdbc.queryForList("SELECT staff_id, rule_id, points, source_event_id FROM ledger_entry ORDER BY id")
                + "|" + jdbc.queryForList("SELECT measure, delta, source_event_id FROM activity ORDER BY id")
                + "|" + jdbc.queryForList("SELECT * FROM rollup ORDER BY subject_kind, span, starts_on, subject_id, county_code")
                + "|" + jdbc.queryForList("SELECT * FROM staff_running_total ORDER BY as_of, staff_id, institution_id, "
                        + "county_code");
    }
}

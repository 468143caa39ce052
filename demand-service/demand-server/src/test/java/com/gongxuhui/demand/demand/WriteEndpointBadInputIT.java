package com.gongxuhui.demand.demand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad-input sweep over every write endpoint of demand-service: missing, oversized and wrong-typed fields,
 * negative amounts, unknown references, malformed JSON. Each answers a 4xx problem, and afterwards nothing
 * about the demands changed: no row, trail entry or event more, and the demands themselves untouched.
 */
@ServiceIntegrationTest
class WriteEndpointBadInputIT extends DemandServiceTestSupport {

    static Institution a;
    static Institution b;

    record Attempt(String method, String path, Object body, String bearer) {
    }

    @BeforeAll
    static void organisations() {
        a = institution("6.00");
        b = institution("5.00");
    }

    @Test
    void everyWriteEndpointRefusesBadInputWithAProblemAndChangesNothing() {
        long rejected = submit(a.brokerBearer(), form("6.00")).json().path("id").asLong();
        ok(api().post("/api/demands/" + rejected + "/review", Map.of("approved", false, "reason", "补充"), auth(a.admin())));
        long pending = submit(a.brokerBearer(), form("6.00")).json().path("id").asLong();
        long docking = docking(a);
        long completed = docking(a);
        ok(api().post("/api/demands/" + completed + "/project", project(), auth(a.brokerBearer())));
        String d = "/api/demands/" + docking;
        String broker = a.brokerBearer();
        String admin = a.admin();

        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("POST", "/api/demands/" + pending + "/review", Map.of(), admin));
        attempts.add(new Attempt("POST", "/api/demands/" + pending + "/review", Map.of("approved", "perhaps"), admin));
        attempts.add(new Attempt("POST", "/api/demands/" + pending + "/review",
                Map.of("approved", false, "reason", "长".repeat(501)), admin));
        attempts.add(new Attempt("POST", "/api/demands/" + pending + "/review", Map.of("approved", false), admin));
        attempts.add(new Attempt("PUT", "/api/demands/" + rejected, with(form("6.00"), "title", ""), broker));
        attempts.add(new Attempt("PUT", "/api/demands/" + rejected, with(form("6.00"), "feeRatio", "5.99"), broker));
        attempts.add(new Attempt("PUT", "/api/demands/" + rejected, with(form("6.00"), "feeRatio", "101.00"), broker));
        attempts.add(new Attempt("PUT", "/api/demands/" + rejected, with(form("6.00"), "budget", "abc"), broker));
        attempts.add(new Attempt("PUT", "/api/demands/" + rejected, with(form("6.00"), "enterpriseId", -3), broker));
        attempts.add(new Attempt("PUT", d + "/handler", Map.of(), admin));
        attempts.add(new Attempt("PUT", d + "/handler", Map.of("handlerId", "someone"), admin));
        attempts.add(new Attempt("PUT", d + "/handler", Map.of("handlerId", 987_654_321L), admin));
        attempts.add(new Attempt("PUT", d + "/handler", Map.of("handlerId", b.broker()), admin));
        attempts.add(new Attempt("POST", d + "/closure", Map.of("reason", " "), broker));
        attempts.add(new Attempt("POST", d + "/closure", Map.of("reason", "长".repeat(501)), broker));
        attempts.add(new Attempt("POST", d + "/follow-ups", Map.of("happenedAt", "2026-01-05T10:00:00+08:00",
                "content", "电话"), broker));
        attempts.add(new Attempt("POST", d + "/follow-ups", Map.of("type", "TELEPATHY",
                "happenedAt", "2026-01-05T10:00:00+08:00", "content", "x"), broker));
        attempts.add(new Attempt("POST", d + "/follow-ups", Map.of("type", "PHONE",
                "happenedAt", "2999-01-05T10:00:00+08:00", "content", "x"), broker));
        attempts.add(new Attempt("POST", d + "/follow-ups", Map.of("type", "PHONE",
                "happenedAt", "2026-01-05T10:00:00+08:00", "content", "长".repeat(2001)), broker));
        attempts.add(new Attempt("POST", d + "/expert-pushes", Map.of("expertIds", List.of()), broker));
        attempts.add(new Attempt("POST", d + "/expert-pushes", Map.of("expertIds", List.of(-1)), broker));
        attempts.add(new Attempt("POST", d + "/expert-pushes", Map.of("expertIds", "all"), broker));
        attempts.add(new Attempt("POST", d + "/publication", Map.of("scope", "EVERYONE", "feeRatePercent", "6.00"), admin));
        attempts.add(new Attempt("POST", d + "/publication", Map.of("scope", "ALL", "feeRatePercent", "-6.00"), admin));
        attempts.add(new Attempt("POST", d + "/publication", Map.of("scope", "ALL", "feeRatePercent", "6.001"), admin));
        attempts.add(new Attempt("POST", d + "/publication", Map.of("scope", "DESIGNATED", "institutionIds",
                List.of(a.id()), "feeRatePercent", "6.00"), admin));
        attempts.add(new Attempt("POST", d + "/acceptance", Map.of(), b.admin()));
        attempts.add(new Attempt("POST", d + "/claim", Map.of("commitmentSigned", true), b.admin()));
        attempts.add(new Attempt("POST", d + "/project", without(project(), "name"), broker));
        attempts.add(new Attempt("POST", d + "/project", with(project(), "contractAmount", "-1.00"), broker));
        attempts.add(new Attempt("POST", d + "/project", with(project(), "contractAmount", "0.001"), broker));
        attempts.add(new Attempt("POST", d + "/project", with(project(), "category", "ALCHEMY"), broker));
        attempts.add(new Attempt("POST", d + "/project", with(project(), "signedOn", "2999-01-01"), broker));
        attempts.add(new Attempt("POST", d + "/project", with(project(), "leader", "长".repeat(51)), broker));
        String vouchers = "/api/demands/" + completed + "/project/vouchers";
        attempts.add(new Attempt("POST", vouchers, Map.of("amount", "-100.00", "paidOn", "2026-11-01"), broker));
        attempts.add(new Attempt("POST", vouchers, Map.of("amount", "0.00", "paidOn", "2026-11-01"), broker));
        attempts.add(new Attempt("POST", vouchers, Map.of("amount", "100.00"), broker));
        attempts.add(new Attempt("POST", vouchers, Map.of("amount", "100.00", "paidOn", "yesterday"), broker));
        attempts.add(new Attempt("POST", vouchers, Map.of("amount", "100.00", "paidOn", "2026-11-01",
                "note", "长".repeat(201)), broker));
        attempts.add(new Attempt("POST", "/api/demands", with(form("6.00"), "deadline", "31/12/2027"), broker));
        attempts.add(new Attempt("POST", "/api/demands", with(form("6.00"), "description", "长".repeat(4001)), broker));

        Map<String, Long> before = footprint();
        for (Attempt attempt : attempts) {
            Response refused = api().send(attempt.method(), attempt.path(), "application/json", json(attempt.body()),
                    auth(attempt.bearer()));
            assertThat(refused.status()).as(attempt + " → " + refused.body()).isBetween(400, 499);
            assertThat(refused.header("Content-Type")).as(attempt.toString()).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asText()).as(attempt.toString()).isNotBlank();
        }
        for (String path : List.of("/api/demands", d + "/review", d + "/follow-ups", d + "/expert-pushes",
                d + "/publication", d + "/project", vouchers, d + "/closure")) {
            Response malformed = api().send("POST", path, "application/json", "{\"oops\":", auth(broker));
            assertThat(malformed.status()).as(path).isEqualTo(400);
        }
        assertThat(footprint()).isEqualTo(before);
    }

    /**
     * What a write would leave behind: rows of every demand table, trail entries, events and the demands' versions.
     * A refusal of another institution's demand is meant to leave a security event in the outbox: not counted.
     */
    private Map<String, Long> footprint() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("demand", "demand_trail", "follow_up", "expert_push", "publication",
                "project", "fee_voucher", "demand_file", "expert_docking")) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        counts.put("outbox_event", jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_event WHERE event_type <> 'SecurityEventRecorded'", Long.class));
        counts.put("versions", jdbc.queryForObject("SELECT COALESCE(SUM(version), 0) FROM demand", Long.class));
        return counts;
    }

    private static Map<String, Object> project() {
        return new HashMap<>(Map.of("name", "废水处理技术开发", "category", "DEVELOPMENT", "contractAmount", "100000.00",
                "signedOn", "2026-10-08", "leader", "王教授", "undertakingUnit", "浙江大学"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

    private static String json(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

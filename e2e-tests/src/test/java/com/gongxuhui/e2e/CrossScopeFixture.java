package com.gongxuhui.e2e;

import static com.gongxuhui.common.test.TestPhones.phone;
import static com.gongxuhui.e2e.GatewayCalls.auth;
import static com.gongxuhui.e2e.GatewayCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.e2e.GatewayCalls.Institution;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world the authorization matrix and the bad-input sweep run in, made once per test JVM through the gateway.
 * Institution A (West Lake district, Hangzhou) owns one object of every kind: its centre and broker, an expert with
 * an achievement, a solution, a follow-up and a technology, an enterprise with a contact, a demand that was
 * approved, followed up, pushed to the expert, docked by him, given a file, a project and a fee voucher, and an
 * inbox. The callers stand outside A: each role of institution B (Liandu district, Lishui), the bureau managers
 * of the province (who may read A's objects), of Lishui city and of Liandu county (who may not), B's expert, the
 * system administrator and anonymous. A's own people are here too, for the calls that need an owner.
 */
final class CrossScopeFixture {

    static final String A_REGION = "330106";
    static final String B_REGION = "331102";

    /** The matrix's callers, in its columns' order: role → bearer ("" for anonymous). */
    final Map<String, String> callers = new LinkedHashMap<>();
    /** A's people, by the matrix's column their role stands in: role → bearer. */
    final Map<String, String> owners = new LinkedHashMap<>();
    /** A's object of each list: "/api/demands" → its demand's id, as {@link OpenApiDocuments#concrete} takes them. */
    final Map<String, List<String>> foreign = new LinkedHashMap<>();
    /** A's objects by the names of the parameters and properties that refer to them ("centreId" → its centre). */
    final Map<String, String> foreignByName = new HashMap<>();
    final long demandId;

    private static CrossScopeFixture instance;

    static synchronized CrossScopeFixture get(GatewayPlatform platform) {
        if (instance == null) {
            instance = new CrossScopeFixture(platform);
        }
        return instance;
    }

    private CrossScopeFixture(GatewayPlatform platform) {
        HttpApi gateway = platform.gateway();
        String sysAdmin = GatewayCalls.login(gateway, "13800000000", "Admin@123456");
        Institution a = GatewayCalls.institution(gateway, A_REGION);
        Institution b = GatewayCalls.institution(gateway, B_REGION);
        String institution = "/api/institutions/" + a.id();
        put("/api/institutions", a.id(), "institutionId");
        put("/api/institutions", a.id(), "institutionIds");
        long centre = ok(gateway.get(institution + "/centres", auth(a.admin()))).get(0).path("id").asLong();
        put(institution + "/centres", centre, "centreId");
        put(institution + "/staff", a.broker(), "staffId");
        put(institution + "/staff", a.broker(), "handlerId");
        foreignByName.put("regionCode", A_REGION);
        foreignByName.put("region", A_REGION);

        String expertPhone = phone();
        long expert = ok(gateway.post("/api/experts", Map.of("name", "甲机构专家", "phone", expertPhone,
                "organisation", "浙江大学", "title", "教授", "fields", List.of("ADVANCED_MANUFACTURING")),
                auth(a.admin()))).path("id").asLong();
        String experts = "/api/experts/" + expert;
        put("/api/experts", expert, "expertId");
        put("/api/experts", expert, "expertIds");
        put(experts + "/achievements", created(gateway.post(experts + "/achievements",
                Map.of("title", "揉捻机成果", "achievedOn", "2025-05-01"), auth(a.admin()))));
        put(experts + "/solutions", created(gateway.post(experts + "/solutions",
                Map.of("title", "揉捻方案", "description", "自动化揉捻"), auth(a.admin()))));
        put(experts + "/follow-ups", created(gateway.post(experts + "/follow-ups", Map.of("type", "PHONE",
                "happenedAt", "2026-11-20T10:00:00+08:00", "content", "电话沟通"), auth(a.admin()))));
        String aExpert = GatewayCalls.expertLogin(gateway, platform.weChat(), expertPhone);
        put("/api/expert-portal/technologies", created(gateway.post("/api/expert-portal/technologies", Map.of(
                "name", "茶叶揉捻控制", "fieldCode", "ADVANCED_MANUFACTURING", "maturity", 5,
                "cooperationModes", List.of("TRANSFER"), "publicSummary", "揉捻工序自动控制"), auth(aExpert))));

        long enterprise = created(gateway.post("/api/enterprises", Map.of("name", "甲机构企业" + expertPhone,
                "uscc", UnifiedSocialCreditCode.random("91330100"), "regionCode", A_REGION),
                auth(a.brokerBearer())));
        put("/api/enterprises", enterprise, "enterpriseId");
        put("/api/enterprises/" + enterprise + "/contacts", created(gateway.post("/api/enterprises/" + enterprise
                + "/contacts", Map.of("name", "企业联系人", "phone", phone()), auth(a.brokerBearer()))));

        demandId = created(gateway.post("/api/demands", Map.of("title", "甲机构需求", "description", "揉捻自动化",
                "type", "TECHNOLOGY", "fieldCode", "ADVANCED_MANUFACTURING", "feeRatio", "5.00",
                "enterpriseId", enterprise), auth(a.brokerBearer())));
        String demand = "/api/demands/" + demandId;
        put("/api/demands", demandId, "demandId");
        put("/api/demand-pool", demandId);
        put("/api/expert-portal/demands", demandId);
        ok(gateway.post(demand + "/review", Map.of("approved", true), auth(a.admin())));
        created(gateway.post(demand + "/follow-ups", Map.of("type", "VISIT", "happenedAt",
                "2026-11-20T10:00:00+08:00", "content", "走访"), auth(a.brokerBearer())));
        assertThat(gateway.post(demand + "/expert-pushes", Map.of("expertIds", List.of(expert)),
                auth(a.brokerBearer())).status()).isEqualTo(201);
        put("/api/expert-portal/dockings", created(gateway.post("/api/expert-portal/dockings",
                Map.of("demandId", demandId, "note", "可以对接"), auth(aExpert))));
        put("/api/files", created(gateway.upload(demand + "/files", "需求说明.pdf",
                "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8),
                auth(a.brokerBearer()))), "fileId");
        created(gateway.post(demand + "/project", Map.of("name", "揉捻改造", "category", "SERVICE",
                "contractAmount", "100000.00", "signedOn", "2026-11-25", "leader", "林教授",
                "undertakingUnit", "浙江农林大学"), auth(a.brokerBearer())));
        created(gateway.post(demand + "/project/vouchers", Map.of("amount", "5000.00", "paidOn", "2026-11-26"),
                auth(a.brokerBearer())));

        long hangzhouManager = created(gateway.post("/api/gov-managers", Map.of("name", "杭州市科技局",
                "phone", phone(), "password", GatewayCalls.PASSWORD, "level", "CITY",
                "regionCode", "330100"), auth(sysAdmin)));
        put("/api/gov-managers", hangzhouManager);
        put("/api/regions", Long.parseLong(A_REGION), "code");
        put("/api/performance", "staff");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                ok(gateway.get("/api/notifications", auth(a.admin()))).path("items").size() > 0);
        put("/api/notifications", ok(gateway.get("/api/notifications", auth(a.admin()))).path("items").get(0)
                .path("id").asLong());
        // notify-service reports the push's delivery after its last attempt, possibly long after the rest has settled:
        // a sweep must not take the report's arrival for something a refused call stored
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                ok(gateway.get(demand, auth(a.brokerBearer()))).path("pushes").path(0).hasNonNull("deliveryReportedAt"));

        callers.put("SYS_ADMIN", sysAdmin);
        callers.put("INST_ADMIN", b.admin());
        callers.put("CENTER_ADMIN", GatewayCalls.staff(gateway, b.id(), b.admin(), true).bearer());
        callers.put("STAFF", b.brokerBearer());
        callers.put("GOV_PROVINCE", GatewayCalls.govManager(gateway, sysAdmin, "PROVINCE", "330000"));
        callers.put("GOV_CITY", GatewayCalls.govManager(gateway, sysAdmin, "CITY", "331100"));
        callers.put("GOV_COUNTY", GatewayCalls.govManager(gateway, sysAdmin, "COUNTY", B_REGION));
        String bExpertPhone = phone();
        ok(gateway.post("/api/experts", Map.of("name", "乙机构专家", "phone", bExpertPhone, "organisation", "丽水学院",
                "title", "教授", "fields", List.of("NEW_MATERIALS")), auth(b.admin())));
        callers.put("EXPERT", GatewayCalls.expertLogin(gateway, platform.weChat(), bExpertPhone));
        callers.put("ANONYMOUS", "");

        owners.put("SYS_ADMIN", sysAdmin);
        owners.put("INST_ADMIN", a.admin());
        owners.put("STAFF", a.brokerBearer());
        owners.put("EXPERT", aExpert);
    }

    private void put(String list, Object id, String... names) {
        foreign.put(list, List.of(String.valueOf(id)));
        for (String name : names) {
            foreignByName.put(name, String.valueOf(id));
        }
    }

    private static long created(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json().path("id").asLong();
    }
}

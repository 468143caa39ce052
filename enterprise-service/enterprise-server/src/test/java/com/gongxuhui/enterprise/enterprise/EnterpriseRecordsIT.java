package com.gongxuhui.enterprise.enterprise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.enterprise.EnterpriseTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recording enterprises from a confirmed lookup or by hand, who sees and edits them, their contacts, the list's
 * filters and the internal summary, with the real org-service answering for tokens and regions.
 */
class EnterpriseRecordsIT extends EnterpriseTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${rocketmq.name-server}")
    String nameServer;

    @Value("${gxh.outbox.topic}")
    String topic;

    @Autowired
    DemandEngagementListener engagement;

    @Test
    void aConfirmedLookupIsRecordedAsTheRegistrySaysVerifiedLinkedAndPublishedOnce() throws Exception {
        try (TopicObserver observer = new TopicObserver(nameServer, topic)) {
            String name = uniqueName();
            String uscc = usccIn("330106");
            registryAnswers(name, found(name, uscc));
            JsonNode looked = ok(api().get("/api/enterprises/lookup?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    auth(people().staffA())));
            Map<String, Object> confirmed = form(name, uscc, looked.path("regionCode").asText());
            confirmed.put("legalRepresentative", "不是登记的法人");

            Response created = api().post("/api/enterprises", confirmed, auth(people().staffA()));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode enterprise = created.json();
            long id = enterprise.path("id").asLong();
            assertThat(created.header("Location")).endsWith("/api/enterprises/" + id);
            assertThat(enterprise.path("verified").asBoolean()).isTrue();
            assertThat(enterprise.path("legalRepresentative").asText()).as("the registry's word").isEqualTo("王建国");
            assertThat(enterprise.path("establishedOn").asText()).isEqualTo("2015-03-02");
            assertThat(enterprise.path("regionCode").asText()).isEqualTo("330106");
            assertThat(enterprise.path("mountainCounty").asBoolean()).isFalse();
            assertThat(enterprise.path("creatorInstitutionId").asLong()).isEqualTo(people().institutionA());
            assertThat(jdbc.queryForList("SELECT institution_id FROM enterprise_institution WHERE enterprise_id = ?",
                    Long.class, id)).containsExactly(people().institutionA());
            registry.verify(1, baseInfoFor(name));

            List<String> events = jdbc.queryForList("SELECT event_id FROM outbox_event WHERE aggregate_id = ? "
                    + "AND event_type = 'EnterpriseRegistered'", String.class, Long.toString(id));
            assertThat(events).hasSize(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> observer.countWithKey(events.get(0)) >= 1);
            Thread.sleep(1000);
            assertThat(observer.countWithKey(events.get(0))).isEqualTo(1);
            JsonNode event = new ObjectMapper().readTree(observer.bodyWithKey(events.get(0)));
            assertThat(event.path("uscc").asText()).isEqualTo(uscc);
            assertThat(event.path("verified").asBoolean()).isTrue();
            assertThat(event.path("coordinates").path("institutionId").asLong()).isEqualTo(people().institutionA());
            assertThat(event.path("coordinates").path("regionCode").asText()).isEqualTo("330106");
            assertThat(event.path("coordinates").path("centreId").asLong()).isPositive();
        }
    }

    @Test
    void whileTheRegistryIsDownAValidCreditCodeIsRecordedByHandUnverified() {
        String name = uniqueName();
        registryAnswers(name, aResponse().withStatus(503));

        JsonNode enterprise = ok(api().post("/api/enterprises", form(name, usccIn("330127"), "330127"),
                auth(people().colleagueA())));

        assertThat(enterprise.path("verified").asBoolean()).isFalse();
        assertThat(enterprise.path("legalRepresentative").asText()).isEqualTo("李四");
        assertThat(enterprise.path("mountainCounty").asBoolean()).as("淳安县 is one of the 26").isTrue();
        registry.verify(1, baseInfoFor(name));
    }

    @Test
    void aSecondRecordOfTheSameCreditCodeIsAConflictNamingTheExistingRecordOnlyToThoseWhoSeeIt() {
        String uscc = usccIn("330106");
        long id = manual(people().staffA(), uniqueName(), uscc, "330106");

        Response again = api().post("/api/enterprises", form(uniqueName(), uscc, "330106"), auth(people().colleagueA()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ENTERPRISE_EXISTS");
        assertThat(again.json().path("detail").asText()).contains(uscc);
        assertThat(again.json().path("existingId").asLong()).as("the colleague opens the record").isEqualTo(id);

        Response elsewhere = api().post("/api/enterprises", form(uniqueName(), uscc, "330106"), auth(people().staffB()));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.code()).isEqualTo("ENTERPRISE_EXISTS");
        assertThat(elsewhere.json().has("existingId")).as("another institution's record id is not handed out").isFalse();
        assertThat(elsewhere.json().path("detail").asText()).isEqualTo("统一社会信用代码为 " + uscc + " 的企业已录入");
        assertThat(count("enterprise WHERE uscc = '" + uscc + "'")).isEqualTo(1);
    }

    @Test
    void anInstitutionIsLinkedOnlyWhenOneThatWorksWithTheEnterpriseHandsItADemand() {
        long id = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        String path = "/api/enterprises/" + id;

        engagement.apply("EnterpriseEngaged", engaged(id, people().institutionB(), people().institutionB()));
        assertThat(api().get(path, auth(people().staffB())).status()).as("B cannot link itself").isEqualTo(404);
        assertThat(count("enterprise_institution WHERE enterprise_id = " + id)).isEqualTo(1);

        engagement.apply("EnterpriseEngaged", engaged(id, people().institutionB(), people().institutionA()));
        assertThat(api().get(path, auth(people().staffB())).status()).as("A handed B a demand").isEqualTo(200);
    }

    /** demand-service's event as its outbox writes it: an institution accepted a demand another handed over. */
    private static byte[] engaged(long enterprise, long institution, long fromInstitution) {
        String json = String.format("{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"actor\":{\"accountId\":1,\"name\":\"x\"},"
                + "\"aggregateId\":\"1\",\"coordinates\":{},\"demandId\":1,\"enterpriseId\":%d,\"institutionId\":%d,"
                + "\"fromInstitutionId\":%d}", UUID.randomUUID(), Instant.now(), enterprise, institution, fromInstitution);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRegistryRefusesANameItDoesNotKnowOrKnowsUnderAnotherCreditCode() {
        String unknown = uniqueName();
        String other = uniqueName();
        registryAnswers(unknown, okJson("{\"error_code\": 300000, \"reason\": \"无数据\"}"));
        registryAnswers(other, found(other, usccIn("330106")));
        long before = count("enterprise");

        Response notRegistered = api().post("/api/enterprises", form(unknown, usccIn("330106"), "330106"),
                auth(people().staffA()));
        Response mismatch = api().post("/api/enterprises", form(other, usccIn("330106"), "330106"),
                auth(people().staffA()));

        assertThat(notRegistered.status()).isEqualTo(400);
        assertThat(notRegistered.code()).isEqualTo("ENTERPRISE_NOT_REGISTERED");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("USCC_MISMATCH");
        assertThat(count("enterprise")).isEqualTo(before);
    }

    @Test
    void anotherInstitutionGetsNotFoundEverywhereAndBureauManagersReadOnlyTheirRegion() {
        long id = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        String path = "/api/enterprises/" + id;
        Map<String, Object> edit = form("改名企业", "ignored", "330106");
        Map<String, Object> contact = Map.of("name", "张三", "position", "总经理", "phone", "13912345678");

        for (String outsider : List.of(people().staffB(), people().adminB(), people().lishuiManager())) {
            assertThat(api().get(path, auth(outsider)).status()).isEqualTo(404);
            assertThat(api().get(path + "/contacts", auth(outsider)).status()).isEqualTo(404);
            assertThat(ids(outsider, "/api/enterprises?size=100")).doesNotContain(id);
        }
        for (String outsider : List.of(people().staffB(), people().adminB())) {
            assertThat(api().put(path, edit, auth(outsider)).status()).isEqualTo(404);
            assertThat(api().post(path + "/contacts", contact, auth(outsider)).status()).isEqualTo(404);
        }
        // a bureau manager writes nothing, in his region or not: refused for his role, whatever the id
        assertThat(api().put(path, edit, auth(people().lishuiManager())).status()).isEqualTo(403);
        assertThat(api().post(path + "/contacts", contact, auth(people().lishuiManager())).status()).isEqualTo(403);
        assertThat(api().get(path, auth(people().staffB())).code()).isEqualTo("ENTERPRISE_NOT_FOUND");

        assertThat(ok(api().get(path, auth(people().hangzhouManager()))).path("enterprise").path("id").asLong())
                .isEqualTo(id);
        assertThat(ids(people().hangzhouManager(), "/api/enterprises?size=100")).contains(id);
        assertThat(api().put(path, edit, auth(people().hangzhouManager())).status()).isEqualTo(403);
        assertThat(api().post(path + "/contacts", contact, auth(people().hangzhouManager())).status()).isEqualTo(403);

        for (String insider : List.of(people().adminA(), people().colleagueA(), people().sysAdmin())) {
            assertThat(api().get(path, auth(insider)).status()).isEqualTo(200);
            assertThat(ids(insider, "/api/enterprises?size=100")).contains(id);
        }
        assertThat(ok(api().put(path, edit, auth(people().colleagueA()))).path("name").asText()).isEqualTo("改名企业");
        assertThat(count("enterprise_contact WHERE enterprise_id = " + id)).isZero();
    }

    @Test
    void aRegionEditMovesTheEnterpriseIntoAnotherBureausViewAndRecomputesTheMountainCounty() {
        long id = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        Map<String, Object> moved = form("迁址企业", "ignored", "331123");

        JsonNode edited = ok(api().put("/api/enterprises/" + id, moved, auth(people().adminA())));

        assertThat(edited.path("regionCode").asText()).isEqualTo("331123");
        assertThat(edited.path("mountainCounty").asBoolean()).as("遂昌县").isTrue();
        assertThat(edited.path("uscc").asText()).as("the credit code stays").isNotEqualTo("ignored");
        assertThat(api().get("/api/enterprises/" + id, auth(people().lishuiManager())).status()).isEqualTo(200);
        assertThat(api().get("/api/enterprises/" + id, auth(people().hangzhouManager())).status()).isEqualTo(404);
        assertThat(api().get("/api/enterprises/" + id, auth(people().staffA())).status()).isEqualTo(200);
    }

    @Test
    void theListFiltersByKeywordRegionAndMountainCountyWithinTheCallersScope() {
        String mountainUscc = usccIn("330127");
        long mountain = manual(people().staffA(), uniqueName(), mountainUscc, "330127");
        long city = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        String admin = people().adminA();

        assertThat(ids(admin, "/api/enterprises?mountainCounty=true&size=100")).contains(mountain).doesNotContain(city);
        assertThat(ids(admin, "/api/enterprises?mountainCounty=false&size=100")).contains(city).doesNotContain(mountain);
        assertThat(ids(admin, "/api/enterprises?region=330100&size=100")).contains(mountain, city);
        assertThat(ids(admin, "/api/enterprises?region=330127&size=100")).contains(mountain).doesNotContain(city);
        assertThat(ids(admin, "/api/enterprises?region=331100&size=100")).doesNotContain(mountain, city);
        assertThat(ids(admin, "/api/enterprises?keyword=" + mountainUscc)).containsExactly(mountain);
        assertThat(ids(people().staffB(), "/api/enterprises?keyword=" + mountainUscc)).isEmpty();
        JsonNode page = ok(api().get("/api/enterprises?page=1&size=1", auth(admin)));
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api().get("/api/enterprises?region=339999", auth(admin)).code()).isEqualTo("REGION_NOT_FOUND");
        assertThat(api().get("/api/enterprises?region=3301", auth(admin)).status()).isEqualTo(400);
        assertThat(api().get("/api/enterprises?size=101", auth(admin)).status()).isEqualTo(400);
        assertThat(api().get("/api/enterprises?mountainCounty=maybe", auth(admin)).status()).isEqualTo(400);
    }

    @Test
    void contactsAreAddedListedShownOnTheDetailAndInTheInternalSummary() {
        long id = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        String path = "/api/enterprises/" + id;

        Response added = api().post(path + "/contacts", Map.of("name", "张三", "position", "总经理",
                "phone", "13912345678"), auth(people().colleagueA()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        ok(api().post(path + "/contacts", Map.of("name", "李梅", "phone", "15800001111"), auth(people().sysAdmin())));
        Response duplicate = api().post(path + "/contacts", Map.of("name", "张三丰", "phone", "13912345678"),
                auth(people().staffA()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CONTACT_EXISTS");
        assertThat(ok(api().get(path + "/contacts", auth(people().staffA()))).findValuesAsText("name"))
                .containsExactly("张三", "李梅");
        JsonNode detail = ok(api().get(path, auth(people().hangzhouManager())));
        assertThat(detail.path("contacts").findValuesAsText("phone")).containsExactly("13912345678", "15800001111");
        JsonNode summary = ok(api().get("/internal/enterprises/" + id, auth(people().colleagueA())));
        assertThat(summary.path("regionCode").asText()).isEqualTo("330106");
        assertThat(summary.path("contacts").findValuesAsText("position")).containsExactly("总经理");
        assertThat(api().get("/internal/enterprises/" + id).status()).isEqualTo(401);
        for (String outsider : List.of(people().staffB(), people().adminB(), people().lishuiManager())) {
            Response foreign = api().get("/internal/enterprises/" + id, auth(outsider));
            assertThat(foreign.status()).as("the summary answers in the caller's scope").isEqualTo(404);
            assertThat(foreign.code()).isEqualTo("ENTERPRISE_NOT_FOUND");
        }
        assertThat(api().get("/internal/enterprises/999999999", auth(people().staffA())).code())
                .isEqualTo("ENTERPRISE_NOT_FOUND");
    }

    @Test
    void badInputOnEveryWriteEndpointIsAProblemAndStoresNothing() {
        long id = manual(people().staffA(), uniqueName(), usccIn("330106"), "330106");
        String before = jdbc.queryForObject("SELECT CONCAT(name, region_code, version) FROM enterprise WHERE id = ?",
                String.class, id);
        long enterprises = count("enterprise");
        long contacts = count("enterprise_contact");
        String valid = usccIn("330106");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String down = uniqueName();
        registryAnswers(down, aResponse().withStatus(500));

        List<Map<String, Object>> badRecords = List.of(
                without(form(down, valid, "330106"), "name"),
                with(form(down, valid, "330106"), "name", "长".repeat(101)),
                without(form(down, valid, "330106"), "uscc"),
                with(form(down, valid, "330106"), "uscc", wrongCheck),
                with(form(down, valid, "330106"), "uscc", "91330106ABC"),
                with(form(down, valid, "330106"), "uscc", "91330106MA2XXXXXIO"),
                without(form(down, valid, "330106"), "regionCode"),
                with(form(down, valid, "330106"), "regionCode", "3301"),
                with(form(down, valid, "330106"), "regionCode", "339999"),
                with(form(down, valid, "330106"), "establishedOn", LocalDate.now().plusDays(10).toString()),
                with(form(down, valid, "330106"), "establishedOn", "yesterday"),
                with(form(down, valid, "330106"), "businessScope", "范".repeat(10001)));
        for (Map<String, Object> bad : badRecords) {
            Response refused = api().post("/api/enterprises", bad, auth(people().staffA()));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().send("POST", "/api/enterprises", "application/json", "{\"name\":", auth(people().staffA()))
                .status()).isEqualTo(400);
        assertThat(api().post("/api/enterprises", form(down, valid, "330106"), auth(people().hangzhouManager()))
                .status()).as("a bureau manager records nothing").isEqualTo(403);
        assertThat(api().post("/api/enterprises", form(down, valid, "330106"), auth(people().sysAdmin())).status())
                .as("nor does the system administrator, who has no institution").isEqualTo(403);

        String path = "/api/enterprises/" + id;
        for (Map<String, Object> bad : List.of(without(form("x", valid, "330106"), "name"),
                with(form("x", valid, "330106"), "regionCode", "33010a"),
                with(form("x", valid, "330106"), "regionCode", "339999"),
                with(form("x", valid, "330106"), "address", "址".repeat(501)))) {
            Response refused = api().put(path, bad, auth(people().staffA()));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("name", "张三", "phone", "12345678901"),
                Map.of("name", "张三", "phone", "1391234567"), Map.of("phone", "13912345678"),
                Map.of("name", " ", "phone", "13912345678"),
                Map.of("name", "张三", "position", "职".repeat(51), "phone", "13912345678"))) {
            Response refused = api().post(path + "/contacts", bad, auth(people().staffA()));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(api().post("/api/enterprises/999999999/contacts", Map.of("name", "张三", "phone", "13912345678"),
                auth(people().staffA())).status()).isEqualTo(404);

        assertThat(count("enterprise")).isEqualTo(enterprises);
        assertThat(count("enterprise_contact")).isEqualTo(contacts);
        assertThat(jdbc.queryForObject("SELECT CONCAT(name, region_code, version) FROM enterprise WHERE id = ?",
                String.class, id)).isEqualTo(before);
    }

    /** An enterprise recorded by hand (the registry answers 503 for its name). */
    private long manual(String bearer, String name, String uscc, String region) {
        registryAnswers(name, aResponse().withStatus(503));
        return ok(api().post("/api/enterprises", form(name, uscc, region), auth(bearer))).path("id").asLong();
    }

    private List<Long> ids(String bearer, String path) {
        return ok(api().get(path, auth(bearer))).path("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndCondition, Long.class);
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

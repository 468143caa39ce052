package com.gongxuhui.expert.expert;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.Organisations.Institution;
import com.gongxuhui.expert.WithOrgService;
import com.gongxuhui.expert.api.ExpertDirectoryClient;
import com.gongxuhui.expert.api.ExpertSummary;
import feign.FeignException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Experts as institutions maintain them, on expert-service with the real org-service (a process) issuing the
 * tokens and answering for regions, on MariaDB, Redis and RocketMQ.
 */
class ExpertsIT extends WithOrgService {

    @Autowired
    ApplicationContext context;

    static Institution a;
    static Institution b;

    @BeforeAll
    static void organisations() {
        a = Organisations.institution("330106");
        b = Organisations.institution("330203");
    }

    @AfterEach
    void noRequestBeingServed() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAdministratorAddsAnExpertWhomHisStaffReadAndWhoIsPublishedExactlyOnce() throws Exception {
        try (TopicObserver observer = new TopicObserver(nameServer, topic)) {
            Map<String, Object> form = form();
            Response created = api().post("/api/experts", form, auth(a.admin()));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().path("id").asLong();
            assertThat(created.header("Location")).endsWith("/api/experts/" + id);
            JsonNode detail = get(a.staff(), "/api/experts/" + id);
            assertThat(detail.path("expert").path("institutionId").asLong()).isEqualTo(a.id());
            assertThat(detail.path("expert").path("fields").toString()).contains("NEW_MATERIALS", "ADVANCED_MANUFACTURING");
            assertThat(detail.path("expert").path("phone").asText()).isEqualTo(form.get("phone"));
            assertThat(detail.path("achievements").isArray()).isTrue();

            String eventId = jdbc.queryForObject("SELECT event_id FROM outbox_event WHERE event_type = 'ExpertCreated' "
                    + "AND aggregate_id = ?", String.class, Long.toString(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> observer.countWithKey(eventId) >= 1);
            Thread.sleep(1000);
            assertThat(observer.countWithKey(eventId)).isEqualTo(1);
            assertThat(observer.bodyWithKey(eventId)).contains("\"institutionId\":" + a.id())
                    .contains("\"regionCode\":\"330106\"").contains("\"phone\":\"" + form.get("phone") + "\"");
        }
    }

    @Test
    void aPhoneBelongsToOneExpertOnTheWholePlatform() {
        Map<String, Object> form = form();
        ok(api().post("/api/experts", form, auth(a.admin())));
        long before = count();

        Response again = api().post("/api/experts", form, auth(b.admin()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("EXPERT_PHONE_TAKEN");
        long other = ok(api().post("/api/experts", form(), auth(a.admin()))).path("id").asLong();
        Map<String, Object> taking = form();
        taking.put("phone", form.get("phone"));
        assertThat(api().put("/api/experts/" + other, taking, auth(a.admin())).code()).isEqualTo("EXPERT_PHONE_TAKEN");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void theAdministratorEditsTheExpertAndHisRecordsWhichTheDetailPageShows() {
        long id = create(a);
        Map<String, Object> changed = form();
        changed.put("title", "研究员");
        changed.put("fields", List.of("BIOMEDICINE"));

        JsonNode edited = ok(api().put("/api/experts/" + id, changed, auth(a.admin())));
        String base = "/api/experts/" + id;
        long achievement = ok(api().post(base + "/achievements", achievement("高强度铝合金"), auth(a.admin())))
                .path("id").asLong();
        ok(api().put(base + "/achievements/" + achievement, achievement("高强度镁合金"), auth(a.admin())));
        long solution = ok(api().post(base + "/solutions", solution("废水零排放"), auth(a.admin()))).path("id").asLong();
        ok(api().put(base + "/solutions/" + solution, solution("废水近零排放"), auth(a.admin())));
        long followUp = ok(api().post(base + "/follow-ups", followUp("电话沟通合作意向"), auth(a.admin())))
                .path("id").asLong();
        ok(api().put(base + "/follow-ups/" + followUp, followUp("上门拜访"), auth(a.admin())));

        assertThat(edited.path("title").asText()).isEqualTo("研究员");
        JsonNode detail = get(a.staff(), base);
        assertThat(detail.path("expert").path("fields").toString()).isEqualTo("[\"BIOMEDICINE\"]");
        assertThat(detail.path("achievements").findValuesAsText("title")).containsExactly("高强度镁合金");
        assertThat(detail.path("solutions").findValuesAsText("title")).containsExactly("废水近零排放");
        assertThat(detail.path("followUps").findValuesAsText("content")).containsExactly("上门拜访");
        assertThat(get(a.staff(), base + "/achievements").size()).isEqualTo(1);
        assertThat(get(a.staff(), base + "/solutions").size()).isEqualTo(1);
        assertThat(get(a.staff(), base + "/follow-ups").size()).isEqualTo(1);
        assertThat(api().put(base + "/achievements/" + achievement, achievement("x"), auth(a.admin())).status())
                .isEqualTo(200);
        assertThat(api().put("/api/experts/" + create(a) + "/achievements/" + achievement, achievement("x"),
                auth(a.admin())).code()).as("a record of another expert").isEqualTo("RECORD_NOT_FOUND");
    }

    @Test
    void listsAndThePushSearchFilterByNameFieldAndOrganisationWithinTheCallersInstitution() {
        String organisation = "独特研究院" + phone();
        Map<String, Object> special = form();
        special.put("name", "李独特");
        special.put("organisation", organisation);
        special.put("fields", List.of("AEROSPACE"));
        long mine = ok(api().post("/api/experts", special, auth(a.admin()))).path("id").asLong();
        Map<String, Object> theirs = form();
        theirs.put("organisation", organisation);
        theirs.put("fields", List.of("AEROSPACE"));
        long other = ok(api().post("/api/experts", theirs, auth(b.admin()))).path("id").asLong();

        assertThat(ids(a.staff(), "/api/experts?organisation=" + organisation)).containsExactly(mine);
        assertThat(ids(a.staff(), "/api/experts?name=李独特&field=AEROSPACE&size=100")).contains(mine).doesNotContain(other);
        assertThat(ids(a.staff(), "/api/experts?organisation=" + organisation + "&field=BIOMEDICINE")).isEmpty();
        assertThat(ids(a.staff(), "/api/experts/search?field=AEROSPACE&organisation=" + organisation + "&scope=OWN"))
                .containsExactly(mine);
        assertThat(ids(b.staff(), "/api/experts/search?organisation=" + organisation)).containsExactly(other);
        assertThat(ids(Organisations.sysAdmin(), "/api/experts?organisation=" + organisation)).contains(mine, other);
        JsonNode summary = get(a.staff(), "/api/experts/search?organisation=" + organisation).path("items").get(0);
        assertThat(summary.path("followsOfficialAccount").asBoolean()).isFalse();
        assertThat(summary.path("fields").toString()).isEqualTo("[\"AEROSPACE\"]");
        assertThat(api().get("/api/experts/search?scope=ALL", auth(a.staff())).status()).isEqualTo(400);
        assertThat(api().get("/api/experts?size=101", auth(a.staff())).status()).isEqualTo(400);
    }

    @Test
    void aBureauManagerReadsTheExpertsCreatedInHisCityOnly() {
        long inHangzhou = create(a);
        long inNingbo = create(b);
        String hangzhou = Organisations.cityManager("330100");

        assertThat(api().get("/api/experts/" + inHangzhou, auth(hangzhou)).status()).isEqualTo(200);
        assertThat(api().get("/api/experts/" + inNingbo, auth(hangzhou)).status()).isEqualTo(404);
        assertThat(ids(hangzhou, "/api/experts?size=100")).contains(inHangzhou).doesNotContain(inNingbo);
        assertThat(api().put("/api/experts/" + inHangzhou, form(), auth(hangzhou)).status()).isEqualTo(403);
        assertThat(ids(hangzhou, "/api/experts/search?size=100")).as("a bureau pushes to nobody").isEmpty();
    }

    @Test
    void anotherInstitutionGetsNotFoundOnEveryEndpointAndCannotPush() {
        long id = create(a);
        String base = "/api/experts/" + id;
        long achievement = ok(api().post(base + "/achievements", achievement("成果"), auth(a.admin()))).path("id").asLong();
        long solution = ok(api().post(base + "/solutions", solution("方案"), auth(a.admin()))).path("id").asLong();
        long followUp = ok(api().post(base + "/follow-ups", followUp("跟进"), auth(a.admin()))).path("id").asLong();
        long before = count();

        for (String outsider : List.of(b.admin(), b.staff())) {
            assertThat(api().get(base, auth(outsider)).status()).isEqualTo(404);
            assertThat(api().put(base, form(), auth(outsider)).status()).isEqualTo(404);
            assertThat(api().get(base + "/achievements", auth(outsider)).status()).isEqualTo(404);
            assertThat(api().post(base + "/achievements", achievement("x"), auth(outsider)).status()).isEqualTo(404);
            assertThat(api().put(base + "/achievements/" + achievement, achievement("x"), auth(outsider)).status())
                    .isEqualTo(404);
            assertThat(api().get(base + "/solutions", auth(outsider)).status()).isEqualTo(404);
            assertThat(api().post(base + "/solutions", solution("x"), auth(outsider)).status()).isEqualTo(404);
            assertThat(api().put(base + "/solutions/" + solution, solution("x"), auth(outsider)).status()).isEqualTo(404);
            assertThat(api().get(base + "/follow-ups", auth(outsider)).status()).isEqualTo(404);
            assertThat(api().post(base + "/follow-ups", followUp("x"), auth(outsider)).status()).isEqualTo(404);
            assertThat(api().put(base + "/follow-ups/" + followUp, followUp("x"), auth(outsider)).status())
                    .isEqualTo(404);
            assertThat(api().get("/internal/experts/" + id, auth(outsider)).status()).isEqualTo(404);
            assertThat(ids(outsider, "/api/experts?size=100")).doesNotContain(id);
            assertThat(ids(outsider, "/api/experts/search?size=100")).doesNotContain(id);
            assertThatThrownBy(() -> directory(outsider).expert(id)).isInstanceOf(FeignException.NotFound.class);
        }
        assertThat(api().put(base, form(), auth(a.staff())).status()).as("staff read, never write").isEqualTo(403);
        assertThat(api().post(base + "/achievements", achievement("x"), auth(a.staff())).status()).isEqualTo(403);
        assertThat(api().post("/api/experts", form(), auth(a.staff())).status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM research_achievement WHERE expert_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void demandServiceAsksForAnExpertItsBrokerMayPushTo() {
        Map<String, Object> form = form();
        long id = ok(api().post("/api/experts", form, auth(a.admin()))).path("id").asLong();

        ExpertSummary summary = directory(a.staff()).expert(id);

        assertThat(summary).isEqualTo(new ExpertSummary(id, (String) form.get("name"), a.id(), "浙江大学",
                List.of("ADVANCED_MANUFACTURING", "NEW_MATERIALS"), false, List.of()));
        assertThatThrownBy(() -> directory(a.staff()).expert(987_654_321L)).isInstanceOf(FeignException.NotFound.class);
        assertThat(api().get("/internal/experts/" + id).status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void badInputOnEveryWriteEndpointGetsProblemsAndStoresNothing() {
        long id = create(a);
        String base = "/api/experts/" + id;
        long achievement = ok(api().post(base + "/achievements", achievement("成果"), auth(a.admin()))).path("id").asLong();
        long solution = ok(api().post(base + "/solutions", solution("方案"), auth(a.admin()))).path("id").asLong();
        long followUp = ok(api().post(base + "/follow-ups", followUp("跟进"), auth(a.admin()))).path("id").asLong();
        String before = snapshot();

        for (Map<String, Object> bad : badExperts()) {
            problem(api().post("/api/experts", bad, auth(a.admin())));
            problem(api().put(base, bad, auth(a.admin())));
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of(), Map.of("title", " "),
                Map.of("title", "长".repeat(201)), Map.of("title", "成果", "achievedOn", "2999-01-01"),
                Map.of("title", "成果", "achievedOn", "yesterday"))) {
            problem(api().post(base + "/achievements", bad, auth(a.admin())));
            problem(api().put(base + "/achievements/" + achievement, bad, auth(a.admin())));
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("title", "方案"),
                Map.of("title", "方案", "description", "d", "fieldCode", "ASTROLOGY"),
                Map.of("title", "", "description", "d"))) {
            problem(api().post(base + "/solutions", bad, auth(a.admin())));
            problem(api().put(base + "/solutions/" + solution, bad, auth(a.admin())));
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("type", "PHONE", "content", "c"),
                Map.of("type", "TELEPATHY", "happenedAt", "2026-01-05T10:00:00+08:00", "content", "c"),
                Map.of("type", "PHONE", "happenedAt", "2999-01-05T10:00:00+08:00", "content", "c"),
                Map.of("type", "PHONE", "happenedAt", "2026-01-05T10:00:00+08:00", "content", " "))) {
            problem(api().post(base + "/follow-ups", bad, auth(a.admin())));
            problem(api().put(base + "/follow-ups/" + followUp, bad, auth(a.admin())));
        }
        for (String[] write : List.of(new String[] {"POST", "/api/experts"}, new String[] {"PUT", base},
                new String[] {"POST", base + "/achievements"}, new String[] {"POST", base + "/solutions"},
                new String[] {"POST", base + "/follow-ups"})) {
            problem(api().send(write[0], write[1], "application/json", "{\"name\":", auth(a.admin())));
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private static List<Map<String, Object>> badExperts() {
        Map<String, Object> missingName = form();
        missingName.remove("name");
        Map<String, Object> badPhone = form();
        badPhone.put("phone", "12345");
        Map<String, Object> landline = form();
        landline.put("phone", "057188888888");
        Map<String, Object> noFields = form();
        noFields.put("fields", List.of());
        Map<String, Object> unknownField = form();
        unknownField.put("fields", List.of("NEW_MATERIALS", "ASTROLOGY"));
        Map<String, Object> longIntroduction = form();
        longIntroduction.put("introduction", "长".repeat(2001));
        Map<String, Object> fieldsNotAList = form();
        fieldsNotAList.put("fields", Map.of("a", 1));
        return List.of(missingName, badPhone, landline, noFields, unknownField, longIntroduction, fieldsNotAList);
    }

    /** Everything an expert write could touch, so that a refused write can be shown to have changed nothing. */
    private String snapshot() {
        return jdbc.queryForList("SELECT (SELECT COUNT(*) FROM expert) e, (SELECT MAX(version) FROM expert) v, "
                + "(SELECT COUNT(*) FROM expert_field) f, (SELECT COUNT(*) FROM research_achievement) ra, "
                + "(SELECT MAX(updated_at) FROM research_achievement) rau, (SELECT COUNT(*) FROM technical_solution) ts, "
                + "(SELECT MAX(updated_at) FROM technical_solution) tsu, (SELECT COUNT(*) FROM expert_follow_up) fu, "
                + "(SELECT MAX(updated_at) FROM expert_follow_up) fuu, (SELECT COUNT(*) FROM outbox_event) o").toString();
    }

    private static void problem(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private ExpertDirectoryClient directory(String bearer) {
        MockHttpServletRequest callerRequest = new MockHttpServletRequest();
        callerRequest.addHeader(HttpHeaders.AUTHORIZATION, bearer);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(callerRequest));
        return new FeignClientBuilder(context).forType(ExpertDirectoryClient.class, "expert-service")
                .url("http://127.0.0.1:" + port).build();
    }

    static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "王专家");
        form.put("phone", phone());
        form.put("organisation", "浙江大学");
        form.put("title", "教授");
        form.put("fields", List.of("NEW_MATERIALS", "ADVANCED_MANUFACTURING"));
        form.put("introduction", "长期从事轻量化材料研究。");
        return form;
    }

    private static Map<String, Object> achievement(String title) {
        return Map.of("title", title, "achievedOn", "2024-05-01", "description", "省科技进步奖");
    }

    private static Map<String, Object> solution(String title) {
        return Map.of("title", title, "fieldCode", "RESOURCES_ENVIRONMENT", "description", "膜分离与蒸发结晶");
    }

    private static Map<String, Object> followUp(String content) {
        return Map.of("type", "PHONE", "happenedAt", "2026-01-05T10:00:00+08:00", "content", content);
    }

    private long create(Institution institution) {
        return ok(api().post("/api/experts", form(), auth(institution.admin()))).path("id").asLong();
    }

    private List<Long> ids(String bearer, String path) {
        return get(bearer, path).path("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private JsonNode get(String bearer, String path) {
        return ok(api().get(path, auth(bearer)));
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM expert", Long.class);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }
}

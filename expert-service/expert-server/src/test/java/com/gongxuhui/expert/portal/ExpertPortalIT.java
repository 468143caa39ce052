package com.gongxuhui.expert.portal;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.TopicObserver;
import com.gongxuhui.expert.MiniProgram;
import com.gongxuhui.expert.MiniProgram.LoggedIn;
import com.gongxuhui.expert.Organisations;
import com.gongxuhui.expert.Organisations.Institution;
import com.gongxuhui.expert.WithOrgService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mini-program as a logged-in expert uses it: his own information, subscriptions and technologies, and
 * what he and the institutions may not see, on the real stack with the real org-service.
 */
class ExpertPortalIT extends WithOrgService {

    static Institution a;
    static Institution b;

    @BeforeAll
    static void organisations() {
        a = Organisations.institution("330106");
        b = Organisations.institution("330203");
    }

    @Test
    void anExpertReadsAndEditsHisOwnInformationButNotHisPhoneOrName() {
        LoggedIn expert = MiniProgram.expert(api(), a, null);
        Map<String, Object> profile = new HashMap<>(profile());
        profile.put("phone", phone());
        profile.put("name", "改名");

        JsonNode edited = ok(api().put("/api/expert-portal/me", profile, auth(expert)));

        assertThat(edited.path("title").asText()).isEqualTo("研究员");
        JsonNode me = ok(api().get("/api/expert-portal/me", auth(expert)));
        assertThat(me.path("organisation").asText()).isEqualTo("浙江大学宁波研究院");
        assertThat(me.path("fields").toString()).isEqualTo("[\"BIOMEDICINE\",\"NEW_ENERGY\"]");
        assertThat(me.path("introduction").asText()).isEqualTo("从事生物基材料研究。");
        assertThat(me.path("phone").asText()).isEqualTo(expert.phone());
        assertThat(me.path("name").asText()).isEqualTo("微信专家");
        assertThat(ok(api().get("/api/experts/" + expert.id(), "Authorization", a.staff())).path("expert")
                .path("title").asText()).as("his institution sees the change").isEqualTo("研究员");
    }

    @Test
    void onlyExpertsHaveAMeAndAnExpertReachesNoOtherExpert() {
        LoggedIn expert = MiniProgram.expert(api(), a, null);
        LoggedIn colleague = MiniProgram.expert(api(), a, null);
        long technology = ok(api().post("/api/expert-portal/technologies", technology("秘密工艺"), auth(colleague)))
                .path("id").asLong();

        for (String notAnExpert : List.of(a.admin(), a.staff(), b.admin())) {
            assertThat(api().get("/api/expert-portal/me", "Authorization", notAnExpert).status()).isEqualTo(403);
            assertThat(api().put("/api/expert-portal/subscriptions", Map.of("fieldCodes", List.of()),
                    "Authorization", notAnExpert).status()).isEqualTo(403);
            assertThat(api().post("/api/expert-portal/technologies", technology("x"), "Authorization", notAnExpert)
                    .status()).isEqualTo(403);
        }
        assertThat(api().get("/api/expert-portal/me").status()).as("anonymous").isEqualTo(401);
        String other = "/api/experts/" + colleague.id();
        String hisTechnology = "/api/expert-portal/technologies/" + technology;
        // the institution's view of experts is the console's: no expert reaches it
        assertThat(api().get(other, auth(expert)).status()).isEqualTo(403);
        assertThat(api().put(other, Map.of("name", "冒名", "phone", phone(), "fields", List.of("OTHER")),
                auth(expert)).status()).isEqualTo(403);
        assertThat(api().get(other + "/technologies", auth(expert)).status()).isEqualTo(403);
        assertThat(api().get(other + "/achievements", auth(expert)).status()).isEqualTo(403);
        assertThat(api().get("/internal/experts/" + colleague.id(), auth(expert)).status()).isEqualTo(404);
        assertThat(api().get(hisTechnology, auth(expert)).status()).isEqualTo(404);
        assertThat(api().put(hisTechnology, technology("改掉"), auth(expert)).status()).isEqualTo(404);
        assertThat(api().delete(hisTechnology, auth(expert)).status()).isEqualTo(404);
        assertThat(ok(api().get("/api/expert-portal/technologies", auth(expert)))).isEmpty();
        assertThat(api().get("/api/experts?size=100", auth(expert)).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT name FROM technology WHERE id = ?", String.class, technology))
                .isEqualTo("秘密工艺");
    }

    @Test
    void eachChangeOfSubscriptionsIsPublishedExactlyOnceAndDemandServiceSeesThem() throws Exception {
        LoggedIn expert = MiniProgram.expert(api(), a, null);
        try (TopicObserver observer = new TopicObserver(nameServer, topic)) {
            JsonNode saved = ok(api().put("/api/expert-portal/subscriptions",
                    Map.of("fieldCodes", List.of("NEW_MATERIALS", "AEROSPACE", "NEW_MATERIALS")), auth(expert)));
            ok(api().put("/api/expert-portal/subscriptions", Map.of("fieldCodes", List.of("AEROSPACE", "NEW_MATERIALS")),
                    auth(expert)));
            ok(api().put("/api/expert-portal/subscriptions", Map.of("fieldCodes", List.of()), auth(expert)));

            assertThat(saved.path("fieldCodes").toString()).isEqualTo("[\"AEROSPACE\",\"NEW_MATERIALS\"]");
            List<String> eventIds = jdbc.queryForList("SELECT event_id FROM outbox_event WHERE event_type = "
                    + "'ExpertSubscribed' AND aggregate_id = ? ORDER BY id", String.class, Long.toString(expert.id()));
            assertThat(eventIds).as("the same set again is no change").hasSize(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> eventIds.stream()
                    .allMatch(id -> observer.countWithKey(id) >= 1));
            Thread.sleep(1000);
            assertThat(eventIds).allSatisfy(id -> assertThat(observer.countWithKey(id)).isEqualTo(1));
            assertThat(observer.bodyWithKey(eventIds.get(0))).contains("\"fieldCodes\":[\"AEROSPACE\",\"NEW_MATERIALS\"]")
                    .contains("\"expertId\":" + expert.id()).contains("\"institutionId\":" + a.id());
            assertThat(observer.bodyWithKey(eventIds.get(1))).contains("\"fieldCodes\":[]");
        }
        ok(api().put("/api/expert-portal/subscriptions", Map.of("fieldCodes", List.of("MODERN_AGRICULTURE")), auth(expert)));
        assertThat(ok(api().get("/api/expert-portal/subscriptions", auth(expert))).path("fieldCodes").toString())
                .isEqualTo("[\"MODERN_AGRICULTURE\"]");
        JsonNode himself = ok(api().get("/internal/experts/" + expert.id(), auth(expert)));
        assertThat(himself.path("subscribedFields").toString()).isEqualTo("[\"MODERN_AGRICULTURE\"]");
        JsonNode forPush = ok(api().get("/internal/experts/" + expert.id(), "Authorization", a.staff()));
        assertThat(forPush.path("subscribedFields").toString()).isEqualTo("[\"MODERN_AGRICULTURE\"]");
    }

    @Test
    void anExpertManagesHisTechnologiesWhichOnlyHisInstitutionReadsWhole() {
        LoggedIn expert = MiniProgram.expert(api(), a, null);

        Response published = api().post("/api/expert-portal/technologies", technology("低温等离子体灭菌"), auth(expert));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long id = published.json().path("id").asLong();
        assertThat(published.header("Location")).endsWith("/api/expert-portal/technologies/" + id);
        Map<String, Object> changed = new HashMap<>(technology("常温等离子体灭菌"));
        changed.put("maturity", 7);
        changed.put("cooperationModes", List.of("TRANSFER"));
        ok(api().put("/api/expert-portal/technologies/" + id, changed, auth(expert)));
        long withdrawn = ok(api().post("/api/expert-portal/technologies", technology("旧技术"), auth(expert)))
                .path("id").asLong();
        assertThat(api().delete("/api/expert-portal/technologies/" + withdrawn, auth(expert)).status()).isEqualTo(204);

        JsonNode mine = ok(api().get("/api/expert-portal/technologies", auth(expert)));
        assertThat(mine.findValuesAsText("name")).containsExactly("常温等离子体灭菌");
        JsonNode one = ok(api().get("/api/expert-portal/technologies/" + id, auth(expert)));
        assertThat(one.path("maturity").asInt()).isEqualTo(7);
        assertThat(one.path("cooperationModes").toString()).isEqualTo("[\"TRANSFER\"]");
        assertThat(one.path("confidentialDetail").asText()).isEqualTo("工艺参数：120 W，30 s");
        String ofExpert = "/api/experts/" + expert.id() + "/technologies";
        for (String ownInstitution : List.of(a.admin(), a.staff())) {
            JsonNode whole = ok(api().get(ofExpert, "Authorization", ownInstitution));
            assertThat(whole.get(0).path("confidentialDetail").asText()).isEqualTo("工艺参数：120 W，30 s");
            assertThat(whole.get(0).path("publicSummary").asText()).isEqualTo("适用于食品包装");
        }
        for (String otherInstitution : List.of(b.admin(), b.staff())) {
            Response refused = api().get(ofExpert, "Authorization", otherInstitution);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("工艺参数");
        }
        JsonNode publicPart = ok(api().get(ofExpert, "Authorization", Organisations.sysAdmin()));
        assertThat(publicPart.get(0).path("publicSummary").asText()).isEqualTo("适用于食品包装");
        assertThat(publicPart.get(0).has("confidentialDetail")).as("nobody else sees the detail").isFalse();
        assertThat(publicPart.toString()).doesNotContain("工艺参数");
    }

    @Test
    void badInputOnEveryPortalWriteGetsProblemsAndStoresNothing() {
        LoggedIn expert = MiniProgram.expert(api(), a, null);
        long technology = ok(api().post("/api/expert-portal/technologies", technology("基线"), auth(expert)))
                .path("id").asLong();
        String before = snapshot();

        for (Map<String, Object> bad : badProfiles()) {
            problem(api().put("/api/expert-portal/me", bad, auth(expert)));
        }
        for (Object bad : List.of(Map.of(), Map.of("fieldCodes", List.of("ASTROLOGY")),
                Map.of("fieldCodes", "NEW_MATERIALS"), Map.of("fieldCodes", List.of("X".repeat(41))),
                Map.of("fieldCodes", List.of("")), Map.of("fieldCodes", java.util.Collections.nCopies(21, "OTHER")))) {
            problem(api().put("/api/expert-portal/subscriptions", bad, auth(expert)));
        }
        for (Map<String, Object> bad : badTechnologies()) {
            problem(api().post("/api/expert-portal/technologies", bad, auth(expert)));
            problem(api().put("/api/expert-portal/technologies/" + technology, bad, auth(expert)));
        }
        for (String[] write : List.of(new String[] {"PUT", "/api/expert-portal/me"},
                new String[] {"PUT", "/api/expert-portal/subscriptions"},
                new String[] {"POST", "/api/expert-portal/technologies"},
                new String[] {"PUT", "/api/expert-portal/technologies/" + technology})) {
            problem(api().send(write[0], write[1], "application/json", "{\"name\":", auth(expert)));
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private static List<Map<String, Object>> badProfiles() {
        return List.of(without(profile(), "fields"), with(profile(), "fields", List.of()),
                with(profile(), "fields", List.of("ASTROLOGY")), with(profile(), "fields", "NEW_MATERIALS"),
                with(profile(), "title", "长".repeat(51)), with(profile(), "organisation", "长".repeat(101)),
                with(profile(), "introduction", "长".repeat(2001)), with(profile(), "title", Map.of("a", 1)));
    }

    private static List<Map<String, Object>> badTechnologies() {
        return List.of(without(technology("x"), "name"), with(technology("x"), "name", " "),
                with(technology("x"), "name", "长".repeat(101)), without(technology("x"), "maturity"),
                with(technology("x"), "maturity", 0), with(technology("x"), "maturity", 10),
                with(technology("x"), "maturity", "high"), with(technology("x"), "fieldCode", "ASTROLOGY"),
                without(technology("x"), "fieldCode"), with(technology("x"), "cooperationModes", List.of()),
                with(technology("x"), "cooperationModes", List.of("BARTER")),
                with(technology("x"), "cooperationModes", "TRANSFER"), without(technology("x"), "publicSummary"),
                with(technology("x"), "publicSummary", "长".repeat(501)),
                with(technology("x"), "confidentialDetail", "长".repeat(4001)),
                with(technology("x"), "description", "长".repeat(4001)));
    }

    /** Everything a portal write could touch, so that a refused write can be shown to have changed nothing. */
    private String snapshot() {
        return jdbc.queryForList("SELECT (SELECT COUNT(*) FROM expert) e, (SELECT MAX(version) FROM expert) v, "
                + "(SELECT MAX(updated_at) FROM expert) eu, (SELECT COUNT(*) FROM expert_field) f, "
                + "(SELECT COUNT(*) FROM expert_subscription) s, (SELECT COUNT(*) FROM technology) t, "
                + "(SELECT MAX(updated_at) FROM technology) tu, (SELECT COUNT(*) FROM outbox_event) o").toString();
    }

    static Map<String, Object> profile() {
        return Map.of("organisation", "浙江大学宁波研究院", "title", "研究员", "fields", List.of("NEW_ENERGY", "BIOMEDICINE"),
                "introduction", "从事生物基材料研究。");
    }

    static Map<String, Object> technology(String name) {
        return Map.of("name", name, "fieldCode", "BIOMEDICINE", "maturity", 5, "description", "一种灭菌方法",
                "cooperationModes", List.of("LICENSING", "JOINT_DEVELOPMENT"), "publicSummary", "适用于食品包装",
                "confidentialDetail", "工艺参数：120 W，30 s");
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(map);
        changed.put(key, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> map, String key) {
        Map<String, Object> changed = new HashMap<>(map);
        changed.remove(key);
        return changed;
    }

    private static void problem(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private static String[] auth(LoggedIn expert) {
        return new String[] {"Authorization", expert.bearer()};
    }
}

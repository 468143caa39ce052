package com.gongxuhui.org.institution;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class InstitutionIT extends OrgServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    OrgFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OrgFixtures(api());
    }

    @Test
    void registeringCreatesTheInstitutionItsHeadOfficeAndItsAdministratorWithEventsAndAudit() {
        String adminPhone = phone();
        String uscc = OrgFixtures.uscc();

        Response created = api().post("/api/institutions",
                OrgFixtures.institutionRequest("浙江大学技术转移中心", uscc, "330106", adminPhone),
                "Authorization", fixtures.sysAdmin());

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/institutions/" + id);
        assertThat(created.json().path("minFeeRatio").decimalValue()).isEqualByComparingTo("5.00");
        String admin = fixtures.bearer(adminPhone, OrgFixtures.PASSWORD);
        JsonNode me = api().get("/api/auth/me", "Authorization", admin).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"INST_ADMIN\"]");
        assertThat(me.path("institutionId").asLong()).isEqualTo(id);
        JsonNode centres = api().get("/api/institutions/" + id + "/centres", "Authorization", admin).json();
        assertThat(centres).hasSize(1);
        assertThat(centres.get(0).path("headOffice").asBoolean()).isTrue();
        assertThat(me.path("centreId").asLong()).isEqualTo(centres.get(0).path("id").asLong());
        assertThat(outboxTypes(String.valueOf(id))).contains("InstitutionRegistered");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'CentreCreated' "
                + "AND aggregate_id = ? AND payload LIKE '%\"headOffice\":true%'", Long.class,
                centres.get(0).path("id").asText())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'AccountCreated' "
                + "AND payload LIKE ?", Long.class, "%" + adminPhone + "%")).isEqualTo(1);
        JsonNode audit = api().get("/api/audit?institutionId=" + id, "Authorization", fixtures.sysAdmin()).json();
        assertThat(audit.path("items").findValuesAsText("action")).contains("INSTITUTION_REGISTERED", "CENTRE_CREATED");
    }

    @Test
    void malformedCodesAreRefusedWithUsccInvalidAndNothingIsCreated() {
        long before = count("institution");
        for (String bad : new String[] {"123", "91350100M000100I43", "01350100M000100Y43", "913501A0M000100Y43",
                "91350100M000100Y44"}) {
            Response refused = api().post("/api/institutions", OrgFixtures.institutionRequest("坏代码机构", bad, "330100",
                    phone()), "Authorization", fixtures.sysAdmin());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).as(bad).isEqualTo("USCC_INVALID");
        }
        assertThat(count("institution")).isEqualTo(before);
    }

    @Test
    void theOverrideAcceptsARealCodeWhoseCheckCharacterDoesNotCompute() {
        String code = OrgFixtures.uscc();
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> request = OrgFixtures.institutionRequest("老代码机构", wrongCheck, "330100", phone());
        assertThat(api().post("/api/institutions", request, "Authorization", fixtures.sysAdmin()).code())
                .isEqualTo("USCC_INVALID");

        request.put("usccCheckOverride", true);
        Response accepted = api().post("/api/institutions", request, "Authorization", fixtures.sysAdmin());

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().path("usccCheckOverridden").asBoolean()).isTrue();
    }

    @Test
    void aMinimumFeeRatioBelowFivePercentIsRefused() {
        Map<String, Object> request = OrgFixtures.institutionRequest("低费率机构", OrgFixtures.uscc(), "330100",
                phone());
        request.put("minFeeRatio", "4.99");

        Response refused = api().post("/api/institutions", request, "Authorization", fixtures.sysAdmin());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("minFeeRatio");
    }

    @Test
    void anAdministratorPhoneAlreadyUsedByAnotherInstitutionsStaffIsTakenAndNothingIsLeftBehind() {
        InstitutionFixture other = fixtures.institution("330100");
        String staffPhone = fixtures.staff(other, other.headOfficeId(), false).getValue();
        long institutionsBefore = count("institution");
        long centresBefore = count("centre");

        Response refused = api().post("/api/institutions", OrgFixtures.institutionRequest("撞号机构", OrgFixtures.uscc(),
                "330100", staffPhone), "Authorization", fixtures.sysAdmin());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("PHONE_TAKEN");
        assertThat(count("institution")).as("the institution rolled back with its administrator").isEqualTo(institutionsBefore);
        assertThat(count("centre")).isEqualTo(centresBefore);
    }

    @Test
    void aDuplicateUsccIsAConflict() {
        String uscc = OrgFixtures.uscc();
        api().post("/api/institutions", OrgFixtures.institutionRequest("甲", uscc, "330100", phone()),
                "Authorization", fixtures.sysAdmin());

        Response second = api().post("/api/institutions", OrgFixtures.institutionRequest("乙", uscc, "330100",
                phone()), "Authorization", fixtures.sysAdmin());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("USCC_TAKEN");
    }

    @Test
    void anAdministratorSeesAndEditsHisOwnInstitutionAndNothingOfAnother() {
        InstitutionFixture a = fixtures.institution("330100");
        InstitutionFixture b = fixtures.institution("330200");
        Map<String, Object> edit = Map.of("type", "RESEARCH_INSTITUTE", "serviceTypes", List.of("TESTING"),
                "minFeeRatio", "6.50", "introduction", "新简介", "headName", "新负责人");

        assertThat(api().get("/api/institutions/" + a.id(), "Authorization", a.adminBearer()).status()).isEqualTo(200);
        Response edited = api().put("/api/institutions/" + a.id(), edit, "Authorization", a.adminBearer());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("minFeeRatio").decimalValue()).isEqualByComparingTo("6.50");

        assertThat(api().get("/api/institutions/" + b.id(), "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(api().put("/api/institutions/" + b.id(), edit, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        JsonNode list = api().get("/api/institutions", "Authorization", a.adminBearer()).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("id").asLong()).isEqualTo(a.id());
        assertThat(api().post("/api/institutions", OrgFixtures.institutionRequest("越权", OrgFixtures.uscc(), "330100",
                phone()), "Authorization", a.adminBearer()).status()).isEqualTo(403);
        JsonNode audit = api().get("/api/audit", "Authorization", a.adminBearer()).json();
        assertThat(audit.path("items")).allMatch(entry -> entry.path("institutionId").asLong() == a.id());
        assertThat(audit.path("items").findValuesAsText("action")).contains("INSTITUTION_UPDATED");
    }

    @Test
    void aBureauManagerReadsInstitutionsOfHisRegionOnlyAndWritesNothing() {
        InstitutionFixture hangzhou = fixtures.institution("330106");
        InstitutionFixture ningbo = fixtures.institution("330203");
        String cityManager = fixtures.govManager("CITY", "330100");
        Map<String, Object> edit = Map.of("type", "OTHER", "serviceTypes", List.of("OTHER"),
                "minFeeRatio", "7.00");

        assertThat(api().get("/api/institutions/" + hangzhou.id(), "Authorization", cityManager).status()).isEqualTo(200);
        assertThat(api().get("/api/institutions/" + ningbo.id(), "Authorization", cityManager).status()).isEqualTo(404);
        assertThat(api().put("/api/institutions/" + hangzhou.id(), edit, "Authorization", cityManager).status()).isEqualTo(403);
        JsonNode visible = api().get("/api/institutions?size=100", "Authorization", cityManager).json();
        assertThat(visible.path("items").findValuesAsText("regionCode")).allMatch(code -> code.startsWith("3301"));
        assertThat(visible.path("items").findValuesAsText("id")).contains(String.valueOf(hangzhou.id()))
                .doesNotContain(String.valueOf(ningbo.id()));
    }

    @Test
    void aCountyManagerAlsoSeesAnInstitutionThatRunsACentreInHisCounty() {
        InstitutionFixture hangzhou = fixtures.institution("330106");
        String lishuiCountyManager = fixtures.govManager("COUNTY", "331102");
        assertThat(api().get("/api/institutions/" + hangzhou.id(), "Authorization", lishuiCountyManager).status())
                .isEqualTo(404);

        fixtures.centre(hangzhou, "莲都中心", "331102");

        assertThat(api().get("/api/institutions/" + hangzhou.id(), "Authorization", lishuiCountyManager).status())
                .isEqualTo(200);
    }

    @Test
    void theSystemAdministratorSearchesByNameUsccTypeAndRegionWithPaging() {
        InstitutionFixture target = fixtures.institution("330782");
        JsonNode institution = api().get("/api/institutions/" + target.id(), "Authorization", fixtures.sysAdmin()).json();
        String admin = fixtures.sysAdmin();

        assertThat(ids(api().get("/api/institutions?keyword=" + institution.path("uscc").asText(), "Authorization", admin)))
                .containsExactly(String.valueOf(target.id()));
        assertThat(ids(api().get("/api/institutions?regionCode=330700&type=UNIVERSITY&size=100", "Authorization", admin)))
                .contains(String.valueOf(target.id()));
        assertThat(ids(api().get("/api/institutions?regionCode=330100&size=100", "Authorization", admin)))
                .doesNotContain(String.valueOf(target.id()));
        JsonNode page = api().get("/api/institutions?page=1&size=1", "Authorization", admin).json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api().get("/api/institutions?size=1000", "Authorization", admin).status()).isEqualTo(400);
    }

    private List<String> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items").findValuesAsText("id");
    }

    private List<String> outboxTypes(String aggregateId) {
        return jdbc.queryForList("SELECT event_type FROM outbox_event WHERE aggregate_id = ?", String.class, aggregateId);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}

package com.gongxuhui.org.staff;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StaffIT extends OrgServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    OrgFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OrgFixtures(api());
    }

    @Test
    void anAdministratorAddsABrokerWhoLogsInWithHisPlaceInTheOrganisation() {
        InstitutionFixture institution = fixtures.institution("330100");
        long centre = fixtures.centre(institution, "西湖中心", "330106");

        var staff = fixtures.staff(institution, centre, true);

        JsonNode me = api().get("/api/auth/me", "Authorization", fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD))
                .json();
        assertThat(me.path("institutionId").asLong()).isEqualTo(institution.id());
        assertThat(me.path("centreId").asLong()).isEqualTo(centre);
        assertThat(me.path("regionCode").asText()).isEqualTo("330106");
        assertThat(me.path("roles").toString()).isEqualTo("[\"CENTER_ADMIN\",\"STAFF\"]");
        JsonNode list = api().get("/api/institutions/" + institution.id() + "/staff?centreId=" + centre,
                "Authorization", institution.adminBearer()).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("position").asText()).isEqualTo("技术经纪人");
    }

    @Test
    void aStaffMemberCannotCreateStaffAndAGovManagerCannotWrite() {
        InstitutionFixture institution = fixtures.institution("330100");
        var staff = fixtures.staff(institution, institution.headOfficeId(), true);
        String staffBearer = fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD);
        String manager = fixtures.govManager("PROVINCE", "330000");
        String path = "/api/institutions/" + institution.id() + "/staff";
        Map<String, Object> request = OrgFixtures.staffRequest(phone(), institution.headOfficeId(), false);

        assertThat(api().post(path, request, "Authorization", staffBearer).status()).isEqualTo(403);
        assertThat(api().post(path, request, "Authorization", manager).status()).isEqualTo(403);
        assertThat(api().post(path + "/" + staff.getKey() + "/disable", "", "Authorization", manager).status())
                .isEqualTo(403);
        assertThat(api().get(path, "Authorization", manager).status()).isEqualTo(200);
        assertThat(api().get(path, "Authorization", staffBearer).status()).isEqualTo(200);
    }

    @Test
    void anotherInstitutionsAdministratorGetsNotFoundForEveryStaffOperation() {
        InstitutionFixture a = fixtures.institution("330100");
        InstitutionFixture b = fixtures.institution("330100");
        long staffOfB = fixtures.staff(b, b.headOfficeId(), false).getKey();
        String base = "/api/institutions/" + b.id() + "/staff";
        String bearer = a.adminBearer();

        assertThat(api().get(base, "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api().get(base + "/" + staffOfB, "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api().post(base, OrgFixtures.staffRequest(phone(), b.headOfficeId(), false),
                "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api().put(base + "/" + staffOfB, Map.of("name", "改名"), "Authorization", bearer).status())
                .isEqualTo(404);
        assertThat(api().post(base + "/" + staffOfB + "/disable", "", "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api().post(base + "/" + staffOfB + "/password-reset", Map.of("newPassword", "Hacked123"),
                "Authorization", bearer).status()).isEqualTo(404);
        assertThat(api().post(base + "/" + staffOfB + "/move", Map.of("centreId", a.headOfficeId()),
                "Authorization", bearer).status()).isEqualTo(404);
        assertThat(fixtures.refusals("staff:" + staffOfB)).as("refusals before A's path").isZero();
        assertThat(api().get("/api/institutions/" + a.id() + "/staff/" + staffOfB, "Authorization", bearer).status())
                .as("B's staff through A's path").isEqualTo(404);
        assertThat(fixtures.refusals("staff:" + staffOfB)).as("a security event").isEqualTo(1);
        assertThat(api().post("/api/institutions/" + a.id() + "/staff", OrgFixtures.staffRequest(phone(),
                b.headOfficeId(), false), "Authorization", bearer).code()).as("B's centre for A's staff")
                .isEqualTo("CENTRE_NOT_FOUND");
    }

    @Test
    void aDisabledBrokerCannotLogInAndHisTokensStopWorking() {
        InstitutionFixture institution = fixtures.institution("330100");
        var staff = fixtures.staff(institution, institution.headOfficeId(), false);
        String staffBearer = fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD);
        String path = "/api/institutions/" + institution.id() + "/staff/" + staff.getKey();

        Response disabled = api().post(path + "/disable", "", "Authorization", institution.adminBearer());

        assertThat(disabled.json().path("status").asText()).isEqualTo("DISABLED");
        assertThat(api().get("/api/auth/me", "Authorization", staffBearer).status()).isEqualTo(401);
        Response login = api().post("/api/auth/login", Map.of("phone", staff.getValue(), "password", OrgFixtures.PASSWORD));
        assertThat(login.code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'AccountDisabled' "
                + "AND aggregate_id = ?", Long.class, staff.getKey().toString())).isEqualTo(1);

        api().post(path + "/enable", "", "Authorization", institution.adminBearer());
        assertThat(fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD)).isNotBlank();
    }

    @Test
    void movingABrokerKeepsHistoryEndsHisLoginsAndCarriesHisNewPlace() {
        InstitutionFixture institution = fixtures.institution("330100");
        long wenzhou = fixtures.centre(institution, "温州中心", "330302");
        var staff = fixtures.staff(institution, institution.headOfficeId(), false);
        String oldBearer = fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD);
        String path = "/api/institutions/" + institution.id() + "/staff/" + staff.getKey();

        Response moved = api().post(path + "/move", Map.of("centreId", wenzhou), "Authorization",
                institution.adminBearer());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("regionCode").asText()).isEqualTo("330302");
        assertThat(api().get("/api/auth/me", "Authorization", oldBearer).status()).isEqualTo(401);
        assertThat(api().get("/api/auth/me", "Authorization", fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD))
                .json().path("centreId").asLong()).isEqualTo(wenzhou);
        JsonNode history = api().get(path + "/moves", "Authorization", institution.adminBearer()).json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("fromCentreId").asLong()).isEqualTo(institution.headOfficeId());
        assertThat(history.get(0).path("toCentreId").asLong()).isEqualTo(wenzhou);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'StaffMoved' "
                + "AND aggregate_id = ?", Long.class, staff.getKey().toString())).isEqualTo(1);
    }

    @Test
    void aResetPasswordWorksAndEndsOldLogins() {
        InstitutionFixture institution = fixtures.institution("330100");
        var staff = fixtures.staff(institution, institution.headOfficeId(), false);
        String oldBearer = fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD);
        String path = "/api/institutions/" + institution.id() + "/staff/" + staff.getKey();

        assertThat(api().post(path + "/password-reset", Map.of("newPassword", "short"), "Authorization",
                institution.adminBearer()).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api().post(path + "/password-reset", Map.of("newPassword", "NewPass123"), "Authorization",
                institution.adminBearer()).status()).isEqualTo(204);

        assertThat(api().get("/api/auth/me", "Authorization", oldBearer).status()).isEqualTo(401);
        assertThat(fixtures.bearer(staff.getValue(), "NewPass123")).isNotBlank();
    }

    @Test
    void staffChangeTheirOwnProfileAndPassword() {
        InstitutionFixture institution = fixtures.institution("330100");
        var staff = fixtures.staff(institution, institution.headOfficeId(), false);
        String bearer = fixtures.bearer(staff.getValue(), OrgFixtures.PASSWORD);

        assertThat(api().put("/api/auth/me", Map.of("name", "新名字", "position", "主任"), "Authorization", bearer)
                .status()).isEqualTo(204);
        assertThat(api().get("/api/auth/me", "Authorization", bearer).json().path("name").asText()).isEqualTo("新名字");
        assertThat(api().put("/api/auth/password", Map.of("currentPassword", "Wrong1234", "newPassword", "Another123"),
                "Authorization", bearer).code()).isEqualTo("CURRENT_PASSWORD_WRONG");
        assertThat(api().put("/api/auth/password", Map.of("currentPassword", OrgFixtures.PASSWORD, "newPassword",
                "Another123"), "Authorization", bearer).status()).isEqualTo(204);
        assertThat(fixtures.bearer(staff.getValue(), "Another123")).isNotBlank();
    }

    @Test
    void phonesAndPasswordsFollowThePlatformRules() {
        InstitutionFixture institution = fixtures.institution("330100");
        String path = "/api/institutions/" + institution.id() + "/staff";
        var existing = fixtures.staff(institution, institution.headOfficeId(), false);

        Response badPhone = api().post(path, OrgFixtures.staffRequest("12345678901", institution.headOfficeId(), false),
                "Authorization", institution.adminBearer());
        Map<String, Object> weak = new java.util.HashMap<>(OrgFixtures.staffRequest(phone(),
                institution.headOfficeId(), false));
        weak.put("password", "onlyletters");
        Response weakPassword = api().post(path, weak, "Authorization", institution.adminBearer());
        Response taken = api().post(path, OrgFixtures.staffRequest(existing.getValue(), institution.headOfficeId(), false),
                "Authorization", institution.adminBearer());
        Response takenBySysAdmin = api().post(path, OrgFixtures.staffRequest(OrgFixtures.SYSADMIN_PHONE,
                institution.headOfficeId(), false), "Authorization", institution.adminBearer());

        assertThat(badPhone.json().path("errors").findValuesAsText("field")).containsExactly("phone");
        assertThat(weakPassword.json().path("errors").findValuesAsText("field")).containsExactly("password");
        assertThat(taken.code()).isEqualTo("PHONE_TAKEN");
        assertThat(takenBySysAdmin.code()).isEqualTo("PHONE_TAKEN");
    }

    @Test
    void twoSimultaneousCreationsWithTheSamePhoneLeaveExactlyOneAccount() {
        InstitutionFixture a = fixtures.institution("330100");
        InstitutionFixture b = fixtures.institution("330100");
        String phone = phone();

        List<Response> answers = List.of(a, b, a, b).stream()
                .map(institution -> CompletableFuture.supplyAsync(() -> api().post(
                        "/api/institutions/" + institution.id() + "/staff",
                        OrgFixtures.staffRequest(phone, institution.headOfficeId(), false),
                        "Authorization", institution.adminBearer())))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 201).allMatch(r -> "PHONE_TAKEN".equals(r.code()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE phone = ?", Long.class, phone)).isEqualTo(1);
    }
}

package com.gongxuhui.e2e;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation built as the manual walks it, each step through the gateway by the role that owns it:
 * the system administrator registers an institution and a bureau manager, the institution's administrator
 * sets up a centre and a broker, the broker logs in and changes his profile, the manager reads.
 */
class OrganisationThroughTheGatewayIT {

    private static final String PASSWORD = "Passw0rd!x";
    private static GatewayPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = GatewayPlatform.get();
    }

    @Test
    void theManualsOrganisationStepsWorkThroughTheGateway() {
        HttpApi gateway = platform.gateway();
        String sysAdmin = login(gateway, "13800000000", "Admin@123456");

        JsonNode regions = ok(gateway.get("/api/regions?parent=331100", "Authorization", sysAdmin));
        assertThat(regions.findValuesAsText("code")).contains("331102");
        assertThat(ok(gateway.get("/api/regions", "Authorization", sysAdmin)).toString()).contains("330000");
        assertThat(ok(gateway.get("/api/regions/331102?date=2024-07-31", "Authorization", sysAdmin)).toString())
                .contains("331100");
        assertThat(ok(gateway.get("/api/regions/mountain-counties?date=2024-08-01", "Authorization", sysAdmin))
                .toString()).contains("330922");

        String adminPhone = phone();
        Map<String, Object> institution = new HashMap<>(Map.of("name", "网关测试机构" + adminPhone, "uscc", UnifiedSocialCreditCode.random("12330100"),
                "type", "RESEARCH_INSTITUTE", "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", "330106",
                "minFeeRatio", "5.50", "introduction", "简介", "headName", "负责人"));
        institution.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        Response registered = gateway.post("/api/institutions", institution, "Authorization", sysAdmin);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long institutionId = registered.json().path("id").asLong();

        assertThat(ok(gateway.get("/api/institutions?keyword=" + registered.json().path("uscc").asText(),
                "Authorization", sysAdmin)).path("total").asLong()).isEqualTo(1);
        String admin = login(gateway, adminPhone, PASSWORD);
        assertThat(ok(gateway.get("/api/institutions/" + institutionId, "Authorization", admin)).path("name").asText())
                .startsWith("网关测试机构");
        assertThat(ok(gateway.put("/api/institutions/" + institutionId, Map.of("type", "RESEARCH_INSTITUTE",
                "serviceTypes", List.of("TESTING"), "minFeeRatio", "6.00"), "Authorization", admin))
                .path("minFeeRatio").decimalValue()).isEqualByComparingTo("6.00");
        Response centre = gateway.post("/api/institutions/" + institutionId + "/centres",
                Map.of("name", "莲都中心", "regionCode", "331102"), "Authorization", admin);
        assertThat(centre.status()).as(centre.body()).isEqualTo(201);
        long centreId = centre.json().path("id").asLong();
        String centres = "/api/institutions/" + institutionId + "/centres";
        assertThat(ok(gateway.put(centres + "/" + centreId, Map.of("name", "莲都转移中心", "regionCode", "331102"),
                "Authorization", admin)).path("name").asText()).isEqualTo("莲都转移中心");
        assertThat(ok(gateway.get(centres, "Authorization", admin))).hasSize(2);
        long spare = gateway.post(centres, Map.of("name", "临时中心", "regionCode", "330102"), "Authorization", admin)
                .json().path("id").asLong();
        assertThat(ok(gateway.get(centres + "/" + spare, "Authorization", admin)).path("regionCode").asText())
                .isEqualTo("330102");
        assertThat(gateway.delete(centres + "/" + spare, "Authorization", admin).status()).isEqualTo(204);

        String staffPhone = phone();
        Response staff = gateway.post("/api/institutions/" + institutionId + "/staff", Map.of("phone", staffPhone,
                "password", PASSWORD, "centreId", centreId, "position", "经纪人", "name", "王经纪", "centreAdmin", false),
                "Authorization", admin);
        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        String broker = login(gateway, staffPhone, PASSWORD);
        assertThat(ok(gateway.get("/api/auth/me", "Authorization", broker)).path("regionCode").asText())
                .isEqualTo("331102");
        assertThat(gateway.put("/api/auth/me", Map.of("name", "王经纪人", "position", "高级经纪人"), "Authorization", broker)
                .status()).isEqualTo(204);
        assertThat(gateway.put("/api/auth/password", Map.of("currentPassword", PASSWORD, "newPassword", "Changed123"),
                "Authorization", broker).status()).isEqualTo(204);

        String staffPath = "/api/institutions/" + institutionId + "/staff/" + staff.json().path("id").asLong();
        assertThat(ok(gateway.get(staffPath, "Authorization", admin)).path("name").asText()).isEqualTo("王经纪人");
        assertThat(ok(gateway.put(staffPath, Map.of("name", "王经纪", "position", "经纪人", "centreAdmin", true),
                "Authorization", admin)).path("centreAdmin").asBoolean()).isTrue();
        assertThat(ok(gateway.post(staffPath + "/move", Map.of("centreId", headOffice(gateway, centres, admin)),
                "Authorization", admin)).path("regionCode").asText()).isEqualTo("330106");
        assertThat(ok(gateway.get(staffPath + "/moves", "Authorization", admin))).hasSize(1);
        assertThat(ok(gateway.post(staffPath + "/disable", "", "Authorization", admin)).path("status").asText())
                .isEqualTo("DISABLED");
        assertThat(ok(gateway.post(staffPath + "/enable", "", "Authorization", admin)).path("status").asText())
                .isEqualTo("ENABLED");
        assertThat(gateway.post(staffPath + "/password-reset", Map.of("newPassword", "Reset1234"), "Authorization",
                admin).status()).isEqualTo(204);
        assertThat(login(gateway, staffPhone, "Reset1234")).isNotBlank();

        String managerPhone = phone();
        assertThat(gateway.post("/api/gov-managers", Map.of("name", "莲都区科技局", "phone", managerPhone, "password",
                PASSWORD, "level", "COUNTY", "regionCode", "331102"), "Authorization", sysAdmin).status()).isEqualTo(201);
        String manager = login(gateway, managerPhone, PASSWORD);
        JsonNode managers = ok(gateway.get("/api/gov-managers?level=COUNTY&keyword=" + managerPhone, "Authorization",
                sysAdmin));
        long managerId = managers.path("items").get(0).path("id").asLong();
        assertThat(ok(gateway.post("/api/gov-managers/" + managerId + "/disable", "", "Authorization", sysAdmin))
                .path("status").asText()).isEqualTo("DISABLED");
        assertThat(gateway.get("/api/auth/me", "Authorization", manager).status()).isEqualTo(401);
        ok(gateway.post("/api/gov-managers/" + managerId + "/enable", "", "Authorization", sysAdmin));
        manager = login(gateway, managerPhone, PASSWORD);
        assertThat(ok(gateway.get("/api/institutions/" + institutionId + "/staff", "Authorization", manager))
                .path("total").asLong()).as("he sees the institution: it runs a centre in his county").isEqualTo(1);
        assertThat(gateway.post("/api/institutions/" + institutionId + "/centres", Map.of("name", "越权中心",
                "regionCode", "331102"), "Authorization", manager).status()).isEqualTo(403);

        JsonNode audit = ok(gateway.get("/api/audit", "Authorization", admin));
        assertThat(audit.path("items").findValuesAsText("action")).contains("INSTITUTION_UPDATED", "STAFF_CREATED");
    }

    private static long headOffice(HttpApi gateway, String centres, String admin) {
        JsonNode all = ok(gateway.get(centres, "Authorization", admin));
        return all.get(0).path("id").asLong();
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String login(HttpApi gateway, String phone, String password) {
        Response login = gateway.post("/api/auth/login", Map.of("phone", phone, "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return HttpApi.bearer(login.json().path("accessToken").asText());
    }
}

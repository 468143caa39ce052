package com.gongxuhui.org;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds organisations through the API, the way the console does, for tests ("object mother"): each call
 * makes fresh, valid, unique data.
 */
public final class OrgFixtures {

    public static final String SYSADMIN_PHONE = "13800000000";
    public static final String SYSADMIN_PASSWORD = "Admin@123456";
    public static final String PASSWORD = "Passw0rd!x";

    private final HttpApi api;

    public OrgFixtures(HttpApi api) {
        this.api = api;
    }

    public record InstitutionFixture(long id, long headOfficeId, String adminPhone, String adminBearer,
            String regionCode) {
    }

    public String sysAdmin() {
        return bearer(SYSADMIN_PHONE, SYSADMIN_PASSWORD);
    }

    public String bearer(String phone, String password) {
        Response login = api.post("/api/auth/login", Map.of("phone", phone, "password", password));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return HttpApi.bearer(login.json().path("accessToken").asText());
    }

    public InstitutionFixture institution(String regionCode) {
        String adminPhone = phone();
        Response created = api.post("/api/institutions", institutionRequest("机构" + adminPhone, uscc(), regionCode,
                adminPhone), "Authorization", sysAdmin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String adminBearer = bearer(adminPhone, PASSWORD);
        JsonNode centres = api.get("/api/institutions/" + id + "/centres", "Authorization", adminBearer).json();
        return new InstitutionFixture(id, centres.get(0).path("id").asLong(), adminPhone, adminBearer, regionCode);
    }

    public long centre(InstitutionFixture institution, String name, String regionCode) {
        Response created = api.post("/api/institutions/" + institution.id() + "/centres",
                Map.of("name", name, "regionCode", regionCode, "address", "测试路 1 号", "legalPerson", false,
                        "contactName", "联系人", "contactPhone", "0571-88888888"),
                "Authorization", institution.adminBearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A staff member; returns his id and phone (password {@link #PASSWORD}). */
    public Map.Entry<Long, String> staff(InstitutionFixture institution, long centreId, boolean centreAdmin) {
        String phone = phone();
        Response created = api.post("/api/institutions/" + institution.id() + "/staff",
                staffRequest(phone, centreId, centreAdmin), "Authorization", institution.adminBearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Map.entry(created.json().path("id").asLong(), phone);
    }

    /** The refused-foreign-object events the system administrator lists for {@code subject} (e.g. centre:42). */
    public long refusals(String subject) {
        return api.get("/api/audit/security-events?kind=FOREIGN_OBJECT_REFUSED&subject=" + subject, "Authorization",
                sysAdmin()).json().path("total").asLong();
    }

    public String govManager(String level, String regionCode) {
        String phone = phone();
        Response created = api.post("/api/gov-managers", Map.of("name", "科技局" + phone, "phone", phone, "password",
                PASSWORD, "level", level, "regionCode", regionCode), "Authorization", sysAdmin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return bearer(phone, PASSWORD);
    }

    public static Map<String, Object> institutionRequest(String name, String uscc, String regionCode, String adminPhone) {
        Map<String, Object> request = new HashMap<>();
        request.put("name", name);
        request.put("uscc", uscc);
        request.put("type", "UNIVERSITY");
        request.put("serviceTypes", List.of("TECHNOLOGY_TRANSFER", "TECHNOLOGY_BROKERAGE"));
        request.put("regionCode", regionCode);
        request.put("minFeeRatio", "5.00");
        request.put("introduction", "高校技术转移中心");
        request.put("headName", "负责人");
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        return request;
    }

    public static Map<String, Object> staffRequest(String phone, long centreId, boolean centreAdmin) {
        return Map.of("phone", phone, "password", PASSWORD, "centreId", centreId, "position", "技术经纪人",
                "name", "经纪人" + phone.substring(7), "centreAdmin", centreAdmin);
    }

    /** A random valid code of an institution (authority 1 = 机构编制, category 2) registered in Hangzhou. */
    public static String uscc() {
        return UnifiedSocialCreditCode.random("12330100");
    }
}

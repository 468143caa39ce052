package com.gongxuhui.expert;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real people with real tokens, made through the real org-service's API the way the console makes them: the
 * system administrator registers institutions and bureau managers, an institution's administrator adds its
 * staff.
 */
public final class Organisations {

    public static final String PASSWORD = "Passw0rd!x";

    /** An institution with its administrator and a broker of its head office (bearer headers), in {@code regionCode}. */
    public record Institution(long id, String admin, String staff) {
    }

    private Organisations() {
    }

    public static Institution institution(String regionCode) {
        HttpApi org = PeerProcess.org().api();
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "专家测试机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", regionCode, "minFeeRatio", "5.00"));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        long id = ok(org.post("/api/institutions", request, "Authorization", sysAdmin())).path("id").asLong();
        String admin = login(adminPhone);
        long headOffice = ok(org.get("/api/institutions/" + id + "/centres", "Authorization", admin)).get(0).path("id")
                .asLong();
        String staffPhone = phone();
        ok(org.post("/api/institutions/" + id + "/staff", Map.of("phone", staffPhone, "password", PASSWORD,
                "centreId", headOffice, "name", "经纪人" + staffPhone.substring(7), "centreAdmin", false),
                "Authorization", admin));
        return new Institution(id, admin, login(staffPhone));
    }

    /** A science-bureau manager of a city (e.g. 330100 杭州市), as a bearer header. */
    public static String cityManager(String regionCode) {
        String phone = phone();
        ok(PeerProcess.org().api().post("/api/gov-managers", Map.of("name", "科技局" + phone.substring(7),
                "phone", phone, "password", PASSWORD, "level", "CITY", "regionCode", regionCode),
                "Authorization", sysAdmin()));
        return login(phone);
    }

    public static String sysAdmin() {
        return login("13800000000", "Admin@123456");
    }

    private static String login(String phone) {
        return login(phone, PASSWORD);
    }

    private static String login(String phone, String password) {
        return HttpApi.bearer(ok(PeerProcess.org().api().post("/api/auth/login",
                Map.of("phone", phone, "password", password))).path("accessToken").asText());
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}

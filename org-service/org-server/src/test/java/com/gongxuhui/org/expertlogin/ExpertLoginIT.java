package com.gongxuhui.org.expertlogin;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgServiceIT;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

class ExpertLoginIT extends OrgServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${gxh.internal.expert-login-token}")
    String internalToken;

    @Value("${gxh.internal.open-api-token}")
    String openApiToken;

    @Test
    void anExpertVouchedForByExpertServiceGetsTokensOfAnExpertAccount() {
        String phone = phone();

        Response first = login(Map.of("expertId", 41, "phone", phone, "name", "陈教授", "institutionId", 9), internalToken);
        Response again = login(Map.of("expertId", 41, "phone", phone, "name", "陈教授", "institutionId", 9), internalToken);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        String access = first.json().path("accessToken").asText();
        JsonNode me = api().get("/api/auth/me", "Authorization", HttpApi.bearer(access)).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"EXPERT\"]");
        assertThat(me.path("institutionId").asLong()).isEqualTo(9);
        JsonNode claims = claimsOf(access);
        assertThat(claims.path("expert").asLong()).isEqualTo(41);
    }

    @Test
    void withoutTheInternalTokenNobodyGetsExpertTokens() {
        Map<String, Object> body = Map.of("expertId", 42, "phone", phone(), "name", "冒充", "institutionId", 9);

        assertThat(login(body, null).status()).isEqualTo(401);
        assertThat(login(body, "guess").status()).isEqualTo(401);
        long refusedBefore = refusedInternalCalls();
        assertThat(login(body, openApiToken).status()).as("the gateway's open-API credential mints nothing")
                .isEqualTo(401);
        assertThat(refusedInternalCalls()).as("each refusal is a security event").isEqualTo(refusedBefore + 1);
    }

    private long refusedInternalCalls() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE kind = 'INTERNAL_TOKEN_REFUSED'"
                + " AND subject = '/internal/expert-logins'", Long.class);
    }

    @Test
    void aPhoneThatBelongsToAnotherAccountOrExpertIsTaken() {
        String phone = phone();
        login(Map.of("expertId", 43, "phone", phone, "name", "甲", "institutionId", 9), internalToken);

        Response otherExpert = login(Map.of("expertId", 44, "phone", phone, "name", "乙", "institutionId", 9), internalToken);
        Response staffPhone = login(Map.of("expertId", 45, "phone", OrgFixtures.SYSADMIN_PHONE, "name", "丙",
                "institutionId", 9), internalToken);

        assertThat(otherExpert.code()).isEqualTo("PHONE_TAKEN");
        assertThat(staffPhone.code()).isEqualTo("PHONE_TAKEN");
    }

    private Response login(Map<String, Object> body, String token) {
        return token == null ? api().post("/internal/expert-logins", body)
                : api().post("/internal/expert-logins", body, "X-Internal-Token", token);
    }

    private static JsonNode claimsOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return new HttpApi.Response(200, null, payload).json();
    }
}

package com.gongxuhui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.security.OpenApiSignature;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

/** What the end-to-end tests do through the gateway again and again: sign in, set up an institution, check answers. */
final class GatewayCalls {

    static final String PASSWORD = "Passw0rd!x";

    /** An institution with its administrator and one broker of its head office, signed in. */
    record Institution(long id, String admin, long broker, String brokerBearer) {
    }

    private GatewayCalls() {
    }

    static Institution institution(HttpApi gateway, String region) {
        String sysAdmin = login(gateway, "13800000000", "Admin@123456");
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "走查机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", region, "minFeeRatio", "5.00"));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        long id = ok(gateway.post("/api/institutions", request, auth(sysAdmin))).path("id").asLong();
        String admin = login(gateway, adminPhone, PASSWORD);
        long headOffice = ok(gateway.get("/api/institutions/" + id + "/centres", auth(admin))).get(0).path("id").asLong();
        String brokerPhone = phone();
        long broker = ok(gateway.post("/api/institutions/" + id + "/staff", Map.of("phone", brokerPhone, "password",
                PASSWORD, "centreId", headOffice, "name", "经纪人", "centreAdmin", false), auth(admin))).path("id").asLong();
        return new Institution(id, admin, broker, login(gateway, brokerPhone, PASSWORD));
    }

    /** An expert in advanced manufacturing, added by the institution's administrator. */
    static long expert(HttpApi gateway, Institution institution) {
        return ok(gateway.post("/api/experts", Map.of("name", "专家", "phone", phone(), "organisation", "浙江农林大学",
                "title", "教授", "fields", List.of("ADVANCED_MANUFACTURING")), auth(institution.admin()))).path("id")
                .asLong();
    }

    /** A page of the points ledger as "RULE:points", sorted. */
    static List<String> awards(JsonNode ledger) {
        return StreamSupport.stream(ledger.path("items").spliterator(), false)
                .map(entry -> entry.path("rule").asText() + ":" + entry.path("points").asInt()).sorted().toList();
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    static String login(HttpApi gateway, String phone, String password) {
        return HttpApi.bearer(ok(gateway.post("/api/auth/login", Map.of("phone", phone, "password", password)))
                .path("accessToken").asText());
    }

    static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }

    /** The four signature headers of one open-API call, signed as docs/open-api.md tells a platform to. */
    static String[] signedOpenApi(String appKey, String secret, String method, String pathAndQuery, String body) {
        URI uri = URI.create(pathAndQuery);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        String canonical = OpenApiSignature.canonicalString(method, uri.getRawPath(), uri.getRawQuery(),
                body.getBytes(StandardCharsets.UTF_8), timestamp, nonce);
        return new String[] {OpenApiSignature.APP_KEY_HEADER, appKey, OpenApiSignature.TIMESTAMP_HEADER, timestamp,
                OpenApiSignature.NONCE_HEADER, nonce, OpenApiSignature.SIGNATURE_HEADER,
                OpenApiSignature.sign(secret, canonical)};
    }

    static String phone() {
        return "133" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

package com.gongxuhui.demand.demand;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What demand-service's integration tests share: the real org-, expert- and enterprise-service as processes
 * (org issues the tokens and answers for institutions and staff), institutions made through org-service, and
 * calls to the service under test.
 */
abstract class DemandServiceTestSupport {

    protected static final String PASSWORD = "Passw0rd!x";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected record Institution(long id, String admin, long headOffice, long broker, String brokerBearer,
            long colleague, String colleagueBearer) {
    }

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        ServiceProcess org = PeerProcess.org();
        registry.add("gxh.security.jwks-uri", () -> org.url() + "/oauth2/jwks");
        registry.add("gxh.clients.org-url", org::url);
        registry.add("gxh.clients.expert-url", () -> PeerProcess.expert().url());
        registry.add("gxh.clients.enterprise-url", () -> PeerProcess.enterprise().url());
    }

    /** An expert of the institution with an EXPERT token, as expert-service obtains one after a WeChat login. */
    protected record Expert(long id, String phone, String name, String bearer) {
    }

    /** An expert maintained by the institution, created by its administrator in expert-service. */
    protected static long expert(Institution institution) {
        return createExpert(institution, phone()).path("id").asLong();
    }

    /**
     * An expert signed in: created in expert-service, then given his tokens by org-service's expert login, the
     * call expert-service makes once WeChat confirmed his phone (service to service, with the expert-login credential).
     */
    protected static Expert signedInExpert(Institution institution) {
        String phone = phone();
        JsonNode created = createExpert(institution, phone);
        long id = created.path("id").asLong();
        String name = created.path("name").asText();
        JsonNode tokens = ok(PeerProcess.org().api().post("/internal/expert-logins", Map.of("expertId", id, "phone", phone,
                "name", name, "institutionId", institution.id()), "X-Internal-Token", "local-expert-login-token"));
        return new Expert(id, phone, name, HttpApi.bearer(tokens.path("accessToken").asText()));
    }

    private static JsonNode createExpert(Institution institution, String phone) {
        Response created = PeerProcess.expert().api().post("/api/experts", Map.of("name", "专家" + phone.substring(7),
                "phone", phone, "organisation", "浙江大学", "title", "教授", "fields", List.of("RESOURCES_ENVIRONMENT")),
                auth(institution.admin()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A demand of the institution's broker, approved by its administrator. */
    protected long docking(Institution institution) {
        long id = submit(institution.brokerBearer(), form("6.00")).json().path("id").asLong();
        ok(api().post("/api/demands/" + id + "/review", Map.of("approved", true), auth(institution.admin())));
        return id;
    }

    protected static Map<String, Object> form(String feeRatio) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "企业需要低成本的废水处理技术");
        form.put("description", "印染企业希望降低废水处理成本，寻求高校合作。");
        form.put("type", "TECHNOLOGY");
        form.put("fieldCode", "RESOURCES_ENVIRONMENT");
        form.put("industry", "纺织印染");
        form.put("budget", "500000.00");
        form.put("cooperationMode", "技术开发");
        form.put("deadline", "2027-06-30");
        form.put("feeRatio", feeRatio);
        return form;
    }

    protected Response submit(String bearer, Map<String, Object> form) {
        return api().post("/api/demands", form, auth(bearer));
    }

    protected List<Long> ids(String bearer, String path) {
        return get(bearer, path).path("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    protected JsonNode get(String bearer, String path) {
        return ok(api().get(path, auth(bearer)));
    }

    protected long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM demand", Long.class);
    }

    protected static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    protected static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    /** An institution in Hangzhou with its administrator and two brokers of its head office, made through org-service. */
    protected static Institution institution(String minFeeRatio) {
        HttpApi org = PeerProcess.org().api();
        String sysAdmin = login(org, "13800000000", "Admin@123456");
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "需求测试机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", "330106", "minFeeRatio", minFeeRatio));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        long id = ok(org.post("/api/institutions", request, "Authorization", sysAdmin)).path("id").asLong();
        String admin = login(org, adminPhone, PASSWORD);
        long headOffice = ok(org.get("/api/institutions/" + id + "/centres", "Authorization", admin)).get(0).path("id")
                .asLong();
        String brokerPhone = phone();
        String colleaguePhone = phone();
        long broker = staff(org, admin, id, headOffice, brokerPhone);
        long colleague = staff(org, admin, id, headOffice, colleaguePhone);
        return new Institution(id, admin, headOffice, broker, login(org, brokerPhone, PASSWORD), colleague,
                login(org, colleaguePhone, PASSWORD));
    }

    protected static long staff(HttpApi org, String admin, long institution, long centre, String phone) {
        return ok(org.post("/api/institutions/" + institution + "/staff", Map.of("phone", phone, "password", PASSWORD,
                "centreId", centre, "name", "经纪人" + phone.substring(7), "centreAdmin", false), "Authorization", admin))
                .path("id").asLong();
    }

    protected static String login(HttpApi org, String phone, String password) {
        return HttpApi.bearer(ok(org.post("/api/auth/login", Map.of("phone", phone, "password", password)))
                .path("accessToken").asText());
    }
}

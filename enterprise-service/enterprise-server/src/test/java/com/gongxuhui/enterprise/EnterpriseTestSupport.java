package com.gongxuhui.enterprise;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.common.test.PeerProcess;
import com.gongxuhui.common.test.ServiceProcess;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the enterprise tests share, so that they share one Spring context too: the real org-service (a process)
 * issuing tokens and answering for regions, the people it knows, and a WireMock business registry that answers
 * only the documented request (path, {@code keyword} parameter, bare token in {@code Authorization}); any other
 * request gets WireMock's 404, which the service reports as 503, so a wrong request fails the test.
 */
@ServiceIntegrationTest
public abstract class EnterpriseTestSupport {

    protected static final String REGISTRY_TOKEN = "tyc-token-5e3f";
    protected static final String BASE_INFO = "/services/open/ic/baseinfo/normal";
    /** Each account's paid registry lookups a day in these tests: more than any one test person makes elsewhere. */
    protected static final int DAILY_LOOKUPS = 60;
    protected static final WireMockServer registry = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String PASSWORD = "Passw0rd!x";
    private static People people;

    static {
        registry.start();
        Runtime.getRuntime().addShutdownHook(new Thread(registry::stop));
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void collaborators(DynamicPropertyRegistry properties) {
        ServiceProcess org = PeerProcess.org();
        properties.add("gxh.security.jwks-uri", () -> org.url() + "/oauth2/jwks");
        properties.add("gxh.clients.org-url", org::url);
        properties.add("gxh.registry.base-url", registry::baseUrl);
        properties.add("gxh.registry.token", () -> REGISTRY_TOKEN);
        properties.add("gxh.registry.daily-lookups-per-account", () -> DAILY_LOOKUPS);
        // generous for a loaded build machine; the timeout test delays its answer well beyond it
        properties.add("gxh.registry.read-timeout", () -> "4s");
    }

    @BeforeEach
    void freshRegistry() {
        registry.resetAll();
    }

    /**
     * Bearer tokens of: the system administrator; institution A (Hangzhou, 西湖区) with its administrator and two
     * brokers; institution B with its administrator and a broker; bureau managers of Hangzhou and Lishui.
     */
    public record People(String sysAdmin, long institutionA, String adminA, String staffA, String colleagueA,
            long institutionB, String adminB, String staffB, String hangzhouManager, String lishuiManager) {
    }

    protected static synchronized People people() {
        if (people == null) {
            HttpApi org = PeerProcess.org().api();
            String sysAdmin = login(org, "13800000000", "Admin@123456");
            long[] a = new long[1];
            long[] b = new long[1];
            List<String> staffOfA = institution(org, sysAdmin, a, 2);
            List<String> staffOfB = institution(org, sysAdmin, b, 1);
            people = new People(sysAdmin, a[0], staffOfA.get(0), staffOfA.get(1), staffOfA.get(2), b[0],
                    staffOfB.get(0), staffOfB.get(1), manager(org, sysAdmin, "330100"), manager(org, sysAdmin, "331100"));
        }
        return people;
    }

    /** A broker of a new institution, who has made no lookup yet. */
    protected static String newBroker() {
        return institution(PeerProcess.org().api(), people().sysAdmin(), new long[1], 1).get(1);
    }

    /** A name no earlier run used: the registry cache lives in the shared Redis for a day. */
    protected static String uniqueName() {
        return "浙江测试" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36) + "科技有限公司";
    }

    protected static String usccIn(String division) {
        return UnifiedSocialCreditCode.random("91" + division);
    }

    /** The registry's answer for an enterprise, as Tianyancha's baseinfo/normal sends it (a subset of fields). */
    protected static ResponseDefinitionBuilder found(String name, String uscc) {
        long established = LocalDate.of(2015, 3, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
        return okJson("""
                {"error_code": 0, "reason": "ok", "result": {"id": 22822, "name": "%s", "creditCode": "%s",
                 "legalPersonName": "王建国", "regCapital": "5000万人民币", "estiblishTime": %d,
                 "regLocation": "浙江省杭州市西湖区文三路90号", "businessScope": "技术开发、技术服务",
                 "industry": "科技推广和应用服务业", "regStatus": "存续", "city": "杭州市", "district": "西湖区",
                 "base": "zj", "companyOrgType": "有限责任公司"}}""".formatted(name, uscc, established));
    }

    protected static void registryAnswers(String keyword, ResponseDefinitionBuilder answer) {
        registry.stubFor(get(urlPathEqualTo(BASE_INFO)).withQueryParam("keyword", equalTo(keyword))
                .withHeader("Authorization", equalTo(REGISTRY_TOKEN)).willReturn(answer));
    }

    protected static RequestPatternBuilder baseInfoFor(String keyword) {
        return getRequestedFor(urlPathEqualTo(BASE_INFO)).withQueryParam("keyword", equalTo(keyword))
                .withHeader("Authorization", equalTo(REGISTRY_TOKEN));
    }

    protected HttpApi api() {
        return new HttpApi("http://127.0.0.1:" + port);
    }

    protected static String[] auth(String bearer) {
        return new String[] {"Authorization", bearer};
    }

    protected static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    protected static Map<String, Object> form(String name, String uscc, String regionCode) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("uscc", uscc);
        form.put("legalRepresentative", "李四");
        form.put("registeredCapital", "300万人民币");
        form.put("establishedOn", "2019-05-20");
        form.put("address", "浙江省杭州市西湖区某路1号");
        form.put("businessScope", "纺织品生产");
        form.put("industry", "纺织业");
        form.put("regionCode", regionCode);
        return form;
    }

    /** An institution in Hangzhou with its administrator and brokers of its head office: [admin, broker…]. */
    private static List<String> institution(HttpApi org, String sysAdmin, long[] id, int brokers) {
        String adminPhone = phone();
        Map<String, Object> request = new HashMap<>(Map.of("name", "企业测试机构" + adminPhone,
                "uscc", UnifiedSocialCreditCode.random("12330100"), "type", "UNIVERSITY",
                "serviceTypes", List.of("TECHNOLOGY_TRANSFER"), "regionCode", "330106", "minFeeRatio", "5.00"));
        request.put("admin", Map.of("name", "管理员", "phone", adminPhone, "password", PASSWORD));
        id[0] = ok(org.post("/api/institutions", request, "Authorization", sysAdmin)).path("id").asLong();
        String admin = login(org, adminPhone, PASSWORD);
        long headOffice = ok(org.get("/api/institutions/" + id[0] + "/centres", "Authorization", admin)).get(0)
                .path("id").asLong();
        List<String> tokens = new ArrayList<>(List.of(admin));
        for (int i = 0; i < brokers; i++) {
            String phone = phone();
            ok(org.post("/api/institutions/" + id[0] + "/staff", Map.of("phone", phone, "password", PASSWORD,
                    "centreId", headOffice, "name", "经纪人" + phone.substring(7), "centreAdmin", false),
                    "Authorization", admin));
            tokens.add(login(org, phone, PASSWORD));
        }
        return tokens;
    }

    private static String manager(HttpApi org, String sysAdmin, String cityCode) {
        String phone = phone();
        ok(org.post("/api/gov-managers", Map.of("name", "科技局" + phone.substring(7), "phone", phone,
                "password", PASSWORD, "level", "CITY", "regionCode", cityCode), "Authorization", sysAdmin));
        return login(org, phone, PASSWORD);
    }

    private static String login(HttpApi org, String phone, String password) {
        return HttpApi.bearer(ok(org.post("/api/auth/login", Map.of("phone", phone, "password", password)))
                .path("accessToken").asText());
    }
}

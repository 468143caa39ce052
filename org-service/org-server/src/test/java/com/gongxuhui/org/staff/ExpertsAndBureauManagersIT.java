package com.gongxuhui.org.staff;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The roles that must not see or change the console's organisation data, although their tokens name an
 * institution or a region: an expert (his token carries the institution that maintains him) reads none of its
 * staff, centres, moves or audit; a bureau manager reads his region and never writes.
 */
class ExpertsAndBureauManagersIT extends OrgServiceIT {

    @Value("${gxh.internal.expert-login-token}")
    String expertLoginToken;

    @Test
    void anExpertReadsNothingOfHisInstitutionsOrganisationButHisOwnAccount() {
        OrgFixtures fixtures = new OrgFixtures(api());
        InstitutionFixture institution = fixtures.institution("330106");
        long broker = fixtures.staff(institution, institution.headOfficeId(), false).getKey();
        ok(api().post("/api/institutions/" + institution.id() + "/staff/" + broker + "/move",
                Map.of("centreId", fixtures.centre(institution, "宁波中心", "330203")), "Authorization",
                institution.adminBearer()));
        String expert = expertOf(institution.id());
        String base = "/api/institutions/" + institution.id();

        for (String read : List.of(base, base + "/staff", base + "/staff/" + broker, base + "/staff/" + broker + "/moves",
                base + "/centres", base + "/centres/" + institution.headOfficeId(), "/api/audit", "/api/institutions",
                "/api/gov-managers")) {
            Response answer = api().get(read, "Authorization", expert);
            assertThat(answer.status()).as(read + ": " + answer.body()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("FORBIDDEN");
            assertThat(answer.body()).doesNotContain("经纪人");
        }
        assertThat(ok(api().get("/api/auth/me", "Authorization", expert)).path("roles").toString())
                .isEqualTo("[\"EXPERT\"]");
        assertThat(api().get("/api/regions", "Authorization", expert).status()).isEqualTo(200);
    }

    @Test
    void aBureauManagerReadsHisRegionAndWritesNothingButHisOwnAccount() {
        OrgFixtures fixtures = new OrgFixtures(api());
        InstitutionFixture institution = fixtures.institution("330106");
        String manager = fixtures.govManager("CITY", "330100");
        String base = "/api/institutions/" + institution.id();
        assertThat(api().get(base + "/staff", "Authorization", manager).status()).isEqualTo(200);

        List<Response> writes = List.of(
                api().post(base + "/centres", Map.of("name", "越权中心", "regionCode", "330106", "address", "测试路",
                        "legalPerson", false, "contactName", "某", "contactPhone", "0571-88888888"),
                        "Authorization", manager),
                api().put(base, Map.of("type", "UNIVERSITY", "serviceTypes", List.of("TESTING"), "minFeeRatio", "9.00"),
                        "Authorization", manager),
                api().post(base + "/staff", OrgFixtures.staffRequest(phone(), institution.headOfficeId(),
                        false), "Authorization", manager));
        assertThat(writes).allSatisfy(write -> assertThat(write.status()).as(write.body()).isEqualTo(403));
        assertThat(api().post("/api/auth/logout", Map.of(), "Authorization", manager).status()).isBetween(200, 204);
    }

    /** The tokens expert-service obtains for an expert of the institution after his WeChat login. */
    private String expertOf(long institutionId) {
        Response tokens = api().post("/internal/expert-logins", Map.of("expertId", 7001, "phone", phone(),
                "name", "陈教授", "institutionId", institutionId), "X-Internal-Token", expertLoginToken);
        return HttpApi.bearer(ok(tokens).path("accessToken").asText());
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
        return response.json();
    }
}

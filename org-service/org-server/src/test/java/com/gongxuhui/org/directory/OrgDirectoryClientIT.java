package com.gongxuhui.org.directory;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.api.OrgDirectoryClient;
import feign.FeignException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The internal API as another service calls it: org-api's Feign client against the running org-service. */
class OrgDirectoryClientIT extends OrgServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Value("${gxh.internal.expert-login-token}")
    String expertLoginToken;

    OrgFixtures fixtures;
    OrgDirectoryClient client;

    @BeforeEach
    void servingARequestOfASignedInUser() {
        fixtures = new OrgFixtures(api());
        MockHttpServletRequest callerRequest = new MockHttpServletRequest();
        callerRequest.addHeader(HttpHeaders.AUTHORIZATION, fixtures.sysAdmin());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(callerRequest));
        client = new FeignClientBuilder(context).forType(OrgDirectoryClient.class, "org-service")
                .url("http://127.0.0.1:" + port).build();
    }

    @AfterEach
    void requestServed() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void summariesCarryWhatOtherServicesStampOnTheirObjects() {
        InstitutionFixture institution = fixtures.institution("330106");
        api().put("/api/institutions/" + institution.id(), Map.of("type", "UNIVERSITY", "serviceTypes",
                List.of("TESTING"), "minFeeRatio", "7.25"), "Authorization", institution.adminBearer());
        long centre = fixtures.centre(institution, "宁波中心", "330203");
        var staff = fixtures.staff(institution, centre, true);

        var summary = client.institution(institution.id());
        var centreSummary = client.centre(centre);
        var staffSummary = client.staff(staff.getKey());

        assertThat(summary.minFeeRatio()).as("the current minimum, after the edit").isEqualByComparingTo("7.25");
        assertThat(summary.regionCode()).isEqualTo("330106");
        assertThat(centreSummary.institutionId()).isEqualTo(institution.id());
        assertThat(centreSummary.regionCode()).isEqualTo("330203");
        assertThat(staffSummary.institutionId()).isEqualTo(institution.id());
        assertThat(staffSummary.centreId()).isEqualTo(centre);
        assertThat(staffSummary.regionCode()).isEqualTo("330203");
        assertThat(staffSummary.roles()).containsExactlyInAnyOrder("STAFF", "CENTER_ADMIN");
        assertThat(staffSummary.enabled()).isTrue();
    }

    @Test
    void summariesAnswerOnlyInTheCallersScopeAndAnExpertGetsABrokersCardAlone() {
        InstitutionFixture institution = fixtures.institution("330106");
        InstitutionFixture other = fixtures.institution("330106");
        long centre = fixtures.centre(institution, "温州中心", "330302");
        long broker = fixtures.staff(institution, centre, false).getKey();
        String expert = HttpApi.bearer(api().post("/internal/expert-logins", Map.of("expertId", 8001, "phone",
                phone(), "name", "专家", "institutionId", institution.id()), "X-Internal-Token",
                expertLoginToken).json().path("accessToken").asText());
        String otherExpert = api().post("/internal/expert-logins", Map.of("expertId", 8002, "phone", phone(),
                "name", "另一位专家", "institutionId", institution.id()), "X-Internal-Token", expertLoginToken).json()
                .path("accessToken").asText();
        long otherExpertAccount = Long.parseLong(claim(otherExpert, "sub"));

        for (String path : List.of("/internal/institutions/" + institution.id(), "/internal/centres/" + centre,
                "/internal/staff/" + broker)) {
            assertThat(api().get(path, "Authorization", institution.adminBearer()).status()).isEqualTo(200);
            assertThat(api().get(path, "Authorization", other.adminBearer()).status()).as(path).isEqualTo(404);
        }
        assertThat(api().get("/internal/institutions/" + institution.id(), "Authorization", expert).status())
                .isEqualTo(404);
        assertThat(api().get("/internal/centres/" + centre, "Authorization", expert).status()).isEqualTo(404);
        JsonNode card = api().get("/internal/staff/" + broker, "Authorization", expert).json();
        assertThat(card.path("name").asText()).startsWith("经纪人");
        assertThat(card.path("phone").asText()).matches("1\\d{10}");
        assertThat(card.hasNonNull("institutionId") || card.hasNonNull("centreId")).as("a card, not the broker's place")
                .isFalse();
        assertThat(api().get("/internal/staff/" + otherExpertAccount, "Authorization", expert).status())
                .as("experts are nobody's brokers").isEqualTo(404);
    }

    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return new HttpApi.Response(200, null, payload).json().path(name).asText();
    }

    @Test
    void unknownIdsAreNotFoundAndAnonymousCallsAreRefused() {
        assertThatThrownBy(() -> client.institution(987_654_321L)).isInstanceOf(FeignException.NotFound.class);
        assertThat(new HttpApi("http://127.0.0.1:" + port).get("/internal/institutions/1").status()).isEqualTo(401);
    }
}

package com.gongxuhui.org.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The region endpoints over HTTP, as the console calls them (any signed-in user may). */
class RegionApiIT extends OrgServiceIT {

    private String bearer;

    @BeforeEach
    void logIn() {
        Response login = api().post("/api/auth/login", Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD));
        bearer = HttpApi.bearer(login.json().path("accessToken").asText());
    }

    @Test
    void theTreeIsTheProvinceWithItsCitiesWithTheirCounties() {
        Response response = get("/api/regions");

        assertThat(response.status()).isEqualTo(200);
        JsonNode roots = response.json();
        assertThat(roots).hasSize(1);
        JsonNode province = roots.get(0);
        assertThat(province.path("name").asText()).isEqualTo("浙江省");
        assertThat(province.path("level").asText()).isEqualTo("PROVINCE");
        assertThat(codes(province.path("children"))).containsExactlyElementsOf(ReferenceFiles.childrenOf("330000"));
        int counties = 0;
        for (JsonNode city : province.path("children")) {
            assertThat(city.path("level").asText()).isEqualTo("CITY");
            assertThat(codes(city.path("children"))).as(city.path("name").asText())
                    .containsExactlyElementsOf(ReferenceFiles.childrenOf(city.path("code").asText()));
            for (JsonNode county : city.path("children")) {
                assertThat(county.path("level").asText()).isEqualTo("COUNTY");
                assertThat(county.path("children")).isEmpty();
                counties++;
            }
        }
        assertThat((long) counties).isEqualTo(ReferenceFiles.count("COUNTY"));
    }

    @Test
    void theChildrenOfACityAreItsCountiesInCodeOrder() {
        Response response = get("/api/regions?parent=330300");

        assertThat(response.status()).isEqualTo(200);
        assertThat(codes(response.json())).containsExactlyElementsOf(ReferenceFiles.childrenOf("330300"));
        for (JsonNode county : response.json()) {
            assertThat(county.path("parentCode").asText()).isEqualTo("330300");
            assertThat(county.path("level").asText()).isEqualTo("COUNTY");
        }
        assertThat(get("/api/regions?parent=330326").json()).as("a county has no children").isEmpty();
    }

    @Test
    void aCountyComesWithItsAncestorsProvinceFirst() {
        JsonNode pingyang = get("/api/regions/330326?date=2024-07-31").json();

        assertThat(pingyang.path("name").asText()).isEqualTo("平阳县");
        assertThat(pingyang.path("level").asText()).isEqualTo("COUNTY");
        assertThat(codes(pingyang.path("ancestors"))).containsExactly("330000", "330300");
        assertThat(pingyang.path("ancestors").get(1).path("name").asText()).isEqualTo("温州市");

        JsonNode province = get("/api/regions/330000").json();
        assertThat(province.path("ancestors")).isEmpty();
        assertThat(province.has("mountainCounty")).as("only counties are asked about").isFalse();
    }

    @Test
    void mountainCountyMembershipIsAnsweredForTheDateNamingTheList() {
        JsonNode pingyangBefore = get("/api/regions/330326?date=2024-07-31").json().path("mountainCounty");
        assertThat(pingyangBefore.path("member").asBoolean()).isTrue();
        assertThat(pingyangBefore.path("list").asText()).isEqualTo("山区26县");
        assertThat(pingyangBefore.path("effectiveTo").asText()).isEqualTo("2024-07-31");
        assertThat(pingyangBefore.path("date").asText()).isEqualTo("2024-07-31");

        JsonNode pingyangAfter = get("/api/regions/330326?date=2024-08-01").json().path("mountainCounty");
        assertThat(pingyangAfter.path("member").asBoolean()).isFalse();
        assertThat(pingyangAfter.has("list")).isFalse();

        assertThat(get("/api/regions/330305?date=2024-07-31").json().path("mountainCounty").path("member").asBoolean())
                .isFalse();
        JsonNode dongtouAfter = get("/api/regions/330305?date=2024-08-01").json().path("mountainCounty");
        assertThat(dongtouAfter.path("member").asBoolean()).isTrue();
        assertThat(dongtouAfter.path("list").asText()).isEqualTo("山区海岛县");
        assertThat(dongtouAfter.path("effectiveFrom").asText()).isEqualTo("2024-08-01");
    }

    @Test
    void withoutADateMembershipIsForTodayInZhejiang() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonNode chunan = get("/api/regions/330127").json().path("mountainCounty");

        assertThat(chunan.path("date").asText()).isEqualTo(today.toString());
        assertThat(chunan.path("member").asBoolean())
                .isEqualTo(ReferenceFiles.mountainCountiesOn(today).contains("330127"));
    }

    @Test
    void theMountainCountiesOfADayAreThoseInForceThatDay() {
        JsonNode before = get("/api/regions/mountain-counties?date=2024-07-31").json();
        JsonNode after = get("/api/regions/mountain-counties?date=2024-08-01").json();

        assertThat(codes(before)).hasSize(26).contains("330326", "330802", "331102").doesNotContain("330305", "330922")
                .containsExactlyInAnyOrderElementsOf(ReferenceFiles.mountainCountiesOn(LocalDate.of(2024, 7, 31)));
        assertThat(codes(after)).hasSize(25).contains("330305", "330922").doesNotContain("330326", "330802", "331102")
                .containsExactlyInAnyOrderElementsOf(ReferenceFiles.mountainCountiesOn(LocalDate.of(2024, 8, 1)));
        JsonNode lishui = StreamSupport.stream(before.spliterator(), false)
                .filter(county -> county.path("code").asText().equals("331102")).findFirst().orElseThrow();
        assertThat(lishui.path("name").asText()).isEqualTo("莲都区");
        assertThat(lishui.path("parentCode").asText()).isEqualTo("331100");
        assertThat(lishui.path("list").asText()).isEqualTo("山区26县");
    }

    @Test
    void malformedCodesAndDatesAreBadRequests() {
        for (String path : List.of("/api/regions/3301", "/api/regions/33010a", "/api/regions/3301000",
                "/internal/regions/abc/descendants")) {
            Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.code()).as(path).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().path("errors").get(0).path("field").asText()).as(path).isEqualTo("code");
        }
        Response badParent = get("/api/regions?parent=33");
        assertThat(badParent.status()).isEqualTo(400);
        assertThat(badParent.json().path("errors").get(0).path("field").asText()).isEqualTo("parent");
        assertThat(badParent.json().path("errors").get(0).path("message").asText()).isEqualTo("应为 6 位数字的行政区划代码");
        assertThat(api().get("/api/regions/3301", "Authorization", bearer, "Accept-Language", "en").json()
                .path("errors").get(0).path("message").asText())
                .isEqualTo("must be a six-digit administrative-division code");

        for (String path : List.of("/api/regions/330326?date=2024-02-30", "/api/regions/330326?date=yesterday",
                "/api/regions/mountain-counties?date=2024/08/01")) {
            Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.code()).as(path).isEqualTo("INVALID_PARAMETER");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void unknownRegionsAreNotFound() {
        for (String path : List.of("/api/regions/339999", "/api/regions?parent=339999",
                "/internal/regions/339999/descendants")) {
            Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.code()).as(path).isEqualTo("REGION_NOT_FOUND");
            assertThat(response.json().path("detail").asText()).as(path).contains("339999");
        }
    }

    @Test
    void theInternalDescendantsAreTheRegionThenEverythingUnderIt() {
        Response response = get("/internal/regions/330300/descendants");

        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().forEach(code -> codes.add(code.asText()));
        assertThat(codes.get(0)).isEqualTo("330300");
        assertThat(codes.subList(1, codes.size())).containsExactlyElementsOf(ReferenceFiles.childrenOf("330300"));
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        for (String path : List.of("/api/regions", "/api/regions?parent=330100", "/api/regions/330100",
                "/api/regions/mountain-counties", "/internal/regions/330100/descendants")) {
            Response response = api().get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.code()).as(path).isEqualTo("UNAUTHENTICATED");
        }
    }

    private Response get(String path) {
        return api().get(path, "Authorization", bearer);
    }

    private static List<String> codes(JsonNode regions) {
        List<String> codes = new ArrayList<>();
        regions.forEach(region -> codes.add(region.path("code").asText()));
        return codes;
    }
}

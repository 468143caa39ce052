package com.gongxuhui.org.govmanager;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgServiceIT;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovManagerIT extends OrgServiceIT {

    OrgFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OrgFixtures(api());
    }

    @Test
    void theSystemAdministratorCreatesBureauManagersOfEachLevel() {
        String countyManager = fixtures.govManager("COUNTY", "330127");

        JsonNode me = api().get("/api/auth/me", "Authorization", countyManager).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"GOV_MANAGER\"]");
        assertThat(me.path("regionCode").asText()).isEqualTo("330127");
        JsonNode counties = api().get("/api/gov-managers?level=COUNTY&size=100", "Authorization", fixtures.sysAdmin())
                .json();
        assertThat(counties.path("items").findValuesAsText("level")).containsOnly("COUNTY");
        assertThat(counties.path("items").findValuesAsText("regionCode")).contains("330127");
    }

    @Test
    void theLevelMustMatchTheRegion() {
        Response mismatch = api().post("/api/gov-managers", Map.of("name", "错级", "phone", phone(),
                "password", OrgFixtures.PASSWORD, "level", "CITY", "regionCode", "330127"), "Authorization",
                fixtures.sysAdmin());

        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("GOV_REGION_LEVEL_MISMATCH");
    }

    @Test
    void onlyTheSystemAdministratorManagesBureauManagers() {
        var institution = fixtures.institution("330100");
        String manager = fixtures.govManager("PROVINCE", "330000");

        assertThat(api().get("/api/gov-managers", "Authorization", institution.adminBearer()).status()).isEqualTo(403);
        assertThat(api().get("/api/gov-managers", "Authorization", manager).status()).isEqualTo(403);
        assertThat(api().post("/api/gov-managers", Map.of("name", "x", "phone", phone(), "password",
                OrgFixtures.PASSWORD, "level", "PROVINCE", "regionCode", "330000"), "Authorization",
                institution.adminBearer()).status()).isEqualTo(403);
    }
}

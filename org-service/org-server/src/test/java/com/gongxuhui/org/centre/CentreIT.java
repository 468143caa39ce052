package com.gongxuhui.org.centre;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CentreIT extends OrgServiceIT {

    OrgFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OrgFixtures(api());
    }

    @Test
    void anAdministratorSetsUpEditsAndRemovesCentresOfHisInstitution() {
        InstitutionFixture institution = fixtures.institution("330100");
        long centre = fixtures.centre(institution, "钱塘中心", "330114");
        String path = "/api/institutions/" + institution.id() + "/centres/" + centre;

        Response edited = api().put(path, Map.of("name", "钱塘新区中心", "regionCode", "330114", "legalPerson", true),
                "Authorization", institution.adminBearer());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("legalPerson").asBoolean()).isTrue();
        assertThat(api().get("/api/institutions/" + institution.id() + "/centres", "Authorization",
                institution.adminBearer()).json().findValuesAsText("name")).containsExactly("总部", "钱塘新区中心");

        Response deleted = api().delete(path, "Authorization", institution.adminBearer());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api().get(path, "Authorization", institution.adminBearer()).status()).isEqualTo(404);
    }

    @Test
    void aCentreMustLieInACityOrCountyOfZhejiangAndHaveAUniqueName() {
        InstitutionFixture institution = fixtures.institution("330100");
        String centres = "/api/institutions/" + institution.id() + "/centres";

        Response province = api().post(centres, Map.of("name", "省中心", "regionCode", "330000"), "Authorization",
                institution.adminBearer());
        Response unknown = api().post(centres, Map.of("name", "外省中心", "regionCode", "110101"), "Authorization",
                institution.adminBearer());
        fixtures.centre(institution, "温州中心", "330300");
        Response duplicate = api().post(centres, Map.of("name", "温州中心", "regionCode", "330302"), "Authorization",
                institution.adminBearer());

        assertThat(province.code()).isEqualTo("CENTRE_REGION_INVALID");
        assertThat(unknown.code()).isEqualTo("CENTRE_REGION_INVALID");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CENTRE_NAME_TAKEN");
    }

    @Test
    void aCentreWithStaffAndTheHeadOfficeCannotBeRemoved() {
        InstitutionFixture institution = fixtures.institution("330100");
        long centre = fixtures.centre(institution, "有人中心", "330105");
        fixtures.staff(institution, centre, false);
        String base = "/api/institutions/" + institution.id() + "/centres/";

        assertThat(api().delete(base + centre, "Authorization", institution.adminBearer()).code())
                .isEqualTo("CENTRE_HAS_STAFF");
        assertThat(api().delete(base + institution.headOfficeId(), "Authorization", institution.adminBearer()).code())
                .isEqualTo("CENTRE_IS_HEAD_OFFICE");
    }

    @Test
    void anotherInstitutionsAdministratorGetsNotFoundForEveryCentreOperation() {
        InstitutionFixture a = fixtures.institution("330100");
        InstitutionFixture b = fixtures.institution("330100");
        long centreOfB = fixtures.centre(b, "乙中心", "330102");
        String base = "/api/institutions/" + b.id() + "/centres";
        Map<String, Object> body = Map.of("name", "入侵", "regionCode", "330102");

        assertThat(api().get(base, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(api().get(base + "/" + centreOfB, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(api().post(base, body, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(api().put(base + "/" + centreOfB, body, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(api().delete(base + "/" + centreOfB, "Authorization", a.adminBearer()).status()).isEqualTo(404);
        assertThat(fixtures.refusals("centre:" + centreOfB)).as("refusals before A's path").isZero();
        assertThat(api().get("/api/institutions/" + a.id() + "/centres/" + centreOfB, "Authorization",
                a.adminBearer()).status()).as("B's centre through A's path").isEqualTo(404);
        assertThat(fixtures.refusals("centre:" + centreOfB)).as("a security event").isEqualTo(1);
    }
}

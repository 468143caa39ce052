package com.gongxuhui.score.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.score.region.RegionDirectory;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MonitoringScopeTest {

    private final MonitoringScope scope = new MonitoringScope(new RegionDirectory());

    @Test
    void aProvinceManagerSeesEverythingAndNarrowsToAnyRegion() {
        assertThat(scope.filterFor(manager("330000"), null)).isEqualTo(new RollupFilter(null, null, null));
        assertThat(scope.filterFor(manager("330000"), "330300")).isEqualTo(new RollupFilter(null, "330300", null));
        assertThat(scope.filterFor(manager("330000"), "330127")).isEqualTo(new RollupFilter(null, null, "330127"));
    }

    @Test
    void aCityManagerSeesHisCityAndItsCountiesOnly() {
        assertThat(scope.filterFor(manager("330100"), null)).isEqualTo(new RollupFilter(null, "330100", null));
        assertThat(scope.filterFor(manager("330100"), "330127")).isEqualTo(new RollupFilter(null, null, "330127"));
        assertRefused(manager("330100"), "330300", "REGION_OUT_OF_SCOPE");
        assertRefused(manager("330100"), "330000", "REGION_OUT_OF_SCOPE");
        assertRefused(manager("330100"), "330324", "REGION_OUT_OF_SCOPE");
    }

    @Test
    void aCountyManagerSeesHisCountyOnly() {
        assertThat(scope.filterFor(manager("330127"), null)).isEqualTo(new RollupFilter(null, null, "330127"));
        assertRefused(manager("330127"), "330100", "REGION_OUT_OF_SCOPE");
        assertRefused(manager("330127"), "330106", "REGION_OUT_OF_SCOPE");
    }

    @Test
    void anInstitutionAdministratorSeesHisInstitutionWhereverItWorks() {
        CurrentUser admin = user(EnumSet.of(Role.INST_ADMIN), 42L, null);
        assertThat(scope.filterFor(admin, null)).isEqualTo(new RollupFilter(42L, null, null));
        assertThat(scope.filterFor(admin, "330106")).isEqualTo(new RollupFilter(42L, null, "330106"));
    }

    @Test
    void everyoneElseIsRefusedAndUnknownRegionsAreBadInput() {
        assertRefused(user(EnumSet.of(Role.STAFF), 42L, null), null, "FORBIDDEN");
        assertRefused(user(EnumSet.of(Role.CENTER_ADMIN, Role.STAFF), 42L, null), null, "FORBIDDEN");
        assertRefused(user(EnumSet.of(Role.INST_ADMIN), null, null), null, "FORBIDDEN");
        assertRefused(user(EnumSet.of(Role.GOV_MANAGER), null, "339999"), null, "FORBIDDEN");
        assertRefused(manager("330000"), "339999", "REGION_UNKNOWN");
    }

    private void assertRefused(CurrentUser user, String regionCode, String code) {
        assertThatThrownBy(() -> scope.filterFor(user, regionCode)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }

    private static CurrentUser manager(String region) {
        return user(EnumSet.of(Role.GOV_MANAGER), null, region);
    }

    private static CurrentUser user(EnumSet<Role> roles, Long institution, String region) {
        return new CurrentUser(7, "tester", roles, institution, null, region, "family", null);
    }
}

package com.gongxuhui.org.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.region.ReferenceFiles.MembershipRow;
import com.gongxuhui.org.region.ReferenceFiles.RegionRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference data as the migration loaded it into MariaDB, and the {@link Regions} that other code calls. */
class RegionsIT extends OrgServiceIT {

    private static final LocalDate LAST_DAY_OF_26_COUNTIES = LocalDate.of(2024, 7, 31);
    private static final LocalDate FIRST_DAY_OF_SUCCESSOR_LIST = LocalDate.of(2024, 8, 1);

    @Autowired
    Regions regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMigrationLoadedEveryRegionOfTheReferenceFileAsItIs() {
        List<RegionRow> loaded = jdbc.query("SELECT code, name, level, parent_code FROM region ORDER BY code",
                (rs, row) -> new RegionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        Objects.toString(rs.getString(4), "")));

        assertThat(loaded).containsExactlyInAnyOrderElementsOf(ReferenceFiles.regions());
        assertThat(countByLevel(loaded)).as("one province, its cities and its counties, as many as the file has")
                .isEqualTo(Map.of("PROVINCE", ReferenceFiles.count("PROVINCE"), "CITY", ReferenceFiles.count("CITY"),
                        "COUNTY", ReferenceFiles.count("COUNTY")));
    }

    @Test
    void theMigrationLoadedTheMountainCountyMembershipWithItsDates() {
        List<MembershipRow> loaded = jdbc.query(
                "SELECT code, list_name, effective_from, effective_to FROM mountain_county_membership",
                (rs, row) -> new MembershipRow(rs.getString(1), rs.getString(2),
                        Objects.toString(rs.getObject(3, LocalDate.class), ""),
                        Objects.toString(rs.getObject(4, LocalDate.class), "")));

        assertThat(loaded).containsExactlyInAnyOrderElementsOf(ReferenceFiles.memberships());
    }

    @Test
    void descendantsOfACityAreTheCityAndItsCountiesAndNoOtherCitysCounties() {
        List<String> wenzhou = regions.descendants("330300");

        assertThat(wenzhou.get(0)).isEqualTo("330300");
        assertThat(wenzhou.subList(1, wenzhou.size())).containsExactlyElementsOf(ReferenceFiles.childrenOf("330300"));
        assertThat(wenzhou).contains("330326", "330305").doesNotContain("330000", "330100", "330102", "330802");
        assertThat(regions.descendants("330000")).hasSize(ReferenceFiles.regions().size());
    }

    @Test
    void aCountyIsWithinItsCityAndTheProvinceButNotAnotherCity() {
        assertThat(regions.isWithin("330326", "330300")).isTrue();
        assertThat(regions.isWithin("330326", "330000")).isTrue();
        assertThat(regions.isWithin("330326", "330326")).isTrue();
        assertThat(regions.isWithin("330326", "330100")).isFalse();
        assertThat(regions.isWithin("330300", "330326")).isFalse();
        assertThat(regions.isWithin("339999", "330000")).isFalse();
    }

    @Test
    void ancestorsOfACountyAreTheProvinceThenItsCity() {
        assertThat(regions.ancestors("331102")).extracting(Region::name).containsExactly("浙江省", "丽水市");
        assertThat(regions.find("331102")).map(Region::name).contains("莲都区");
        assertThat(regions.find("339999")).isEmpty();
    }

    @Test
    void theMountainCountyListChangedOnTheFirstOfAugust2024() {
        // 平阳县, 柯城区 and 莲都区 left the 26 mountain counties; 洞头区 and 嵊泗县 joined the successor list.
        for (String left : List.of("330326", "330802", "331102")) {
            assertThat(regions.isMountainCounty(left, LAST_DAY_OF_26_COUNTIES)).as(left).isTrue();
            assertThat(regions.isMountainCounty(left, FIRST_DAY_OF_SUCCESSOR_LIST)).as(left).isFalse();
        }
        for (String joined : List.of("330305", "330922")) {
            assertThat(regions.isMountainCounty(joined, LAST_DAY_OF_26_COUNTIES)).as(joined).isFalse();
            assertThat(regions.isMountainCounty(joined, FIRST_DAY_OF_SUCCESSOR_LIST)).as(joined).isTrue();
            assertThat(regions.mountainCountyMembership(joined, FIRST_DAY_OF_SUCCESSOR_LIST))
                    .map(MountainCountyMembership::listName).contains("山区海岛县");
        }
        assertThat(regions.isMountainCounty("330127", LAST_DAY_OF_26_COUNTIES)).as("淳安县 stays").isTrue();
        assertThat(regions.isMountainCounty("330127", FIRST_DAY_OF_SUCCESSOR_LIST)).as("淳安县 stays").isTrue();
        assertThat(regions.isMountainCounty("330102", LAST_DAY_OF_26_COUNTIES)).isFalse();
    }

    @Test
    void theMembersOnADayAreExactlyTheFilesRowsInForceThatDay() {
        assertThat(regions.mountainCounties(LAST_DAY_OF_26_COUNTIES)).extracting(MountainCountyMembership::code)
                .hasSize(26)
                .containsExactlyInAnyOrderElementsOf(ReferenceFiles.mountainCountiesOn(LAST_DAY_OF_26_COUNTIES));
        assertThat(regions.mountainCounties(FIRST_DAY_OF_SUCCESSOR_LIST)).extracting(MountainCountyMembership::code)
                .hasSize(25)
                .containsExactlyInAnyOrderElementsOf(ReferenceFiles.mountainCountiesOn(FIRST_DAY_OF_SUCCESSOR_LIST));
    }

    private static Map<String, Long> countByLevel(List<RegionRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(RegionRow::level, Collectors.counting()));
    }
}

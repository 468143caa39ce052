package com.gongxuhui.org.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class RegionTreeTest {

    /** Out of order on purpose: the tree must not depend on the order rows come in. */
    private final RegionTree tree = new RegionTree(List.of(
            county("330326", "平阳县", "330300"),
            county("330106", "西湖区", "330100"),
            new Region("330000", "浙江省", RegionLevel.PROVINCE, null),
            county("330102", "上城区", "330100"),
            city("330300", "温州市"),
            city("330100", "杭州市")));

    @Test
    void rootsAndChildrenComeInCodeOrder() {
        assertThat(tree.roots()).extracting(Region::code).containsExactly("330000");
        assertThat(tree.children("330000")).extracting(Region::code).containsExactly("330100", "330300");
        assertThat(tree.children("330100")).extracting(Region::code).containsExactly("330102", "330106");
        assertThat(tree.children("330326")).isEmpty();
    }

    @Test
    void ancestorsStartAtTheProvince() {
        assertThat(tree.ancestors("330326")).extracting(Region::code).containsExactly("330000", "330300");
        assertThat(tree.ancestors("330300")).extracting(Region::code).containsExactly("330000");
        assertThat(tree.ancestors("330000")).isEmpty();
    }

    @Test
    void descendantsAreTheRegionItselfThenEverythingUnderItAndNothingElse() {
        assertThat(tree.descendants("330100")).extracting(Region::code).containsExactly("330100", "330102", "330106");
        assertThat(tree.descendants("330326")).extracting(Region::code).containsExactly("330326");
        assertThat(tree.descendants("330000")).extracting(Region::code)
                .containsExactly("330000", "330100", "330102", "330106", "330300", "330326");
    }

    @Test
    void aCountyIsWithinItselfItsCityAndTheProvinceOnly() {
        assertThat(tree.isWithin("330326", "330326")).isTrue();
        assertThat(tree.isWithin("330326", "330300")).isTrue();
        assertThat(tree.isWithin("330326", "330000")).isTrue();
        assertThat(tree.isWithin("330326", "330100")).isFalse();
        assertThat(tree.isWithin("330326", "330102")).isFalse();
        assertThat(tree.isWithin("330300", "330326")).as("a city is not within its county").isFalse();
    }

    @Test
    void unknownCodesAreWithinNothingAndNothingIsWithinThem() {
        assertThat(tree.isWithin("339999", "330000")).isFalse();
        assertThat(tree.isWithin("330326", "339999")).isFalse();
        assertThat(tree.isWithin(null, "330000")).isFalse();
        assertThat(tree.find("339999")).isEmpty();
    }

    @Test
    void navigatingFromAnUnknownCodeIsRegionNotFound() {
        for (Runnable navigation : List.<Runnable>of(() -> tree.get("339999"), () -> tree.children("339999"),
                () -> tree.ancestors("339999"), () -> tree.descendants("339999"))) {
            assertThatThrownBy(navigation::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(problem.code()).isEqualTo("REGION_NOT_FOUND");
                assertThat(problem.args()).containsExactly("339999");
            });
        }
    }

    private static Region city(String code, String name) {
        return new Region(code, name, RegionLevel.CITY, "330000");
    }

    private static Region county(String code, String name, String city) {
        return new Region(code, name, RegionLevel.COUNTY, city);
    }
}

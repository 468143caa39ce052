package com.gongxuhui.org.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegionMountainCountyMembershipTest {

    private static final LocalDate JULY_31 = LocalDate.of(2024, 7, 31);
    private static final LocalDate AUGUST_1 = LocalDate.of(2024, 8, 1);

    @Test
    void aMembershipWithoutStartHeldBeforeThePlatformAndItsLastDayCounts() {
        var leftInAugust = new MountainCountyMembership("330326", "山区26县", null, JULY_31);

        assertThat(leftInAugust.inForceOn(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(leftInAugust.inForceOn(JULY_31)).isTrue();
        assertThat(leftInAugust.inForceOn(AUGUST_1)).isFalse();
    }

    @Test
    void aMembershipWithoutEndHoldsFromItsFirstDayOn() {
        var joinedInAugust = new MountainCountyMembership("330305", "山区海岛县", AUGUST_1, null);

        assertThat(joinedInAugust.inForceOn(JULY_31)).isFalse();
        assertThat(joinedInAugust.inForceOn(AUGUST_1)).isTrue();
        assertThat(joinedInAugust.inForceOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void aMembershipOfOneDayHoldsOnThatDayOnly() {
        var oneDay = new MountainCountyMembership("330127", "山区26县", AUGUST_1, AUGUST_1);

        assertThat(oneDay.inForceOn(JULY_31)).isFalse();
        assertThat(oneDay.inForceOn(AUGUST_1)).isTrue();
        assertThat(oneDay.inForceOn(AUGUST_1.plusDays(1))).isFalse();
    }
}

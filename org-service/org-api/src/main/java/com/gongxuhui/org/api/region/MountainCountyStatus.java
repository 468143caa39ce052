package com.gongxuhui.org.api.region;

import java.time.LocalDate;

/**
 * Whether a county was a mountain county on {@code date}. For a member, {@code list} names the list it belonged
 * to (e.g. 山区26县) and the membership's dates (inclusive; no {@code effectiveFrom} = since before the platform
 * started, no {@code effectiveTo} = still in force).
 */
public record MountainCountyStatus(LocalDate date, boolean member, String list, LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}

package com.gongxuhui.org.region;

import java.time.LocalDate;

/**
 * A county's place on a mountain-county list for a span of days. Both ends are inclusive; no
 * {@code effectiveFrom} means since before the platform started, no {@code effectiveTo} means still in force.
 */
public record MountainCountyMembership(String code, String listName, LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}

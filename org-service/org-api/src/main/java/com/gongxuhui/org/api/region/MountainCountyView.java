package com.gongxuhui.org.api.region;

import java.time.LocalDate;

/** A county that is a mountain county on the date asked about, with the list and the dates of its membership. */
public record MountainCountyView(String code, String name, String parentCode, String list, LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}

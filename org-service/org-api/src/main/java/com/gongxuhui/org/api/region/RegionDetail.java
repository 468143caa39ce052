package com.gongxuhui.org.api.region;

import java.util.List;

/**
 * A region with the regions above it, province first. {@code mountainCounty} is given for counties only:
 * whether the county belonged to a mountain-county list on the date asked about.
 */
public record RegionDetail(String code, String name, RegionLevel level, String parentCode,
        List<RegionView> ancestors, MountainCountyStatus mountainCounty) {
}

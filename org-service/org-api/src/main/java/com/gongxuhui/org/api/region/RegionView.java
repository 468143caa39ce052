package com.gongxuhui.org.api.region;

/** A region: its six-digit administrative-division code, name, tier, and the code of the region above it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode) {
}

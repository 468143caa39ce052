package com.gongxuhui.org.api.region;

/** The three tiers of Zhejiang's administrative divisions that the platform knows. */
public enum RegionLevel {
    /** 省: Zhejiang itself. */
    PROVINCE,
    /** 地级市: the eleven prefecture-level cities. */
    CITY,
    /** 县级: districts, county-level cities and counties. */
    COUNTY
}

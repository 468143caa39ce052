package com.gongxuhui.org.govmanager;

/** The level of a science bureau; a manager's region must be of the same level. */
public enum GovLevel {
    PROVINCE,
    CITY,
    COUNTY
}

package com.gongxuhui.org.institution;

/** 机构类型. */
public enum InstitutionType {
    /** 高校 */
    UNIVERSITY,
    /** 科研院所 */
    RESEARCH_INSTITUTE,
    /** 企业 */
    ENTERPRISE,
    /** 政府（事业单位） */
    GOVERNMENT,
    /** 其他 */
    OTHER
}

package com.gongxuhui.expert.technology;

/** How an expert offers a technology to industry (合作方式); a technology names one or more. */
public enum CooperationMode {
    /** 技术转让 */
    TRANSFER,
    /** 技术许可 */
    LICENSING,
    /** 合作开发 */
    JOINT_DEVELOPMENT,
    /** 技术咨询与服务 */
    CONSULTING,
    /** 技术入股 */
    EQUITY,
    /** 其他 */
    OTHER
}

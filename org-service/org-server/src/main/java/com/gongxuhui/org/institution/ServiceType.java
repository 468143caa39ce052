package com.gongxuhui.org.institution;

/** 服务类型: what a transfer institution offers (several per institution). */
public enum ServiceType {
    /** 技术转移 */
    TECHNOLOGY_TRANSFER,
    /** 技术经纪 */
    TECHNOLOGY_BROKERAGE,
    /** 技术咨询 */
    TECHNOLOGY_CONSULTING,
    /** 技术评估 */
    TECHNOLOGY_EVALUATION,
    /** 科技金融 */
    TECHNOLOGY_FINANCE,
    /** 知识产权 */
    INTELLECTUAL_PROPERTY,
    /** 检验检测 */
    TESTING,
    /** 其他 */
    OTHER
}

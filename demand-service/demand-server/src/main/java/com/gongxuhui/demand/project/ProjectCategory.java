package com.gongxuhui.demand.project;

/** 技术开发 / 技术转让 / 技术许可 / 技术咨询 / 技术服务 / 其他. */
public enum ProjectCategory {
    DEVELOPMENT,
    TRANSFER,
    LICENSING,
    CONSULTING,
    SERVICE,
    OTHER
}

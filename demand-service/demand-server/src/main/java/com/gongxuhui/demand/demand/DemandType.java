package com.gongxuhui.demand.demand;

/** 技术 / 人才 / 资金. */
public enum DemandType {
    TECHNOLOGY,
    TALENT,
    FUNDING
}

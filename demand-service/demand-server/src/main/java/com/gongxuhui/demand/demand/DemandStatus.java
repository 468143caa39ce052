package com.gongxuhui.demand.demand;

/** 待审核, 审核不通过, 对接中, 已完成, 已关闭. */
public enum DemandStatus {
    PENDING_REVIEW,
    REJECTED,
    DOCKING,
    COMPLETED,
    CLOSED
}

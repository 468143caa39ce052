package com.gongxuhui.demand.demand;

/** 待揭榜 (in the pool, no institution yet), 待审核, 审核不通过, 对接中, 已完成, 已关闭. */
public enum DemandStatus {
    IN_POOL,
    PENDING_REVIEW,
    REJECTED,
    DOCKING,
    COMPLETED,
    CLOSED
}

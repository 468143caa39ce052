package com.gongxuhui.demand.followup;

/** 电话 / 走访 / 会议 / 线上 / 其他. A VISIT is also an enterprise visit (走访企业) in performance monitoring. */
public enum FollowUpType {
    PHONE,
    VISIT,
    MEETING,
    ONLINE,
    OTHER
}

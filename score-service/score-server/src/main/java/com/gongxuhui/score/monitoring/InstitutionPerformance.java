package com.gongxuhui.score.monitoring;

/** 技转机构监测: an institution's experts and staff (at the period's end), demands docked, deals and points. */
public record InstitutionPerformance(long institutionId, String name, long experts, long staff, long demandsDocked,
        long deals, long points) {
}

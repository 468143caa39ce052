package com.gongxuhui.score.monitoring;

/** 地域监测: a local centre's demands docked, deals and points. */
public record CentrePerformance(long centreId, String name, long institutionId, long demandsDocked, long deals,
        long points) {
}

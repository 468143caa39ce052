package com.gongxuhui.score.monitoring;

/** 技转人员监测: a broker's points, projects facilitated, demands mined and enterprise visits. */
public record StaffPerformance(long staffId, String name, long institutionId, long points, long projects,
        long demandsMined, long enterprisesVisited) {
}

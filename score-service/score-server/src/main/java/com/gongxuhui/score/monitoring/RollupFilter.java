package com.gongxuhui.score.monitoring;

/** What a viewer may see of the rollups: an institution, a city, a county (each null: not narrowed by it). */
record RollupFilter(Long institutionId, String cityCode, String countyCode) {
}

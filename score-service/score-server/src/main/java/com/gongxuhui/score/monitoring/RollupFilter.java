package com.gongxuhui.score.monitoring;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a viewer may see of the rollups and running totals: an institution, a city, a county (each null: not
 * narrowed by it).
 */
record RollupFilter(Long institutionId, String cityCode, String countyCode) {

    /** The narrowing as {@code AND} conditions on the table aliased {@code r}, its values bound in {@code params}. */
    String conditions(MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (institutionId != null) {
            sql.append(" AND r.institution_id = :institutionId");
            params.addValue("institutionId", institutionId);
        }
        if (cityCode != null) {
            sql.append(" AND r.city_code = :cityCode");
            params.addValue("cityCode", cityCode);
        }
        if (countyCode != null) {
            sql.append(" AND r.county_code = :countyCode");
            params.addValue("countyCode", countyCode);
        }
        return sql.toString();
    }
}

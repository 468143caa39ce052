package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.SubjectKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds up the rollups for a period: whole months from the MONTH rows, edge days from the DAY rows, stocks from
 * the beginning up to the period's last day. Column names come from enums only; every value is a bound parameter.
 */
@Component
class RollupQueries {

    /** Before the platform's first event: stocks are counted from here. */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;

    RollupQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    List<SubjectFigures> page(PerformanceView view, LocalDate from, LocalDate to, RollupFilter filter,
            PerformanceSort sort, long offset, int limit) {
        List<Measure> measures = List.copyOf(view.columns().values());
        MapSqlParameterSource params = new MapSqlParameterSource();
        String source = source(view.kind(), "subject_id, institution_id", measures, from, to, filter, params);
        params.addValue("limit", limit).addValue("offset", offset);
        String sql = "SELECT subject_id, MAX(institution_id) AS institution_id, " + sums(measures) + " FROM (" + source
                + ") u GROUP BY subject_id ORDER BY " + sort.measure().column() + (sort.descending() ? " DESC" : " ASC")
                + ", subject_id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, n) -> new SubjectFigures(rs.getLong("subject_id"),
                rs.getLong("institution_id"), figures(rs, measures)));
    }

    long count(PerformanceView view, LocalDate from, LocalDate to, RollupFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String source = source(view.kind(), "subject_id", List.copyOf(view.columns().values()), from, to, filter, params);
        Long count = jdbc.queryForObject("SELECT COUNT(DISTINCT subject_id) FROM (" + source + ") u", params, Long.class);
        return count == null ? 0 : count;
    }

    /** Every measure per county (and its city) where the institutions in scope worked. */
    List<CountyFigures> byCounty(LocalDate from, LocalDate to, RollupFilter filter) {
        List<Measure> measures = List.of(Measure.values());
        MapSqlParameterSource params = new MapSqlParameterSource();
        String source = source(SubjectKind.INSTITUTION, "county_code, city_code", measures, from, to, filter, params);
        return jdbc.query("SELECT county_code, city_code, " + sums(measures) + " FROM (" + source
                + ") u GROUP BY county_code, city_code", params,
                (rs, n) -> new CountyFigures(rs.getString("county_code"), rs.getString("city_code"), figures(rs, measures)));
    }

    private String source(SubjectKind kind, String keys, List<Measure> measures, LocalDate from, LocalDate to,
            RollupFilter filter, MapSqlParameterSource params) {
        params.addValue("kind", kind.name());
        String restriction = restriction(filter, params);
        List<Measure> flows = measures.stream().filter(m -> !PerformanceView.STOCKS.contains(m)).toList();
        List<Measure> stocks = measures.stream().filter(PerformanceView.STOCKS::contains).toList();
        List<String> parts = new ArrayList<>();
        if (!flows.isEmpty()) {
            Slice.cover(from, to).forEach(slice -> parts.add(part(keys, measures, flows, slice, restriction, params)));
        }
        if (!stocks.isEmpty()) {
            Slice.cover(BEGINNING, to).forEach(slice -> parts.add(part(keys, measures, stocks, slice, restriction, params)));
        }
        return String.join(" UNION ALL ", parts);
    }

    private static String part(String keys, List<Measure> measures, List<Measure> included, Slice slice,
            String restriction, MapSqlParameterSource params) {
        int n = params.getValues().size();
        String span = "span" + n;
        String first = "first" + n;
        String last = "last" + n;
        params.addValue(span, slice.span()).addValue(first, Date.valueOf(slice.first()))
                .addValue(last, Date.valueOf(slice.last()));
        String figures = measures.stream()
                .map(m -> (included.contains(m) ? m.column() : "0") + " AS " + m.column())
                .collect(Collectors.joining(", "));
        return "SELECT " + keys + ", " + figures + " FROM rollup WHERE subject_kind = :kind AND span = :" + span
                + " AND starts_on BETWEEN :" + first + " AND :" + last + restriction;
    }

    private static String restriction(RollupFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (filter.institutionId() != null) {
            sql.append(" AND institution_id = :institutionId");
            params.addValue("institutionId", filter.institutionId());
        }
        if (filter.cityCode() != null) {
            sql.append(" AND city_code = :cityCode");
            params.addValue("cityCode", filter.cityCode());
        }
        if (filter.countyCode() != null) {
            sql.append(" AND county_code = :countyCode");
            params.addValue("countyCode", filter.countyCode());
        }
        return sql.toString();
    }

    private static String sums(List<Measure> measures) {
        return measures.stream().map(m -> "SUM(" + m.column() + ") AS " + m.column()).collect(Collectors.joining(", "));
    }

    private static Map<Measure, Long> figures(ResultSet rs, List<Measure> measures) throws SQLException {
        Map<Measure, Long> figures = new EnumMap<>(Measure.class);
        for (Measure measure : measures) {
            figures.put(measure, rs.getLong(measure.column()));
        }
        return figures;
    }

    record SubjectFigures(long subjectId, long institutionId, Map<Measure, Long> figures) {
    }

    record CountyFigures(String countyCode, String cityCode, Map<Measure, Long> figures) {
    }
}

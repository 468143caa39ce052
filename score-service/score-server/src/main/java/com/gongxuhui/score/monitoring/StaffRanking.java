package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.monitoring.RollupQueries.SubjectFigures;
import com.gongxuhui.score.monitoring.RollupQueries.SubjectPage;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.StaffRunningTotals;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The brokers' view (技转人员监测) from their running totals ({@link StaffRunningTotals}): a broker's figures for a
 * period are his totals on its last day less those on the day before it began. A province-wide page reads a row per
 * broker and day, about twenty thousand rows, so it is ranked on the sort's column alone, and only the page's own
 * brokers then have every column added up: summing each column for every broker cost more than the ranking itself.
 */
@Component
class StaffRanking {

    private final NamedParameterJdbcTemplate jdbc;
    private final StaffRunningTotals totals;

    StaffRanking(JdbcTemplate jdbc, StaffRunningTotals totals) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.totals = totals;
    }

    /** One page of brokers in the sort's order, and how many brokers worked in the period within the filter. */
    SubjectPage page(PerformanceView view, LocalDate from, LocalDate to, RollupFilter filter, PerformanceSort sort,
            long offset, int limit) {
        List<Measure> measures = List.copyOf(view.columns().values());
        Days days = days(from, to);
        if (days.last().equals(days.before())) {
            return new SubjectPage(List.of(), 0); // the period lies wholly after the filled day: nothing recorded in it
        }
        MapSqlParameterSource params = new MapSqlParameterSource("last", Date.valueOf(days.last()))
                .addValue("before", Date.valueOf(days.before()));
        String restriction = filter.conditions(params);
        // the two days as a signed table joined on the key's first column: measured faster for the whole ranking
        // than reading both days as a range and choosing each row's sign
        String rows = " FROM (SELECT CAST(:last AS DATE) AS as_of, 1 AS sign UNION ALL SELECT CAST(:before AS DATE), -1)"
                + " s JOIN " + StaffRunningTotals.TABLE + " r ON r.as_of = s.as_of WHERE 1 = 1" + restriction;
        // flows are never negative, so a broker worked in the period exactly when the sum of his columns grew
        String worked = " GROUP BY r.staff_id HAVING SUM(("
                + measures.stream().map(m -> "r." + m.column()).collect(Collectors.joining(" + ")) + ") * s.sign) <> 0";
        long[] total = {0};
        List<Long> ranked = jdbc.query("SELECT COUNT(*) OVER () AS total, r.staff_id AS subject_id, SUM(r."
                + sort.measure().column() + " * s.sign) AS ranked" + rows + worked + " ORDER BY ranked "
                + (sort.descending() ? "DESC" : "ASC") + ", subject_id LIMIT :limit OFFSET :offset",
                params.addValue("limit", limit).addValue("offset", offset), (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return rs.getLong("subject_id");
                });
        if (ranked.isEmpty()) {
            // past the last page there is no row to carry the total: it is counted on its own
            return new SubjectPage(List.of(), offset == 0 ? 0
                    : jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT r.staff_id" + rows + worked + ") w", params,
                            Long.class));
        }
        return new SubjectPage(figures(ranked, measures, restriction, params), total[0]);
    }

    /**
     * Every column of the ranked brokers within the filter, in their order. Their rows are named by the key's first
     * two columns (a range of the two days and the page's brokers): joined to the signed days as the ranking is,
     * MariaDB read both days' rows of every broker and took half as long as the ranking itself.
     */
    private List<SubjectFigures> figures(List<Long> ranked, List<Measure> measures, String restriction,
            MapSqlParameterSource params) {
        String sums = measures.stream().map(m -> "SUM(IF(r.as_of = :last, r." + m.column() + ", -r." + m.column()
                + ")) AS " + m.column()).collect(Collectors.joining(", "));
        Map<Long, SubjectFigures> figures = new HashMap<>();
        jdbc.query("SELECT r.staff_id AS subject_id, MAX(r.institution_id) AS institution_id, " + sums + " FROM "
                + StaffRunningTotals.TABLE + " r WHERE r.as_of IN (:last, :before) AND r.staff_id IN (:ranked)"
                + restriction + " GROUP BY r.staff_id", params.addValue("ranked", ranked), rs -> {
                    long id = rs.getLong("subject_id");
                    figures.put(id, new SubjectFigures(id, rs.getLong("institution_id"),
                            RollupQueries.figures(rs, measures)));
                });
        return ranked.stream().map(figures::get).toList();
    }

    /**
     * The two days whose totals are read. No row lies beyond the filled day and nothing happened after it, so a later
     * day reads the filled day's totals (and a period wholly after it would read the same day twice: nothing).
     */
    private Days days(LocalDate from, LocalDate to) {
        LocalDate filled = totals.filledThrough();
        LocalDate last = filled == null || to.isBefore(filled) ? to : filled;
        LocalDate before = filled == null || from.minusDays(1).isBefore(filled) ? from.minusDays(1) : filled;
        return new Days(last, before);
    }

    /** A period's last day and the day before it began, as read from the running totals. */
    private record Days(LocalDate last, LocalDate before) {
    }
}

package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.SubjectKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds up the institutions' and centres' rollups for a period (brokers are read from their running totals by
 * {@link StaffRanking}): flows from the rows of the whole years, months, dekads and days that cover it most cheaply
 * ({@link Slice}), stocks from the stock rows up to the period's last day. Each table is read in one statement (the
 * period's signed stretches joined to the rollups' key) and a page comes with its total from the same statement.
 * Column names come from enums only; every value is a bound parameter.
 */
@Component
class RollupQueries {

    /** Before the platform's first event: stocks are counted from here. */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    RollupQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** One page of a view in the sort's order, and how many subjects the whole view has. */
    SubjectPage page(PerformanceView view, LocalDate from, LocalDate to, RollupFilter filter, PerformanceSort sort,
            long offset, int limit) {
        List<Measure> measures = List.copyOf(view.columns().values());
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        String order = " ORDER BY " + sort.measure().column() + (sort.descending() ? " DESC" : " ASC")
                + ", subject_id LIMIT :limit OFFSET :offset";
        boolean oneTable = measures.stream().map(Measure::stock).distinct().count() == 1;
        // the total of the view rides along with its page: the number of groups, counted before LIMIT applies
        String total = "COUNT(*) OVER () AS total, ";
        List<String> parts = parts(view.kind(), "subject_id", oneTable ? total : "", measures, from, to, filter, params);
        String sql = oneTable ? parts.get(0) + order
                : "SELECT subject_id, MAX(institution_id) AS institution_id, " + sums(measures)
                        + ", COUNT(*) OVER () AS total FROM (" + String.join(" UNION ALL ", parts)
                        + ") u GROUP BY subject_id" + order;
        long[] counted = {0};
        List<SubjectFigures> rows = jdbc.query(sql, params, (rs, n) -> {
            counted[0] = rs.getLong("total");
            return new SubjectFigures(rs.getLong("subject_id"), rs.getLong("institution_id"), figures(rs, measures));
        });
        if (rows.isEmpty() && offset > 0) {
            counted[0] = count(parts, params);
        }
        return new SubjectPage(rows, counted[0]);
    }

    /** Every measure per county (and its city) where the institutions in scope worked. */
    List<CountyFigures> byCounty(LocalDate from, LocalDate to, RollupFilter filter) {
        List<Measure> measures = List.of(Measure.values());
        MapSqlParameterSource params = new MapSqlParameterSource();
        // city first: MariaDB groups on these two text columns several times faster in this order
        List<String> parts = parts(SubjectKind.INSTITUTION, "city_code, county_code", "", measures, from, to, filter,
                params);
        Map<List<String>, Map<Measure, Long>> byCounty = new HashMap<>();
        for (String part : parts) {
            jdbc.query(part, params, rs -> {
                byCounty.merge(List.of(rs.getString("county_code"), rs.getString("city_code")), figures(rs, measures),
                        Figures::add);
            });
        }
        return byCounty.entrySet().stream()
                .map(entry -> new CountyFigures(entry.getKey().get(0), entry.getKey().get(1), entry.getValue())).toList();
    }

    /**
     * The flows of the institutions in scope month by month: each month of the period (its first and last cut to
     * the period) covered by its own signed stretches, all read in one statement grouped by month. Months cut from
     * the same cover as the summary's add up to its totals exactly.
     */
    Map<LocalDate, Map<Measure, Long>> flowsByMonth(LocalDate from, LocalDate to, RollupFilter filter) {
        List<Measure> flows = Arrays.stream(Measure.values()).filter(m -> !m.stock()).toList();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("kind", SubjectKind.INSTITUTION.name());
        String restriction = filter.conditions(params);
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        List<String> rows = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.isBefore(from) ? from : month;
            LocalDate monthEnd = month.withDayOfMonth(month.lengthOfMonth());
            LocalDate last = monthEnd.isAfter(to) ? to : monthEnd;
            String label = bind(params, month);
            for (Slice slice : Slice.cover(first, last, today)) {
                rows.add("SELECT CAST(:" + label + " AS DATE) AS month_start, " + stretch(slice, params));
            }
        }
        String sql = "SELECT s.month_start, " + flows.stream().map(m -> "SUM(r." + m.column() + " * s.sign) AS " + m.column())
                .collect(Collectors.joining(", ")) + " FROM (" + String.join(" UNION ALL ", rows) + ") s JOIN rollup r"
                + " ON r.span = s.span AND r.starts_on = s.starts_on WHERE r.subject_kind = :kind" + restriction
                + " GROUP BY s.month_start";
        Map<LocalDate, Map<Measure, Long>> byMonth = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            byMonth.put(rs.getDate("month_start").toLocalDate(), figures(rs, flows));
        });
        return byMonth;
    }

    /** Past the last page there is no row to carry the total: it is counted on its own. */
    private long count(List<String> parts, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("SELECT COUNT(DISTINCT subject_id) FROM (" + String.join(" UNION ALL ", parts)
                + ") u", params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * One grouped SELECT per table the measures live in: flows over the period from {@code rollup}, stocks up to its
     * last day from {@code stock_rollup}. Each yields every measure (0 for those of the other table), after
     * {@code leading} columns if any. A subject is in a view when it has flows in the period or a stock other than
     * zero at its end: stock groups that net to zero are left out, and so are the all-zero groups that a stretch less
     * its parts outside the period leaves behind for whoever worked only there (flows are never negative, so a flow
     * group read without subtracting is never all zero).
     */
    private List<String> parts(SubjectKind kind, String keys, String leading, List<Measure> measures,
            LocalDate from, LocalDate to, RollupFilter filter, MapSqlParameterSource params) {
        params.addValue("kind", kind.name());
        String restriction = filter.conditions(params);
        LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        List<String> parts = new ArrayList<>();
        for (boolean stocks : List.of(false, true)) {
            List<Measure> kept = measures.stream().filter(m -> m.stock() == stocks).toList();
            if (kept.isEmpty()) {
                continue;
            }
            List<Slice> slices = Slice.cover(stocks ? BEGINNING : from, to, today);
            String institution = keys.equals("subject_id") ? "MAX(r.institution_id) AS institution_id, " : "";
            String figures = measures.stream()
                    .map(m -> (kept.contains(m) ? "SUM(r." + m.column() + " * s.sign)" : "0") + " AS " + m.column())
                    .collect(Collectors.joining(", "));
            String grouped = keys + ", " + institution + figures + " FROM (" + stretches(slices, params) + ") s JOIN "
                    + kept.get(0).table() + " r ON r.span = s.span AND r.starts_on = s.starts_on"
                    + " WHERE r.subject_kind = :kind" + restriction + " GROUP BY " + keys;
            if (stocks || slices.stream().anyMatch(Slice::subtracted)) {
                // filtered around the grouping, not in HAVING: MariaDB would add every sum up a second time there
                String anyFigure = kept.stream().map(m -> "g." + m.column() + " <> 0").collect(Collectors.joining(" OR "));
                parts.add("SELECT " + leading + "g.* FROM (SELECT " + grouped + ") g WHERE " + anyFigure);
            } else {
                parts.add("SELECT " + leading + grouped);
            }
        }
        return parts;
    }

    /**
     * The period as a small table of signed stretches, each looked up in the rollups by its key; the sign is read
     * once per row rather than tested per measure. Span and sign come from enums; the day is a bound parameter.
     */
    private static String stretches(List<Slice> slices, MapSqlParameterSource params) {
        return slices.stream().map(slice -> "SELECT " + stretch(slice, params)).collect(Collectors.joining(" UNION ALL "));
    }

    /** The columns of one signed stretch: span, first day (bound), sign. */
    private static String stretch(Slice slice, MapSqlParameterSource params) {
        return "'" + slice.span().name() + "' AS span, CAST(:" + bind(params, slice.startsOn()) + " AS DATE) AS starts_on, "
                + (slice.subtracted() ? -1 : 1) + " AS sign";
    }

    /** A day as a fresh bound parameter; its name. */
    private static String bind(MapSqlParameterSource params, LocalDate day) {
        String name = "day" + params.getValues().size();
        params.addValue(name, Date.valueOf(day));
        return name;
    }

    private static String sums(List<Measure> measures) {
        return measures.stream().map(m -> "SUM(" + m.column() + ") AS " + m.column()).collect(Collectors.joining(", "));
    }

    static Map<Measure, Long> figures(ResultSet rs, List<Measure> measures) throws SQLException {
        Map<Measure, Long> figures = new EnumMap<>(Measure.class);
        for (Measure measure : measures) {
            figures.put(measure, rs.getLong(measure.column()));
        }
        return figures;
    }

    record SubjectFigures(long subjectId, long institutionId, Map<Measure, Long> figures) {
    }

    record SubjectPage(List<SubjectFigures> rows, long total) {
    }

    record CountyFigures(String countyCode, String cityCode, Map<Measure, Long> figures) {
    }
}

package com.gongxuhui.score.tally;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The brokers' flows as running totals ({@code staff_running_total}): for each broker, institution and county, a
 * row per day from the first day he has a fact there through the table's filled day, holding everything up to and
 * including that day. A period is then the total at its last day less the total the day before it began, two rows
 * per broker whatever the period. Rows are dense: a day without facts repeats the day before, so that a day's row is
 * found by its key rather than searched for, and no row lies beyond the filled day, so that a total asked for a later
 * day is the filled day's.
 */
@Component
public class StaffRunningTotals {

    public static final String TABLE = "staff_running_total";
    private static final List<Measure> FLOWS = Arrays.stream(Measure.values()).filter(m -> !m.stock()).toList();
    private static final String COLUMNS = FLOWS.stream().map(Measure::column).collect(Collectors.joining(", "));
    private static final String KEY = "staff_id, institution_id, county_code";

    private final JdbcTemplate jdbc;

    public StaffRunningTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last day every broker has a row for, or null before the first fact. */
    public LocalDate filledThrough() {
        return jdbc.queryForObject("SELECT filled_through FROM staff_running_total_fill WHERE id = 1", LocalDate.class);
    }

    /**
     * Adds one event's flows on {@code day}, in the event's transaction. The fill mark is locked first, so that a fill
     * to a new day never runs while a fact is being added (the fact would miss the new day's copy). Tally calls this
     * before it writes any rollup row, and the ledger and activity rows it writes earlier are the event's own, so the
     * lock adds no cycle; it does make brokers' events wait for one another.
     */
    void add(LocalDate day, Map<StaffGroup, Map<Measure, Integer>> deltas) {
        LocalDate filled = jdbc.queryForObject("SELECT filled_through FROM staff_running_total_fill WHERE id = 1 FOR UPDATE",
                LocalDate.class);
        if (filled == null || day.isAfter(filled)) {
            fill(filled, day);
            filled = day;
        }
        for (Map.Entry<StaffGroup, Map<Measure, Integer>> group : deltas.entrySet()) {
            add(day, filled, group.getKey(), group.getValue());
        }
    }

    /**
     * The days from {@code day} to the filled day on which the group has no row yet get zero rows (rows are dense from
     * a group's first day, so these are the days before it, or all of them for a new group); then the flows are added
     * to every row from {@code day} on, which covers a late event as well as today's. Each statement names rows by
     * their whole key, one per day.
     */
    private void add(LocalDate day, LocalDate filled, StaffGroup group, Map<Measure, Integer> deltas) {
        List<LocalDate> days = day.datesUntil(filled.plusDays(1)).toList();
        String inDays = "as_of IN (" + String.join(", ", Collections.nCopies(days.size(), "?")) + ")";
        String ofGroup = " AND staff_id = ? AND institution_id = ? AND county_code = ?";
        List<Object> where = new ArrayList<>(days.stream().map(Date::valueOf).toList());
        where.addAll(List.of(group.staffId(), group.institutionId(), group.countyCode()));
        // a locking read: a plain one would see this transaction's snapshot, taken before it waited for the fill mark,
        // and miss the rows of the broker's event that held the mark before it
        Set<LocalDate> present = new HashSet<>(jdbc.queryForList("SELECT as_of FROM " + TABLE + " WHERE " + inDays
                + ofGroup + " FOR UPDATE", LocalDate.class, where.toArray()));
        List<Object[]> zeros = days.stream().filter(as -> !present.contains(as)).map(as -> new Object[] {Date.valueOf(as),
                group.staffId(), group.institutionId(), group.countyCode(), group.cityCode()}).toList();
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (as_of, " + KEY + ", city_code) VALUES (?, ?, ?, ?, ?)", zeros);
        String increments = deltas.keySet().stream().map(m -> m.column() + " = " + m.column() + " + ?")
                .collect(Collectors.joining(", "));
        List<Object> arguments = new ArrayList<>(deltas.values());
        arguments.addAll(where);
        jdbc.update("UPDATE " + TABLE + " SET " + increments + " WHERE " + inDays + ofGroup, arguments.toArray());
    }

    /** Each day after the filled one up to {@code through} starts as a copy of the day before it. */
    private void fill(LocalDate filled, LocalDate through) {
        if (filled != null) {
            for (LocalDate as = filled.plusDays(1); !as.isAfter(through); as = as.plusDays(1)) {
                jdbc.update("INSERT INTO " + TABLE + " (as_of, " + KEY + ", city_code, " + COLUMNS + ") SELECT ?, " + KEY
                        + ", city_code, " + COLUMNS + " FROM " + TABLE + " WHERE as_of = ?", Date.valueOf(as),
                        Date.valueOf(as.minusDays(1)));
            }
        }
        jdbc.update("UPDATE staff_running_total_fill SET filled_through = ? WHERE id = 1", Date.valueOf(through));
    }

    /** Whose row: a broker at an institution, in a county (the rollups' split). */
    record StaffGroup(long staffId, long institutionId, String countyCode, String cityCode) {
    }
}

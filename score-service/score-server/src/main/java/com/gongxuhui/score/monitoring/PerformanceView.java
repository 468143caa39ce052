package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.organisation.Organisation.NamedTable;
import com.gongxuhui.score.tally.Measure;
import com.gongxuhui.score.tally.SubjectKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three monitoring views and exactly their columns (domain.md): each column is a measure added up over the
 * period, or (experts, staff) a stock counted as at the period's last day. The column names are the JSON field
 * names and the values {@code sort} accepts.
 */
enum PerformanceView {
    INSTITUTIONS(SubjectKind.INSTITUTION, NamedTable.INSTITUTION, columns(
            "experts", Measure.EXPERTS, "staff", Measure.STAFF, "demandsDocked", Measure.DEMANDS_DOCKED,
            "deals", Measure.DEALS, "points", Measure.POINTS)),
    CENTRES(SubjectKind.CENTRE, NamedTable.CENTRE, columns(
            "demandsDocked", Measure.DEMANDS_DOCKED, "deals", Measure.DEALS, "points", Measure.POINTS)),
    STAFF(SubjectKind.STAFF, NamedTable.STAFF, columns(
            "points", Measure.POINTS, "projects", Measure.DEALS, "demandsMined", Measure.DEMANDS_MINED,
            "enterprisesVisited", Measure.VISITS));

    private final SubjectKind kind;
    private final NamedTable names;
    private final Map<String, Measure> columns;

    PerformanceView(SubjectKind kind, NamedTable names, Map<String, Measure> columns) {
        this.kind = kind;
        this.names = names;
        this.columns = columns;
    }

    SubjectKind kind() {
        return kind;
    }

    NamedTable names() {
        return names;
    }

    Map<String, Measure> columns() {
        return columns;
    }

    private static Map<String, Measure> columns(Object... pairs) {
        Map<String, Measure> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (Measure) pairs[i + 1]);
        }
        return columns;
    }
}

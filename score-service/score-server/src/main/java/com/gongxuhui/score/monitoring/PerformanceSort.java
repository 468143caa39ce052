package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.score.tally.Measure;

/** {@code sort=<column>[,asc|desc]} of a view; rankings default to descending. Anything else is a 400. */
record PerformanceSort(Measure measure, boolean descending) {

    static PerformanceSort parse(PerformanceView view, String sort) {
        if (sort == null || sort.isBlank()) {
            return new PerformanceSort(Measure.POINTS, true);
        }
        String[] parts = sort.split(",", -1);
        Measure measure = view.columns().get(parts[0].trim());
        if (measure == null || parts.length > 2) {
            throw ProblemException.badRequest("SORT_UNKNOWN", sort);
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "desc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ProblemException.badRequest("SORT_UNKNOWN", sort);
        }
        return new PerformanceSort(measure, direction.equals("desc"));
    }
}

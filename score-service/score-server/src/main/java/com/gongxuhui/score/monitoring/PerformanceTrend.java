package com.gongxuhui.score.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The flows of the viewer's scope month by month over a period (the monitoring's trend chart): every month the
 * period touches, the first and the last cut to it, so that the months add up to the summary's totals of the same
 * period. Stocks (experts, staff) are not flows and are left out.
 */
public record PerformanceTrend(LocalDate from, LocalDate to, List<MonthFlows> months) {

    /** One month, as {@code yyyy-MM}, and what happened in it (within the period). */
    public record MonthFlows(String month, long demandsDocked, long deals, long points, long demandsMined,
            long enterprisesVisited) {
    }
}

package com.gongxuhui.score.monitoring;

import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.common.web.ProblemException;
import java.time.Clock;
import java.time.LocalDate;

/** The days a monitoring query covers, both inclusive; by default the year so far. */
record ReportPeriod(LocalDate from, LocalDate to) {

    static ReportPeriod of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ProvinceTime.ZONE));
        LocalDate first = from != null ? from : last.withDayOfYear(1);
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("PERIOD_INVALID", first, last);
        }
        return new ReportPeriod(first, last);
    }
}

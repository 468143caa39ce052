package com.gongxuhui.score.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of days read from one span of the rollups: whole months from MONTH rows (first and last are month
 * starts), the rest day by day from DAY rows.
 */
record Slice(boolean months, LocalDate first, LocalDate last) {

    String span() {
        return months ? "MONTH" : "DAY";
    }

    /** The days from..to (inclusive) as whole months plus at most two edges of single days. */
    static List<Slice> cover(LocalDate from, LocalDate to) {
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate endOfWholeMonths = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        List<Slice> slices = new ArrayList<>();
        if (!firstWholeMonth.isBefore(endOfWholeMonths)) {
            slices.add(new Slice(false, from, to));
            return slices;
        }
        if (from.isBefore(firstWholeMonth)) {
            slices.add(new Slice(false, from, firstWholeMonth.minusDays(1)));
        }
        slices.add(new Slice(true, firstWholeMonth, endOfWholeMonths.minusMonths(1)));
        if (endOfWholeMonths.isBefore(to.plusDays(1))) {
            slices.add(new Slice(false, endOfWholeMonths, to));
        }
        return slices;
    }
}

package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.tally.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One stretch of a period, read from the rollup rows of its span that start on {@code startsOn}. */
record Slice(Span span, LocalDate startsOn) {

    /**
     * The days from..to (inclusive) as the fewest whole stretches: from each day on, the longest span that starts
     * there and ends within the period (spans nest, so this greedy cover is the shortest).
     */
    static List<Slice> cover(LocalDate from, LocalDate to) {
        List<Slice> slices = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Span span = widestAt(day, to);
            slices.add(new Slice(span, day));
            day = span.endOf(day).plusDays(1);
        }
        return slices;
    }

    private static Span widestAt(LocalDate day, LocalDate to) {
        for (Span span : List.of(Span.YEAR, Span.MONTH, Span.DEKAD)) {
            if (span.startOf(day).equals(day) && !span.endOf(day).isAfter(to)) {
                return span;
            }
        }
        return Span.DAY;
    }
}

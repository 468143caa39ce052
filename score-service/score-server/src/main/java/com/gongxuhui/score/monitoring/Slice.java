package com.gongxuhui.score.monitoring;

import com.gongxuhui.score.tally.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One stretch of a period, read from the rollup rows of its span that start on {@code startsOn}; a subtracted
 * stretch is taken away from an enclosing one (the year so far is the year's row less what lies after the period,
 * which is mostly nothing yet).
 */
record Slice(Span span, LocalDate startsOn, boolean subtracted) {

    /**
     * Roughly how many rows a stretch of each span holds compared with a day's: a month holds far fewer than thirty
     * days' worth, because most subjects that work on several days of it share one row.
     */
    private static final Map<Span, Integer> WEIGHT = Map.of(Span.DAY, 1, Span.DEKAD, 4, Span.MONTH, 6, Span.YEAR, 8);

    /**
     * The days from..to (inclusive) as the cheapest signed sum of whole stretches. Each partial stretch is either
     * split into the next smaller span or taken whole less its parts outside the period, whichever reads fewer rows;
     * stretches that start after {@code today} are counted as free, as no fact is recorded there yet (they are still
     * read, so that the answer stays exact whatever the clock says).
     */
    static List<Slice> cover(LocalDate from, LocalDate to, LocalDate today) {
        return split(from, to, Span.YEAR, today).slices();
    }

    /** [from, to] cut at the boundaries of {@code span}'s stretches, each piece covered on its own. */
    private static Plan split(LocalDate from, LocalDate to, Span span, LocalDate today) {
        Plan plan = Plan.EMPTY;
        LocalDate start = span.startOf(from);
        while (!start.isAfter(to)) {
            LocalDate end = span.endOf(start);
            plan = plan.plus(piece(max(from, start), min(to, end), span, today));
            start = end.plusDays(1);
        }
        return plan;
    }

    /** [from, to] inside one stretch of {@code span}. */
    private static Plan piece(LocalDate from, LocalDate to, Span span, LocalDate today) {
        LocalDate start = span.startOf(from);
        LocalDate end = span.endOf(start);
        Plan whole = Plan.of(new Slice(span, start, false), today);
        if (from.equals(start) && to.equals(end)) {
            return whole;
        }
        Span smaller = Span.values()[span.ordinal() - 1];
        Plan splitUp = split(from, to, smaller, today);
        Plan complement = whole;
        if (from.isAfter(start)) {
            complement = complement.plus(split(start, from.minusDays(1), smaller, today).negated());
        }
        if (to.isBefore(end)) {
            complement = complement.plus(split(to.plusDays(1), end, smaller, today).negated());
        }
        return complement.cost() < splitUp.cost() ? complement : splitUp;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Plan(List<Slice> slices, int cost) {

        static final Plan EMPTY = new Plan(List.of(), 0);

        static Plan of(Slice slice, LocalDate today) {
            return new Plan(List.of(slice), slice.startsOn().isAfter(today) ? 0 : WEIGHT.get(slice.span()));
        }

        Plan plus(Plan other) {
            List<Slice> all = new ArrayList<>(slices);
            all.addAll(other.slices);
            return new Plan(all, cost + other.cost);
        }

        Plan negated() {
            return new Plan(slices.stream().map(s -> new Slice(s.span(), s.startsOn(), !s.subtracted())).toList(), cost);
        }
    }
}

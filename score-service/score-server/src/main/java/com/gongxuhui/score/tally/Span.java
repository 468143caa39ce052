package com.gongxuhui.score.tally;

import java.time.LocalDate;

/**
 * The stretches of time a rollup row adds up, each nested in the next: a day, a dekad (旬: the 1st–10th, 11th–20th,
 * 21st–end of a month, as Chinese statistics count), a month and a year. Every fact is added to the row of each
 * span that contains its day, so a period is read from a few whole years, months and dekads and at most nine days
 * at either edge, rather than day by day.
 */
public enum Span {
    DAY, DEKAD, MONTH, YEAR;

    /** The first day of the stretch of this span that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case DEKAD -> day.withDayOfMonth(day.getDayOfMonth() > 20 ? 21 : day.getDayOfMonth() > 10 ? 11 : 1);
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the stretch of this span that starts on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case DEKAD -> start.getDayOfMonth() == 21 ? start.withDayOfMonth(start.lengthOfMonth()) : start.plusDays(9);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }
}

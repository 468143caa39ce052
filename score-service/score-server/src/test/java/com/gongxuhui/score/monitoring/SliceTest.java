package com.gongxuhui.score.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.score.tally.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {

    /** A day long after every period below: no stretch is free for lying in the future. */
    private static final LocalDate LATER = LocalDate.of(2100, 1, 1);

    @Test
    void wholeYearsMonthsAndDekadsAreReadAsSuchAndOnlyTheEdgesDayByDay() {
        assertThat(Slice.cover(date("2025-12-30"), date("2027-03-12"), LATER)).containsExactly(
                added(Span.DAY, "2025-12-30"), added(Span.DAY, "2025-12-31"),
                added(Span.YEAR, "2026-01-01"),
                added(Span.MONTH, "2027-01-01"), added(Span.MONTH, "2027-02-01"),
                added(Span.DEKAD, "2027-03-01"), added(Span.DAY, "2027-03-11"), added(Span.DAY, "2027-03-12"));
    }

    @Test
    void theMonitoringBenchmarksUnevenPeriodNeedsOneDayRow() {
        assertThat(Slice.cover(date("2026-02-10"), date("2026-05-20"), LATER)).containsExactly(
                added(Span.DAY, "2026-02-10"), added(Span.DEKAD, "2026-02-11"), added(Span.DEKAD, "2026-02-21"),
                added(Span.MONTH, "2026-03-01"), added(Span.MONTH, "2026-04-01"),
                added(Span.DEKAD, "2026-05-01"), added(Span.DEKAD, "2026-05-11"));
    }

    @Test
    void theYearSoFarIsTheYearLessWhatLiesAfterToday() {
        assertThat(Slice.cover(date("2026-01-01"), date("2026-11-28"), date("2026-11-28"))).containsExactly(
                added(Span.YEAR, "2026-01-01"), subtracted(Span.DAY, "2026-11-29"), subtracted(Span.DAY, "2026-11-30"),
                subtracted(Span.MONTH, "2026-12-01"));
    }

    @Test
    void aStretchLessADayIsCheaperThanItsOtherDays() {
        assertThat(Slice.cover(date("2026-01-21"), date("2026-01-30"), LATER)).containsExactly(
                added(Span.DEKAD, "2026-01-21"), subtracted(Span.DAY, "2026-01-31"));
        assertThat(Slice.cover(date("2024-02-21"), date("2024-02-29"), LATER)).containsExactly(added(Span.DEKAD, "2024-02-21"));
    }

    @Test
    void aSingleDayAndAWholeYear() {
        assertThat(Slice.cover(date("2026-07-04"), date("2026-07-04"), LATER)).containsExactly(added(Span.DAY, "2026-07-04"));
        assertThat(Slice.cover(date("2026-01-01"), date("2026-12-31"), LATER)).containsExactly(added(Span.YEAR, "2026-01-01"));
    }

    @Test
    void everyDayOfAPeriodCountsOnceAndNoOtherDayCounts() {
        LocalDate today = date("2026-11-28");
        for (LocalDate[] period : List.of(new LocalDate[] {date("2025-11-17"), date("2027-02-23")},
                new LocalDate[] {date("2026-01-01"), today}, new LocalDate[] {date("2026-03-02"), date("2026-12-30")},
                new LocalDate[] {date("2000-01-01"), date("2026-06-19")})) {
            List<Slice> slices = Slice.cover(period[0], period[1], today);
            for (LocalDate day = period[0].minusDays(40); day.isBefore(period[1].plusDays(40)); day = day.plusDays(1)) {
                LocalDate counted = day;
                int times = slices.stream().filter(slice -> !counted.isBefore(slice.startsOn())
                        && !counted.isAfter(slice.span().endOf(slice.startsOn())))
                        .mapToInt(slice -> slice.subtracted() ? -1 : 1).sum();
                boolean inside = !day.isBefore(period[0]) && !day.isAfter(period[1]);
                assertThat(times).as(day + " in " + period[0] + ".." + period[1]).isEqualTo(inside ? 1 : 0);
            }
            slices.forEach(slice -> assertThat(slice.span().startOf(slice.startsOn())).isEqualTo(slice.startsOn()));
        }
    }

    private static Slice added(Span span, String startsOn) {
        return new Slice(span, date(startsOn), false);
    }

    private static Slice subtracted(Span span, String startsOn) {
        return new Slice(span, date(startsOn), true);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}

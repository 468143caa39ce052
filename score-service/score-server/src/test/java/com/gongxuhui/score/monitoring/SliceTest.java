package com.gongxuhui.score.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.score.tally.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void wholeYearsMonthsAndDekadsAreReadAsSuchAndOnlyTheEdgesDayByDay() {
        assertThat(Slice.cover(date("2025-12-30"), date("2027-03-12"))).containsExactly(
                slice(Span.DAY, "2025-12-30"), slice(Span.DAY, "2025-12-31"),
                slice(Span.YEAR, "2026-01-01"),
                slice(Span.MONTH, "2027-01-01"), slice(Span.MONTH, "2027-02-01"),
                slice(Span.DEKAD, "2027-03-01"), slice(Span.DAY, "2027-03-11"), slice(Span.DAY, "2027-03-12"));
    }

    @Test
    void theMonitoringBenchmarksUnevenPeriodNeedsOneDayRow() {
        assertThat(Slice.cover(date("2026-02-10"), date("2026-05-20"))).containsExactly(
                slice(Span.DAY, "2026-02-10"), slice(Span.DEKAD, "2026-02-11"), slice(Span.DEKAD, "2026-02-21"),
                slice(Span.MONTH, "2026-03-01"), slice(Span.MONTH, "2026-04-01"),
                slice(Span.DEKAD, "2026-05-01"), slice(Span.DEKAD, "2026-05-11"));
    }

    @Test
    void theLastDekadRunsToTheMonthsEndWhateverItsLength() {
        assertThat(Slice.cover(date("2024-02-21"), date("2024-02-29"))).containsExactly(slice(Span.DEKAD, "2024-02-21"));
        assertThat(Slice.cover(date("2026-01-21"), date("2026-01-30"))).hasSize(10)
                .allMatch(slice -> slice.span() == Span.DAY);
    }

    @Test
    void aSingleDayAndAWholeYear() {
        assertThat(Slice.cover(date("2026-07-04"), date("2026-07-04"))).containsExactly(slice(Span.DAY, "2026-07-04"));
        assertThat(Slice.cover(date("2026-01-01"), date("2026-12-31"))).containsExactly(slice(Span.YEAR, "2026-01-01"));
    }

    @Test
    void everyDayOfAPeriodIsCoveredExactlyOnce() {
        LocalDate from = date("2025-11-17");
        LocalDate to = date("2027-02-23");
        LocalDate next = from;
        for (Slice slice : Slice.cover(from, to)) {
            assertThat(slice.startsOn()).isEqualTo(next);
            assertThat(slice.span().startOf(slice.startsOn())).isEqualTo(slice.startsOn());
            next = slice.span().endOf(slice.startsOn()).plusDays(1);
        }
        assertThat(next).isEqualTo(to.plusDays(1));
    }

    private static Slice slice(Span span, String startsOn) {
        return new Slice(span, date(startsOn));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}

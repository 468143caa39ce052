package com.gongxuhui.score.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void wholeMonthsComeFromMonthRowsAndOnlyTheEdgesFromDayRows() {
        assertThat(Slice.cover(date("2026-01-15"), date("2026-04-10"))).containsExactly(
                new Slice(false, date("2026-01-15"), date("2026-01-31")),
                new Slice(true, date("2026-02-01"), date("2026-03-01")),
                new Slice(false, date("2026-04-01"), date("2026-04-10")));
    }

    @Test
    void aPeriodOfWholeMonthsNeedsNoDayRows() {
        assertThat(Slice.cover(date("2026-01-01"), date("2026-12-31")))
                .containsExactly(new Slice(true, date("2026-01-01"), date("2026-12-01")));
        assertThat(Slice.cover(date("2024-02-01"), date("2024-02-29")))
                .containsExactly(new Slice(true, date("2024-02-01"), date("2024-02-01")));
    }

    @Test
    void aPeriodWithinOneMonthIsReadDayByDay() {
        assertThat(Slice.cover(date("2026-03-01"), date("2026-03-30")))
                .containsExactly(new Slice(false, date("2026-03-01"), date("2026-03-30")));
        assertThat(Slice.cover(date("2026-07-04"), date("2026-07-04")))
                .containsExactly(new Slice(false, date("2026-07-04"), date("2026-07-04")));
    }

    @Test
    void aPeriodAcrossAMonthBoundaryWithoutAWholeMonthIsReadDayByDay() {
        assertThat(Slice.cover(date("2025-12-20"), date("2026-01-10")))
                .containsExactly(new Slice(false, date("2025-12-20"), date("2026-01-10")));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}

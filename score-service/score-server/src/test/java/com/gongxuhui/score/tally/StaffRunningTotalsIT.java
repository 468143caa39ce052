package com.gongxuhui.score.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.score.ScoreEvents;
import com.gongxuhui.score.tally.StaffRunningTotals.StaffGroup;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The brokers' running totals stay dense and exact whatever order facts come in: today's, a late one before a
 * broker's first day, a new broker's late one, one after a gap of days (which fills every broker's rows up to it),
 * and the same broker at a second institution, all in one transaction that is rolled back; and an event that waited
 * for the fill mark behind another one for the same new broker, in two committed transactions whose rows are deleted
 * afterwards. The schema the other tests share is left as it was.
 */
@ServiceIntegrationTest
class StaffRunningTotalsIT {

    @Autowired
    StaffRunningTotals totals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final List<Fact> facts = new ArrayList<>();

    @Test
    void everyRowIsEverythingUpToItsDayFromTheGroupsFirstDayThroughTheFilledDay() {
        transactions.executeWithoutResult(status -> {
            LocalDate filledBefore = totals.filledThrough();
            LocalDate base = filledBefore == null ? LocalDate.of(2026, 6, 1) : filledBefore;
            long broker = ScoreEvents.nextId();
            StaffGroup early = group(ScoreEvents.nextId(), 11, "330106", "330100");
            StaffGroup atFirst = group(broker, 21, "330106", "330100");
            StaffGroup movedOn = group(broker, 22, "330211", "330200");
            StaffGroup lateNewcomer = group(ScoreEvents.nextId(), 31, "331127", "331100");

            add(base.minusDays(10), early, Measure.POINTS, 2);
            add(base.plusDays(2), atFirst, Measure.POINTS, 1);
            add(base.plusDays(2), atFirst, Measure.VISITS, 1);
            add(base.minusDays(3), atFirst, Measure.DEMANDS_MINED, 1);
            add(base.minusDays(5), lateNewcomer, Measure.DEALS, 1);
            add(base.plusDays(6), atFirst, Measure.POINTS, 5);
            add(base.plusDays(4), movedOn, Measure.POINTS, 2);
            add(base.plusDays(6), lateNewcomer, Measure.POINTS, 1);

            LocalDate filled = totals.filledThrough();
            assertThat(filled).isEqualTo(base.plusDays(6));
            for (StaffGroup group : List.of(early, atFirst, movedOn, lateNewcomer)) {
                LocalDate first = facts.stream().filter(f -> f.group.equals(group)).map(Fact::day)
                        .min(LocalDate::compareTo).orElseThrow();
                List<String> expected = first.datesUntil(filled.plusDays(1)).map(day -> day + " " + expected(group, day))
                        .toList();
                assertThat(rows(group)).as("rows of %s", group).isEqualTo(expected);
            }
            assertThat(count("SELECT COUNT(*) FROM staff_running_total WHERE as_of = ?", filled))
                    .as("every group, these and the other tests', has a row on the filled day")
                    .isEqualTo(count("SELECT COUNT(DISTINCT staff_id, institution_id, county_code) FROM staff_running_total "
                            + "WHERE as_of <= ?", filled));
            assertThat(count("SELECT COUNT(*) FROM staff_running_total WHERE as_of > ?", filled))
                    .as("no row beyond the filled day").isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void anEventThatWaitedForTheFillMarkSeesTheRowsTheEventAheadOfItWrote() throws Exception {
        LocalDate filled = totals.filledThrough();
        LocalDate day = filled == null ? LocalDate.of(2026, 6, 1) : filled;
        StaffGroup newcomer = group(ScoreEvents.nextId(), 41, "330106", "330100");
        CountDownLatch ahead = new CountDownLatch(1);
        CountDownLatch behindHasReadOnce = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> transactions.executeWithoutResult(status -> {
                totals.add(day, Map.of(newcomer, Map.of(Measure.POINTS, 1)));
                ahead.countDown();
                await(behindHasReadOnce);
                pause(); // the event behind is now waiting for the fill mark
            }));
            Future<?> second = threads.submit(() -> transactions.executeWithoutResult(status -> {
                await(ahead);
                // its snapshot is taken here, before the first event commits its zero rows
                jdbc.queryForObject("SELECT COUNT(*) FROM staff_running_total", Long.class);
                behindHasReadOnce.countDown();
                totals.add(day, Map.of(newcomer, Map.of(Measure.VISITS, 1)));
            }));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            assertThat(rows(newcomer)).containsExactly(day + " 1/0/0/0/1");
        } finally {
            threads.shutdownNow();
            jdbc.update("DELETE FROM staff_running_total WHERE staff_id = ?", newcomer.staffId());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(LocalDate day, StaffGroup group, Measure measure, int delta) {
        facts.add(new Fact(day, group, measure, delta));
        totals.add(day, Map.of(group, Map.of(measure, delta)));
    }

    /** Recomputed from the facts: every flow up to and including the day. */
    private String expected(StaffGroup group, LocalDate day) {
        List<String> sums = new ArrayList<>();
        for (Measure measure : List.of(Measure.POINTS, Measure.DEMANDS_DOCKED, Measure.DEALS, Measure.DEMANDS_MINED,
                Measure.VISITS)) {
            sums.add(String.valueOf(facts.stream().filter(f -> f.group.equals(group) && f.measure == measure
                    && !f.day.isAfter(day)).mapToInt(Fact::delta).sum()));
        }
        return String.join("/", sums);
    }

    private List<String> rows(StaffGroup group) {
        return jdbc.query("SELECT as_of, points, demands_docked, deals, demands_mined, visits FROM staff_running_total "
                + "WHERE staff_id = ? AND institution_id = ? AND county_code = ? AND city_code = ? ORDER BY as_of",
                (rs, n) -> rs.getDate("as_of").toLocalDate() + " " + rs.getInt("points") + "/"
                        + rs.getInt("demands_docked") + "/" + rs.getInt("deals") + "/" + rs.getInt("demands_mined") + "/"
                        + rs.getInt("visits"),
                group.staffId(), group.institutionId(), group.countyCode(), group.cityCode());
    }

    private long count(String sql, LocalDate day) {
        return jdbc.queryForObject(sql, Long.class, Date.valueOf(day));
    }

    private static StaffGroup group(long staff, long institution, String county, String city) {
        return new StaffGroup(staff, institution, county, city);
    }

    private record Fact(LocalDate day, StaffGroup group, Measure measure, int delta) {
    }
}

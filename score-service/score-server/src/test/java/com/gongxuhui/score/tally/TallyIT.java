package com.gongxuhui.score.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.test.ServiceIntegrationTest;
import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.score.ScoreEvents;
import com.gongxuhui.score.rule.RuleCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event dated after tomorrow in the province is refused before anything is booked: no ledger, activity, rollup or
 * running-total row, the fill mark where it was. One dated tomorrow is still booked. Both in a transaction that is
 * rolled back, so the schema the other tests share is left as it was.
 */
@ServiceIntegrationTest
class TallyIT {

    private static final List<String> TABLES = List.of("ledger_entry", "activity", "rollup", "stock_rollup",
            "staff_running_total");

    @Autowired
    Tally tally;

    @Autowired
    StaffRunningTotals totals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEventDatedAfterTomorrowIsRefusedBeforeAnythingIsBooked() {
        LocalDate today = LocalDate.now(ProvinceTime.ZONE);
        long broker = ScoreEvents.nextId();
        OrgCoordinates place = new OrgCoordinates(ScoreEvents.nextId(), ScoreEvents.nextId(), "330106");
        transactions.executeWithoutResult(status -> {
            LocalDate filledBefore = totals.filledThrough();
            List<Long> rowsBefore = rowCounts();
            DemandApproved afterTomorrow = ScoreEvents.approved(broker, place, today.plusDays(2));
            assertThatThrownBy(() -> book(afterTomorrow, broker, place))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(afterTomorrow.eventId().toString())
                    .hasMessageContaining(today.plusDays(2).toString());
            assertThat(rowCounts()).as(TABLES.toString()).isEqualTo(rowsBefore);
            assertThat(totals.filledThrough()).isEqualTo(filledBefore);

            DemandApproved tomorrow = ScoreEvents.approved(broker, place, today.plusDays(1));
            book(tomorrow, broker, place);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity WHERE source_event_id = ?", Long.class,
                    tomorrow.eventId().toString())).as("tomorrow is still booked").isEqualTo(1);
            assertThat(totals.filledThrough()).isEqualTo(today.plusDays(1));
            status.setRollbackOnly();
        });
    }

    private void book(DemandApproved event, long broker, OrgCoordinates place) {
        tally.record(event, List.of(new Award(RuleCode.DEMAND_APPROVED, broker, place, event.demandId())),
                List.of(new Count(Measure.DEMANDS_MINED, 1, broker, place)));
    }

    private List<Long> rowCounts() {
        return TABLES.stream().map(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).toList();
    }
}

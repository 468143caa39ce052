package com.gongxuhui.demand.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandApproved;
import com.gongxuhui.demand.api.DemandClosed;
import com.gongxuhui.demand.api.DemandRejected;
import com.gongxuhui.demand.api.DemandSubmitted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The demand's own rules, without Spring or a database: what each transition allows, changes and records for the
 * repository to store (DemandLifecycleIT proves the same through HTTP, MariaDB and the broker).
 */
class DemandTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final CurrentUser BROKER = new CurrentUser(7, "李经纪", Set.of(Role.STAFF), 1L, 2L, "331102", "f", null);
    private static final Actor ADMIN = new Actor(3L, "王管理");

    @Test
    void anApprovalTakesAPendingDemandToDockingAndRecordsItsStepAndEvent() {
        Demand demand = stored(submitted());

        demand.approve(ADMIN, NOW.plusSeconds(60));

        assertThat(demand.getStatus()).isEqualTo(DemandStatus.DOCKING);
        assertThat(demand.getReviewedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(demand.takeRecordedSteps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo("APPROVED");
            assertThat(step.before()).isEqualTo(Map.of("status", DemandStatus.PENDING_REVIEW));
            assertThat(step.actor()).isEqualTo(ADMIN);
        });
        assertThat(demand.takeRecordedEvents()).singleElement().isInstanceOf(DemandApproved.class);
        assertThat(demand.takeRecordedEvents()).as("handed over once").isEmpty();
    }

    @Test
    void aTransitionTheStateMachineRefusesChangesAndRecordsNothing() {
        Demand demand = stored(submitted());

        assertThatThrownBy(() -> demand.close("不再需要", ADMIN, NOW))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("ILLEGAL_STATE"));

        assertThat(demand.getStatus()).isEqualTo(DemandStatus.PENDING_REVIEW);
        assertThat(demand.getCloseReason()).isNull();
        assertThat(demand.takeRecordedSteps()).isEmpty();
        assertThat(demand.takeRecordedEvents()).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndARejectedDemandComesBackThroughResubmission() {
        Demand demand = stored(submitted());
        assertThatThrownBy(() -> demand.reject(" ", ADMIN, NOW))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.code()).isEqualTo("REJECT_REASON_REQUIRED"));

        demand.reject("请补充预算", ADMIN, NOW);
        demand.resubmit(new Actor(BROKER.id(), BROKER.name()), NOW.plusSeconds(5));

        assertThat(demand.getStatus()).isEqualTo(DemandStatus.PENDING_REVIEW);
        assertThat(demand.getRejectReason()).isNull();
        assertThat(demand.takeRecordedSteps()).extracting(TrailStep::action).containsExactly("REJECTED", "RESUBMITTED");
        assertThat(demand.takeRecordedEvents()).hasExactlyElementsOfTypes(DemandRejected.class, DemandSubmitted.class);
    }

    @Test
    void anEditKeepsOnlyTheFieldsThatReallyChangedAndAnUnchangedFormRecordsNothing() {
        Demand demand = stored(submitted());
        demand.approve(ADMIN, NOW);
        demand.takeRecordedSteps();

        assertThat(demand.edit(form("500000", "5"), ADMIN, NOW)).as("the same amounts in another scale").isFalse();
        assertThat(demand.takeRecordedSteps()).isEmpty();

        assertThat(demand.edit(form("600000", "5"), ADMIN, NOW)).isTrue();
        assertThat(demand.takeRecordedSteps()).singleElement().satisfies(step -> {
            assertThat(step.before()).isEqualTo(Map.of("budget", "500000.00"));
            assertThat(step.after()).isEqualTo(Map.of("budget", "600000.00"));
        });
        assertThat(demand.getBudget()).isEqualByComparingTo("600000");
    }

    @Test
    void aClosedDemandTakesNothingMore() {
        Demand demand = stored(submitted());
        demand.approve(ADMIN, NOW);
        demand.close("企业已自行解决", ADMIN, NOW);
        assertThat(demand.takeRecordedEvents()).last().isInstanceOf(DemandClosed.class);

        for (DemandAction action : DemandAction.values()) {
            assertThatThrownBy(() -> DemandStateMachine.next(DemandStatus.CLOSED, action)).isInstanceOf(ProblemException.class);
        }
        assertThat(DemandStateMachine.allowedIn(DemandStatus.CLOSED)).isEmpty();
    }

    private static Demand submitted() {
        return Demand.submittedBy(BROKER, form("500000.00", "5.00"), NOW);
    }

    /** As the repository leaves it: with the id the database gave. */
    private static Demand stored(Demand demand) {
        ReflectionTestUtils.setField(demand, "id", 42L);
        return demand;
    }

    private static DemandForm form(String budget, String feeRatio) {
        return new DemandForm("生态农产品冷链保鲜技术", "需要延长农产品保鲜期的技术方案。", DemandType.TECHNOLOGY,
                "MODERN_AGRICULTURE", null, null, new BigDecimal(budget), "技术开发", LocalDate.of(2027, 6, 30),
                new BigDecimal(feeRatio));
    }
}

package com.gongxuhui.demand.expertportal;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandDockedByExpert;
import com.gongxuhui.demand.api.DockingCancelled;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandStateMachine;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.expert.api.ExpertSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert docks a demand he sees (对接该需求) or withdraws; only while the demand is docking. Both steps go on
 * the demand's trail and tell its broker (events).
 */
@Service
public class Dockings {

    private final ExpertDockingMapper dockings;
    private final ExpertDemandScope scope;
    private final Demands demands;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;

    public Dockings(ExpertDockingMapper dockings, ExpertDemandScope scope, Demands demands, DemandTrail trail,
            OutboxPublisher events, Clock clock) {
        this.dockings = dockings;
        this.scope = scope;
        this.demands = demands;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DockingView dock(long demandId, String note, CurrentUser user) {
        ExpertSummary me = scope.self(user);
        Demand demand = demands.find(demandId);
        scope.requireVisible(user, me, demand);
        DemandStateMachine.next(demand.getStatus(), DemandAction.EXPERT_DOCK);
        Instant now = clock.instant();
        ExpertDocking docking = dockings.find(demandId, me.id());
        if (docking != null && docking.getStatus() == DockingStatus.ACTIVE) {
            throw ProblemException.conflict("DEMAND_ALREADY_DOCKED", demandId);
        }
        if (docking == null) {
            docking = new ExpertDocking();
            docking.setDemandId(demandId);
            docking.setExpertId(me.id());
        }
        docking.setExpertName(me.name());
        docking.setStatus(DockingStatus.ACTIVE);
        docking.setNote(note);
        docking.setDockedAt(now);
        docking.setCancelledAt(null);
        store(docking, "DEMAND_ALREADY_DOCKED", demandId);
        trail.append(demandId, user.actor(), "EXPERT_DOCKED", null, Map.of("expertId", me.id(), "expertName",
                me.name()));
        events.publish(new DemandDockedByExpert(UUID.randomUUID(), now, user.actor(), Long.toString(demandId),
                demand.coordinates(), demandId, docking.getId(), me.id(), demand.getTitle(), demand.getHandlerId()));
        return DockingView.of(docking);
    }

    @Transactional
    public DockingView cancel(long dockingId, CurrentUser user) {
        ExpertSummary me = scope.self(user);
        ExpertDocking docking = scope.requireOwnDocking(user, me, dockingId);
        if (docking.getStatus() != DockingStatus.ACTIVE) {
            throw ProblemException.conflict("DOCKING_NOT_ACTIVE", dockingId);
        }
        Demand demand = demands.find(docking.getDemandId());
        DemandStateMachine.next(demand.getStatus(), DemandAction.EXPERT_CANCEL_DOCKING);
        Instant now = clock.instant();
        docking.setStatus(DockingStatus.CANCELLED);
        docking.setCancelledAt(now);
        store(docking, "CONCURRENT_UPDATE", dockingId);
        trail.append(demand.getId(), user.actor(), "EXPERT_DOCKING_CANCELLED", Map.of("expertId", me.id()),
                Map.of("docking", DockingStatus.CANCELLED));
        events.publish(new DockingCancelled(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                demand.coordinates(), demand.getId(), dockingId, me.id(), demand.getHandlerId()));
        return DockingView.of(docking);
    }

    public List<DockingView> mine(CurrentUser user) {
        return dockings.findByExpert(scope.self(user).id()).stream().map(DockingView::of).toList();
    }

    /** The demand's dockings, for its detail page (the caller's visibility is checked there). */
    public List<DockingView> ofDemand(long demandId) {
        return dockings.findByDemand(demandId).stream().map(DockingView::of).toList();
    }

    /** Insert or update; a concurrent change of the same pair loses on the unique key or the version. */
    private void store(ExpertDocking docking, String conflictCode, long id) {
        try {
            int rows = docking.getId() == null ? dockings.insert(docking) : dockings.updateById(docking);
            if (rows == 0) {
                throw ProblemException.conflict(conflictCode, id);
            }
        } catch (DuplicateKeyException concurrent) {
            throw ProblemException.conflict(conflictCode, id);
        }
    }
}

package com.gongxuhui.demand.followup;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.demand.api.FollowUpRecorded;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handling broker's follow-up records of a docking demand. */
@Service
public class FollowUps {

    private final FollowUpMapper followUps;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;

    public FollowUps(FollowUpMapper followUps, Demands demands, DemandAccess access, DemandTrail trail,
            OutboxPublisher events, Clock clock) {
        this.followUps = followUps;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FollowUpView record(long demandId, FollowUpForm form, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.FOLLOW_UP);
        FollowUp followUp = new FollowUp();
        followUp.setDemandId(demandId);
        followUp.setType(form.type());
        followUp.setHappenedAt(form.happenedAt().toInstant());
        followUp.setContent(form.content());
        followUp.setAuthorId(user.id());
        followUp.setAuthorName(user.name());
        followUp.setCreatedAt(clock.instant());
        followUps.insert(followUp);
        FollowUpView view = FollowUpView.of(followUp);
        trail.append(demandId, user.actor(), "FOLLOWED_UP", null, Map.of("followUp", view));
        boolean visit = form.type() == FollowUpType.VISIT;
        events.publish(new FollowUpRecorded(UUID.randomUUID(), followUp.getCreatedAt(), user.actor(),
                Long.toString(demandId), demand.coordinates(), demandId, followUp.getId(), form.type().name(), visit,
                user.id(), demand.getEnterpriseId()));
        return view;
    }

    public List<FollowUpView> list(long demandId, CurrentUser user) {
        access.requireVisible(user, demands.find(demandId));
        return followUps.findByDemand(demandId).stream().map(FollowUpView::of).toList();
    }
}

package com.gongxuhui.demand.push;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandPushedToExpert;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.expert.api.ExpertDirectoryClient;
import com.gongxuhui.expert.api.ExpertSummary;
import feign.FeignException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling broker pushes a docking demand to experts his institution maintains (asked of expert-service
 * with his own token, so another institution's expert is simply not found), once per demand-expert pair.
 */
@Service
public class ExpertPushes {

    private final ExpertPushMapper pushes;
    private final ExpertDirectoryClient experts;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final Clock clock;

    public ExpertPushes(ExpertPushMapper pushes, ExpertDirectoryClient experts, Demands demands, DemandAccess access,
            DemandTrail trail, OutboxPublisher events, Clock clock) {
        this.pushes = pushes;
        this.experts = experts;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /** All or nothing: one foreign or already-pushed expert refuses the whole request. */
    @Transactional
    public List<ExpertPushView> push(long demandId, List<Long> expertIds, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.PUSH);
        return expertIds.stream().distinct().map(expertId -> pushOne(demand, expertId, user)).toList();
    }

    public List<ExpertPushView> list(long demandId, CurrentUser user) {
        access.requireVisible(user, demands.find(demandId));
        return pushes.findByDemand(demandId).stream().map(ExpertPushView::of).toList();
    }

    private ExpertPushView pushOne(Demand demand, long expertId, CurrentUser user) {
        ExpertSummary expert = maintainedExpert(expertId, demand.getInstitutionId());
        if (pushes.exists(demand.getId(), expertId)) {
            throw ProblemException.conflict("EXPERT_ALREADY_PUSHED", expertId);
        }
        Instant now = clock.instant();
        ExpertPush push = new ExpertPush();
        push.setDemandId(demand.getId());
        push.setExpertId(expertId);
        push.setExpertName(expert.name());
        push.setExpertOrganisation(expert.organisation());
        push.setFollowsOfficialAccount(expert.followsOfficialAccount());
        push.setDelivery(PushDelivery.PENDING);
        push.setPushedBy(user.id());
        push.setPushedAt(now);
        try {
            pushes.insert(push);
        } catch (DuplicateKeyException concurrentPush) {
            throw ProblemException.conflict("EXPERT_ALREADY_PUSHED", expertId);
        }
        trail.append(demand.getId(), user.actor(), "PUSHED_TO_EXPERT", null, Map.of("expertId", expertId,
                "expertName", expert.name()));
        events.publish(new DemandPushedToExpert(UUID.randomUUID(), now, user.actor(), demand.getId().toString(),
                demand.coordinates(), demand.getId(), push.getId(), expertId, demand.getTitle(), demand.getFieldCode(),
                user.id()));
        return ExpertPushView.of(push);
    }

    private ExpertSummary maintainedExpert(long expertId, long institutionId) {
        try {
            ExpertSummary expert = experts.expert(expertId);
            if (expert.institutionId() == institutionId) {
                return expert;
            }
        } catch (FeignException.NotFound | FeignException.Forbidden notOurs) {
            // expert-service does not show this caller the expert: it is not his institution's
        }
        throw ProblemException.badRequest("EXPERT_NOT_IN_INSTITUTION", expertId);
    }
}

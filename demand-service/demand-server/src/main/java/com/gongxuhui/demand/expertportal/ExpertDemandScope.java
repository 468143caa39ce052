package com.gongxuhui.demand.expertportal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandStatus;
import com.gongxuhui.demand.push.ExpertPushMapper;
import com.gongxuhui.expert.api.ExpertDirectoryClient;
import com.gongxuhui.expert.api.ExpertSummary;
import feign.FeignException;
import org.springframework.stereotype.Component;

/**
 * Which demands an expert sees in the mini-program (domain.md, Roles: "demands pushed to him or matching his
 * subscriptions"): those pushed to him, those he docked, and docking demands in the fields he subscribed to.
 * His subscriptions are asked of expert-service with his own token. Anything else answers 404.
 */
@Component
public class ExpertDemandScope {

    /** The portal's tabs. */
    public enum View {
        ALL,
        PUSHED,
        SUBSCRIBED,
        DOCKED
    }

    private static final String PUSHED_TO = "id IN (SELECT demand_id FROM expert_push WHERE expert_id = {0})";
    private static final String DOCKED_BY =
            "id IN (SELECT demand_id FROM expert_docking WHERE expert_id = {0} AND status = 'ACTIVE')";

    private final ExpertDirectoryClient experts;
    private final ExpertPushMapper pushes;
    private final ExpertDockingMapper dockings;
    private final ForeignObjects foreignObjects;

    public ExpertDemandScope(ExpertDirectoryClient experts, ExpertPushMapper pushes, ExpertDockingMapper dockings,
            ForeignObjects foreignObjects) {
        this.experts = experts;
        this.pushes = pushes;
        this.dockings = dockings;
        this.foreignObjects = foreignObjects;
    }

    /** The calling expert as expert-service knows him; only an expert's token gets this far. */
    public ExpertSummary self(CurrentUser user) {
        if (!user.hasRole(Role.EXPERT) || user.expertId() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        try {
            return experts.expert(user.expertId());
        } catch (FeignException.NotFound gone) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
    }

    public LambdaQueryWrapper<Demand> restrict(ExpertSummary me, View view, LambdaQueryWrapper<Demand> query) {
        boolean subscribes = !me.subscribedFields().isEmpty();
        return switch (view) {
            case PUSHED -> query.apply(PUSHED_TO, me.id());
            case DOCKED -> query.apply(DOCKED_BY, me.id());
            case SUBSCRIBED -> subscribes ? matching(me, query) : query.eq(Demand::getId, -1L);
            case ALL -> query.and(q -> {
                q.apply(PUSHED_TO, me.id()).or().apply(DOCKED_BY, me.id());
                if (subscribes) {
                    q.or(m -> matching(me, m));
                }
            });
        };
    }

    /** 404 unless the expert {@code me} (the caller {@code user}) sees the demand; a refusal is a security event. */
    public void requireVisible(CurrentUser user, ExpertSummary me, Demand demand) {
        foreignObjects.requireInScope(user.id(), demand, seen -> isPushed(me, seen) || isDocked(me, seen)
                || matches(me, seen), "demand", demand.getId(), "DEMAND_NOT_FOUND");
    }

    /** The expert's own docking; another expert's answers 404 as an unknown one does, and is a security event. */
    public ExpertDocking requireOwnDocking(CurrentUser user, ExpertSummary me, long dockingId) {
        return foreignObjects.requireInScope(user.id(), dockings.selectById(dockingId),
                docking -> docking.getExpertId() == me.id(), "docking", dockingId, "DOCKING_NOT_FOUND");
    }

    public boolean isPushed(ExpertSummary me, Demand demand) {
        return pushes.exists(demand.getId(), me.id());
    }

    private boolean isDocked(ExpertSummary me, Demand demand) {
        ExpertDocking docking = dockings.find(demand.getId(), me.id());
        return docking != null && docking.getStatus() == DockingStatus.ACTIVE;
    }

    private static boolean matches(ExpertSummary me, Demand demand) {
        return demand.getStatus() == DemandStatus.DOCKING && me.subscribedFields().contains(demand.getFieldCode());
    }

    private static LambdaQueryWrapper<Demand> matching(ExpertSummary me, LambdaQueryWrapper<Demand> query) {
        return query.eq(Demand::getStatus, DemandStatus.DOCKING).in(Demand::getFieldCode, me.subscribedFields());
    }
}

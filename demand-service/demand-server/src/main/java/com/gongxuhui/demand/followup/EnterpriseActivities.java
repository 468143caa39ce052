package com.gongxuhui.demand.followup;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.demand.api.EnterpriseDemandActivity;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandMapper;
import java.util.List;
import org.springframework.stereotype.Service;

/** An enterprise's demands and the visits to it, within the caller's data scope ({@link DemandAccess}). */
@Service
class EnterpriseActivities {

    /** A detail page, not an export: the newest demands and visits are enough. */
    private static final int LIMIT = 50;

    private final DemandMapper demands;
    private final FollowUpMapper followUps;
    private final DemandAccess access;

    EnterpriseActivities(DemandMapper demands, FollowUpMapper followUps, DemandAccess access) {
        this.demands = demands;
        this.followUps = followUps;
        this.access = access;
    }

    EnterpriseDemandActivity of(long enterpriseId, CurrentUser user) {
        List<Demand> visible = demands.selectList(access.restrict(user, Wrappers.<Demand>lambdaQuery()
                .eq(Demand::getEnterpriseId, enterpriseId)).orderByDesc(Demand::getId).last("LIMIT " + LIMIT));
        if (visible.isEmpty()) {
            return new EnterpriseDemandActivity(List.of(), List.of());
        }
        List<Long> ids = visible.stream().map(Demand::getId).toList();
        List<EnterpriseDemandActivity.Visit> visits = followUps.selectList(Wrappers.<FollowUp>lambdaQuery()
                        .in(FollowUp::getDemandId, ids).eq(FollowUp::getType, FollowUpType.VISIT)
                        .orderByDesc(FollowUp::getHappenedAt).last("LIMIT " + LIMIT)).stream()
                .map(v -> new EnterpriseDemandActivity.Visit(v.getDemandId(), v.getHappenedAt(), v.getAuthorName(),
                        v.getContent()))
                .toList();
        return new EnterpriseDemandActivity(visible.stream().map(d -> new EnterpriseDemandActivity.DemandLine(d.getId(),
                d.getTitle(), d.getStatus().name(), d.getInstitutionId(), d.getHandlerName(), d.getSubmittedAt()))
                .toList(), visits);
    }
}

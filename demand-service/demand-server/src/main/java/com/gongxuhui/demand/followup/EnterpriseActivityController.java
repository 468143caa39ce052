package com.gongxuhui.demand.followup;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.demand.api.EnterpriseDemandActivity;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * demand-api's {@code DemandActivityClient}: an enterprise's demands and the visits to it, within the forwarded
 * caller's data scope ({@link DemandAccess}), for enterprise-service's detail page.
 */
@RestController
@Tag(name = "internal")
class EnterpriseActivityController {

    /** A detail page, not an export: the newest demands and visits are enough. */
    private static final int LIMIT = 50;

    private final DemandMapper demands;
    private final FollowUpMapper followUps;
    private final DemandAccess access;
    private final CurrentUserAccessor currentUser;

    EnterpriseActivityController(DemandMapper demands, FollowUpMapper followUps, DemandAccess access,
            CurrentUserAccessor currentUser) {
        this.demands = demands;
        this.followUps = followUps;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/internal/enterprises/{enterpriseId}/demand-activity")
    @Operation(summary = "An enterprise's demands and visits the caller may see (enterprise-service's detail page)")
    EnterpriseDemandActivity activity(@PathVariable long enterpriseId) {
        List<Demand> visible = demands.selectList(access.restrict(currentUser.current(), Wrappers.<Demand>lambdaQuery()
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

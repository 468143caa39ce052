package com.gongxuhui.demand.expertportal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandMapper;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.expertportal.ExpertDemandScope.View;
import com.gongxuhui.demand.push.ExpertPush;
import com.gongxuhui.demand.push.ExpertPushMapper;
import com.gongxuhui.expert.api.ExpertSummary;
import com.gongxuhui.org.api.OrgDirectoryClient;
import com.gongxuhui.org.api.StaffSummary;
import feign.FeignException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The expert's demand lists and detail in the mini-program. */
@Service
public class ExpertDemands {

    private final DemandMapper demandRows;
    private final Demands demands;
    private final ExpertDemandScope scope;
    private final ExpertDockingMapper dockings;
    private final ExpertPushMapper pushes;
    private final OrgDirectoryClient org;

    public ExpertDemands(DemandMapper demandRows, Demands demands, ExpertDemandScope scope,
            ExpertDockingMapper dockings, ExpertPushMapper pushes, OrgDirectoryClient org) {
        this.pushes = pushes;
        this.demandRows = demandRows;
        this.demands = demands;
        this.scope = scope;
        this.dockings = dockings;
        this.org = org;
    }

    /** A tab of the portal, newest first; the list leaves out the broker's contact (the detail has it). */
    public PageView<ExpertDemandView> list(View view, PageQuery page, CurrentUser user) {
        ExpertSummary me = scope.self(user);
        LambdaQueryWrapper<Demand> query = scope.restrict(me, view, Wrappers.lambdaQuery());
        query.orderByDesc(Demand::getSubmittedAt).orderByDesc(Demand::getId);
        Page<Demand> rows = demandRows.selectPage(page.toPage(), query);
        // the page's pushes and dockings in one query each, not two per row
        List<Long> ids = rows.getRecords().stream().map(Demand::getId).toList();
        Set<Long> pushed = ids.isEmpty() ? Set.of() : pushes.selectList(Wrappers.<ExpertPush>lambdaQuery()
                .eq(ExpertPush::getExpertId, me.id()).in(ExpertPush::getDemandId, ids)).stream()
                .map(ExpertPush::getDemandId).collect(Collectors.toSet());
        Map<Long, DockingView> docked = ids.isEmpty() ? Map.of() : dockings.selectList(Wrappers.<ExpertDocking>lambdaQuery()
                .eq(ExpertDocking::getExpertId, me.id()).in(ExpertDocking::getDemandId, ids)).stream()
                .collect(Collectors.toMap(ExpertDocking::getDemandId, DockingView::of));
        return PageView.of(rows, d -> ExpertDemandView.of(d, pushed.contains(d.getId()), docked.get(d.getId()), null));
    }

    public ExpertDemandView detail(long id, CurrentUser user) {
        ExpertSummary me = scope.self(user);
        Demand demand = demands.find(id);
        scope.requireVisible(user, me, demand);
        boolean pushed = scope.isPushed(me, demand);
        DockingView docking = docking(demand, me);
        boolean contactShown = pushed || docking != null && docking.status() == DockingStatus.ACTIVE;
        return ExpertDemandView.of(demand, pushed, docking, contactShown ? broker(demand) : null);
    }

    private DockingView docking(Demand demand, ExpertSummary me) {
        ExpertDocking docking = dockings.find(demand.getId(), me.id());
        return docking == null ? null : DockingView.of(docking);
    }

    private ExpertDemandView.Broker broker(Demand demand) {
        if (demand.getHandlerId() == null) {
            return null;
        }
        try {
            StaffSummary handler = org.staff(demand.getHandlerId());
            return new ExpertDemandView.Broker(handler.name(), handler.phone());
        } catch (FeignException.NotFound disabledSince) {
            return null;
        }
    }
}

package com.gongxuhui.demand.detail;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandView;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.expertportal.DockingView;
import com.gongxuhui.demand.expertportal.Dockings;
import com.gongxuhui.demand.followup.FollowUpView;
import com.gongxuhui.demand.followup.FollowUps;
import com.gongxuhui.demand.project.ProjectView;
import com.gongxuhui.demand.project.Projects;
import com.gongxuhui.demand.push.ExpertPushView;
import com.gongxuhui.demand.push.ExpertPushes;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A demand's detail page, composed of the features built on the demand (follow-ups, pushes, dockings, project):
 * apart from the demand's own controller, which those features depend on, so that the demand never depends on them.
 */
@RestController
@RequestMapping("/api/demands")
@Tag(name = "demands")
class DemandDetailController {

    private final Demands demands;
    private final FollowUps followUps;
    private final Projects projects;
    private final ExpertPushes pushes;
    private final Dockings dockings;
    private final DemandAccess access;
    private final CurrentUserAccessor currentUser;

    DemandDetailController(Demands demands, FollowUps followUps, Projects projects, ExpertPushes pushes,
            Dockings dockings, DemandAccess access, CurrentUserAccessor currentUser) {
        this.demands = demands;
        this.followUps = followUps;
        this.projects = projects;
        this.pushes = pushes;
        this.dockings = dockings;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * The detail page: the demand, its enterprise with contacts, follow-ups, pushes, project (with vouchers), and
     * the buttons the caller may press now.
     */
    record DemandDetail(DemandView demand, EnterpriseSummary enterprise, PlatformSubmission platformSubmission,
            List<FollowUpView> followUps, List<ExpertPushView> pushes, List<DockingView> dockings, ProjectView project,
            Set<DemandAction> availableActions) {
    }

    /**
     * The enterprise as a municipal platform sent it (open-API demands have no enterprise record); its contact
     * only for the people working the demand, i.e. after a claim.
     */
    record PlatformSubmission(String platformId, String externalId, String enterpriseName, String enterpriseUscc,
            String contactName, String contactPhone, String claimCommitment) {

        static PlatformSubmission of(Demand d, boolean withContact) {
            return d.getOpenPlatform() == null ? null
                    : new PlatformSubmission(d.getOpenPlatform(), d.getExternalId(), d.getEnterpriseName(),
                            d.getEnterpriseUscc(), withContact ? d.getContactName() : null,
                            withContact ? d.getContactPhone() : null, d.getClaimCommitment());
        }
    }

    @GetMapping("/{id}")
    DemandDetail detail(@PathVariable long id) {
        CurrentUser user = currentUser.current();
        Demand demand = demands.find(id);
        access.requireVisible(user, demand);
        EnterpriseSummary enterprise = demand.getEnterpriseId() == null ? null
                : demands.enterpriseCard(demand.getEnterpriseId()).orElse(null);
        return new DemandDetail(DemandView.of(demand), enterprise,
                PlatformSubmission.of(demand, access.isWorkingOn(user, demand)), followUps.list(id, user),
                pushes.list(id, user), dockings.ofDemand(id), projects.find(id, user).orElse(null),
                access.availableActions(user, demand));
    }
}

package com.gongxuhui.demand.demand;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.demand.expertportal.DockingView;
import com.gongxuhui.demand.expertportal.Dockings;
import com.gongxuhui.demand.followup.FollowUpView;
import com.gongxuhui.demand.followup.FollowUps;
import com.gongxuhui.demand.project.ProjectView;
import com.gongxuhui.demand.project.Projects;
import com.gongxuhui.demand.push.ExpertPushView;
import com.gongxuhui.demand.push.ExpertPushes;
import com.gongxuhui.demand.trail.DemandTrail;
import com.gongxuhui.demand.trail.TrailView;
import com.gongxuhui.enterprise.api.EnterpriseSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/demands")
@Tag(name = "demands", description = "Demands (需求) and their lifecycle")
class DemandController {

    private final Demands demands;
    private final FollowUps followUps;
    private final Projects projects;
    private final ExpertPushes pushes;
    private final Dockings dockings;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final CurrentUserAccessor currentUser;

    DemandController(Demands demands, FollowUps followUps, Projects projects, ExpertPushes pushes, Dockings dockings,
            DemandAccess access, DemandTrail trail, CurrentUserAccessor currentUser) {
        this.pushes = pushes;
        this.dockings = dockings;
        this.demands = demands;
        this.followUps = followUps;
        this.projects = projects;
        this.access = access;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    record Review(@NotNull Boolean approved, @Size(max = 500) String reason) {
    }

    record Handler(@NotNull Long handlerId) {
    }

    record Closure(@NotBlank @Size(max = 500) String reason) {
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

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF', 'CENTER_ADMIN')")
    @Operation(summary = "Submit a demand (broker); it waits for the institution's review")
    ResponseEntity<DemandView> submit(@Valid @RequestBody DemandForm form) {
        DemandView created = demands.submit(form, currentUser.current());
        return ResponseEntity.created(URI.create("/api/demands/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Demands the caller may see, by status (the manual's tabs), field, keyword, mine")
    PageView<DemandView> search(@Valid DemandSearch search, @Valid PageQuery page) {
        return demands.search(search, page, currentUser.current());
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

    @PostMapping("/{id}/review")
    @Operation(summary = "Approve (→ 对接中) or reject with a reason (institution administrator)")
    DemandView review(@PathVariable long id, @Valid @RequestBody Review review) {
        return demands.review(id, review.approved(), review.reason(), currentUser.current());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a rejected demand (its submitter) or update a docking one (its handler or the "
            + "institution administrator); the trail records the fields that changed")
    DemandView edit(@PathVariable long id, @Valid @RequestBody DemandForm form) {
        return demands.edit(id, form, currentUser.current());
    }

    @PostMapping("/{id}/resubmission")
    @Operation(summary = "Send a corrected demand back to review (its submitter)")
    DemandView resubmit(@PathVariable long id) {
        return demands.resubmit(id, currentUser.current());
    }

    @PutMapping("/{id}/handler")
    @Operation(summary = "Hand the demand to another broker (institution or centre administrator)")
    DemandView reassign(@PathVariable long id, @Valid @RequestBody Handler handler) {
        return demands.reassign(id, handler.handlerId(), currentUser.current());
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a docking demand that cannot be solved, with the reason")
    DemandView close(@PathVariable long id, @Valid @RequestBody Closure closure) {
        return demands.close(id, closure.reason(), currentUser.current());
    }

    @GetMapping("/{id}/trail")
    @Operation(summary = "The demand's timeline, with whether its hash chain still verifies")
    TrailView trail(@PathVariable long id) {
        access.requireVisible(currentUser.current(), demands.find(id));
        return trail.read(id);
    }
}

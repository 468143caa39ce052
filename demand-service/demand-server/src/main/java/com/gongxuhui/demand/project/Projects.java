package com.gongxuhui.demand.project;

import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.demand.api.DemandCompleted;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandMapper;
import com.gongxuhui.demand.demand.Demands;
import com.gongxuhui.demand.file.DemandFileView;
import com.gongxuhui.demand.file.DemandFiles;
import com.gongxuhui.demand.file.FilePurpose;
import com.gongxuhui.demand.trail.DemandTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering the cooperation project that completes a demand, and the fee vouchers paid against it. */
@Service
public class Projects {

    private final ProjectMapper projects;
    private final FeeVoucherMapper vouchers;
    private final DemandMapper demandRows;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final OutboxPublisher events;
    private final DemandFiles files;
    private final Clock clock;

    public Projects(ProjectMapper projects, FeeVoucherMapper vouchers, DemandMapper demandRows, Demands demands,
            DemandAccess access, DemandTrail trail, OutboxPublisher events, DemandFiles files, Clock clock) {
        this.projects = projects;
        this.vouchers = vouchers;
        this.demandRows = demandRows;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
        this.events = events;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public ProjectView register(long demandId, ProjectForm form, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.REGISTER_PROJECT);
        Instant now = clock.instant();
        Project project = new Project();
        project.setDemandId(demandId);
        project.setName(form.name());
        project.setCategory(form.category());
        project.setContractAmount(form.contractAmount());
        project.setSignedOn(form.signedOn());
        project.setLeader(form.leader());
        project.setMembers(form.members());
        project.setUndertakingUnit(form.undertakingUnit());
        project.setSubjectType(form.subjectType());
        project.setCooperationMode(form.cooperationMode());
        project.setFeeRatio(demand.getFeeRatio());
        project.setHandlerId(demand.getHandlerId());
        project.setRegisteredBy(user.id());
        project.setRegisteredAt(now);
        projects.insert(project);
        demand.apply(DemandAction.REGISTER_PROJECT);
        demand.setUpdatedAt(now);
        if (demandRows.updateById(demand) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
        ProjectView view = ProjectView.of(project, List.of(), contractOf(demandId));
        trail.append(demandId, user.actor(), "PROJECT_REGISTERED", Map.of("status", "DOCKING"),
                Map.of("status", demand.getStatus(), "project", view));
        events.publish(new DemandCompleted(UUID.randomUUID(), now, user.actor(), Long.toString(demandId),
                demand.coordinates(), demandId, project.getId(), project.getContractAmount(), project.getFeeRatio(),
                project.getHandlerId()));
        return view;
    }

    @Transactional
    public ProjectView addVoucher(long demandId, VoucherForm form, CurrentUser user) {
        Demand demand = demands.find(demandId);
        access.require(user, demand, DemandAction.ADD_VOUCHER);
        Project project = projects.findByDemand(demandId).orElseThrow();
        FeeVoucher voucher = new FeeVoucher();
        voucher.setProjectId(project.getId());
        voucher.setAmount(form.amount());
        voucher.setPaidOn(form.paidOn());
        voucher.setNote(form.note());
        voucher.setUploadedBy(user.id());
        voucher.setUploadedAt(clock.instant());
        vouchers.insert(voucher);
        trail.append(demandId, user.actor(), "FEE_VOUCHER_ADDED", null, Map.of("amount", form.amount(),
                "paidOn", form.paidOn()));
        return view(project);
    }

    /** The demand's project, if it has one, for whoever may see the demand. */
    public Optional<ProjectView> find(long demandId, CurrentUser user) {
        access.requireVisible(user, demands.find(demandId));
        return projects.findByDemand(demandId).map(this::view);
    }

    private ProjectView view(Project project) {
        return ProjectView.of(project, vouchers.findByProject(project.getId()), contractOf(project.getDemandId()));
    }

    private DemandFileView contractOf(long demandId) {
        return files.latest(demandId, FilePurpose.CONTRACT).orElse(null);
    }
}

package com.gongxuhui.demand.project;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.demand.demand.Demand;
import com.gongxuhui.demand.demand.DemandAccess;
import com.gongxuhui.demand.demand.DemandAction;
import com.gongxuhui.demand.demand.DemandRepository;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering the cooperation project that completes a demand, and the fee vouchers paid against it. */
@Service
public class Projects {

    private final ProjectMapper projects;
    private final FeeVoucherMapper vouchers;
    private final DemandRepository demandRepository;
    private final Demands demands;
    private final DemandAccess access;
    private final DemandTrail trail;
    private final DemandFiles files;
    private final Clock clock;

    public Projects(ProjectMapper projects, FeeVoucherMapper vouchers, DemandRepository demandRepository,
            Demands demands, DemandAccess access, DemandTrail trail, DemandFiles files, Clock clock) {
        this.projects = projects;
        this.vouchers = vouchers;
        this.demandRepository = demandRepository;
        this.demands = demands;
        this.access = access;
        this.trail = trail;
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
        ProjectView view = ProjectView.of(project, List.of(), contractOf(demandId));
        demand.complete(project.getId(), project.getContractAmount(), view, user.actor(), now);
        demandRepository.save(demand);
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

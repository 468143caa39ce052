package com.gongxuhui.org.institution;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import com.gongxuhui.org.api.InstitutionRegistered;
import com.gongxuhui.org.audit.AuditTrail;
import com.gongxuhui.org.region.Regions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, changing and finding institutions. */
@Service
public class Institutions {

    private final InstitutionMapper institutions;
    private final InstitutionAccess access;
    private final HeadOffices headOffices;
    private final AccountRegistration accounts;
    private final Regions regions;
    private final AuditTrail audit;
    private final OutboxPublisher events;
    private final Clock clock;

    public Institutions(InstitutionMapper institutions, InstitutionAccess access, HeadOffices headOffices,
            AccountRegistration accounts, Regions regions, AuditTrail audit, OutboxPublisher events, Clock clock) {
        this.institutions = institutions;
        this.access = access;
        this.headOffices = headOffices;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The institution, its head office and its administrator, all or nothing. */
    @Transactional
    public InstitutionView register(RegisterInstitutionRequest request, CurrentUser actor) {
        UnifiedSocialCreditCode.problem(request.uscc(), !request.usccCheckOverride()).ifPresent(kind -> {
            throw ProblemException.badRequest("USCC_INVALID", request.uscc());
        });
        if (regions.find(request.regionCode()).isEmpty()) {
            throw ProblemException.badRequest("REGION_NOT_FOUND", request.regionCode());
        }
        if (institutions.existsByUscc(request.uscc())) {
            throw ProblemException.conflict("USCC_TAKEN", request.uscc());
        }
        Instant now = clock.instant();
        Institution institution = new Institution();
        institution.setName(request.name());
        institution.setUscc(request.uscc());
        institution.setUsccCheckOverridden(request.usccCheckOverride());
        institution.setType(request.type());
        institution.setServiceTypes(EnumSet.copyOf(request.serviceTypes()));
        institution.setRegionCode(request.regionCode());
        institution.setMinFeeRatio(request.minFeeRatio());
        institution.setIntroduction(request.introduction());
        institution.setHeadName(request.headName());
        institution.setCreatedAt(now);
        institution.setUpdatedAt(now);
        try {
            institutions.insert(institution);
        } catch (DuplicateKeyException concurrentRegistration) {
            throw ProblemException.conflict("USCC_TAKEN", request.uscc());
        }
        long headOfficeId = headOffices.openFor(institution, actor);
        var admin = request.admin();
        Account administrator = accounts.register(new NewAccount(admin.phone(), admin.password(), admin.name(),
                Set.of(Role.INST_ADMIN), institution.getId(), headOfficeId, institution.getRegionCode()),
                actor.actor());
        InstitutionView view = InstitutionView.of(institution);
        audit.record(actor.actor(), "INSTITUTION_REGISTERED", "INSTITUTION", institution.getId(), institution.getId(),
                null, view);
        events.publish(new InstitutionRegistered(UUID.randomUUID(), now, actor.actor(), institution.getId().toString(),
                new OrgCoordinates(institution.getId(), headOfficeId, institution.getRegionCode()),
                institution.getId(), institution.getName(), institution.getUscc(), institution.getType().name(),
                institution.getRegionCode(), institution.getMinFeeRatio(), headOfficeId, administrator.getId()));
        return view;
    }

    @Transactional
    public InstitutionView update(long id, UpdateInstitutionRequest request, CurrentUser user) {
        Institution institution = access.requireManageable(user, id);
        InstitutionView before = InstitutionView.of(institution);
        institution.setType(request.type());
        institution.setServiceTypes(EnumSet.copyOf(request.serviceTypes()));
        institution.setMinFeeRatio(request.minFeeRatio());
        institution.setIntroduction(request.introduction());
        institution.setHeadName(request.headName());
        institution.setUpdatedAt(clock.instant());
        if (institutions.updateById(institution) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
        InstitutionView after = InstitutionView.of(institution);
        audit.record(user.actor(), "INSTITUTION_UPDATED", "INSTITUTION", id, id, before, after);
        return after;
    }

    public InstitutionView get(long id, CurrentUser user) {
        return InstitutionView.of(access.requireVisible(user, id));
    }

    public PageView<InstitutionView> search(InstitutionSearch search, PageQuery page, CurrentUser user) {
        var query = Wrappers.<Institution>lambdaQuery()
                .and(search.keyword() != null, q -> q.like(Institution::getName, search.keyword())
                        .or().eq(Institution::getUscc, search.keyword()))
                .eq(search.type() != null, Institution::getType, search.type())
                .in(search.regionCode() != null, Institution::getRegionCode,
                        search.regionCode() == null ? Set.of() : regions.descendants(search.regionCode()))
                .orderByDesc(Institution::getId);
        return PageView.of(institutions.selectPage(page.toPage(), access.restrict(user, query)), InstitutionView::of);
    }
}

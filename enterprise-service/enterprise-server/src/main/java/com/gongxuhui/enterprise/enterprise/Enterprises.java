package com.gongxuhui.enterprise.enterprise;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import com.gongxuhui.common.web.PageQuery;
import com.gongxuhui.common.web.PageView;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.enterprise.api.EnterpriseRegistered;
import com.gongxuhui.enterprise.registry.BusinessRegistry;
import com.gongxuhui.enterprise.registry.RegisteredEnterprise;
import com.gongxuhui.enterprise.registry.RegistryProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, correcting and finding enterprises. */
@Service
public class Enterprises {

    private final EnterpriseMapper enterprises;
    private final EnterpriseLinkMapper links;
    private final EnterpriseAccess access;
    private final EnterpriseRegions regions;
    private final BusinessRegistry registry;
    private final OutboxPublisher events;
    private final Clock clock;

    public Enterprises(EnterpriseMapper enterprises, EnterpriseLinkMapper links, EnterpriseAccess access,
            EnterpriseRegions regions, BusinessRegistry registry, OutboxPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.links = links;
        this.access = access;
        this.regions = regions;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an enterprise for the caller's institution, which is linked to it from now on. Verified when the
     * registry confirms the credit code; unverified when the registry cannot be asked.
     */
    @Transactional
    public EnterpriseView register(EnterpriseForm form, CurrentUser user) {
        if (user.institutionId() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        UnifiedSocialCreditCode.problem(form.uscc(), true).ifPresent(kind -> {
            throw ProblemException.badRequest("USCC_INVALID", form.uscc());
        });
        enterprises.findByUscc(form.uscc()).ifPresent(existing -> {
            throw exists(existing, user);
        });
        Optional<RegisteredEnterprise> confirmed = confirm(form, user);
        Instant now = clock.instant();
        Enterprise enterprise = new Enterprise();
        confirmed.ifPresentOrElse(registered -> fill(enterprise, registered), () -> fill(enterprise, form));
        enterprise.setUscc(form.uscc());
        enterprise.setRegionCode(form.regionCode());
        enterprise.setMountainCounty(regions.isMountainCounty(form.regionCode()));
        enterprise.setVerified(confirmed.isPresent());
        enterprise.setCreatorId(user.id());
        enterprise.setCreatorName(user.name());
        enterprise.setCreatorInstitutionId(user.institutionId());
        enterprise.setCreatedAt(now);
        enterprise.setUpdatedAt(now);
        try {
            enterprises.insert(enterprise);
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw enterprises.findByUscc(form.uscc()).map(existing -> exists(existing, user))
                    .orElseThrow(() -> recordedMeanwhile);
        }
        links.link(enterprise.getId(), user.institutionId(), now);
        events.publish(new EnterpriseRegistered(UUID.randomUUID(), now, user.actor(), enterprise.getId().toString(),
                new OrgCoordinates(user.institutionId(), user.centreId(), user.regionCode()), enterprise.getId(),
                enterprise.getName(), enterprise.getUscc(), enterprise.getRegionCode(), enterprise.isVerified(),
                user.institutionId()));
        return EnterpriseView.of(enterprise);
    }

    @Transactional
    public EnterpriseView update(long id, EnterpriseUpdate update, CurrentUser user) {
        Enterprise enterprise = access.requireEditable(user, id);
        if (!enterprise.getRegionCode().equals(update.regionCode())) {
            enterprise.setMountainCounty(regions.isMountainCounty(update.regionCode()));
        }
        enterprise.setName(update.name());
        enterprise.setLegalRepresentative(update.legalRepresentative());
        enterprise.setRegisteredCapital(update.registeredCapital());
        enterprise.setEstablishedOn(update.establishedOn());
        enterprise.setAddress(update.address());
        enterprise.setBusinessScope(update.businessScope());
        enterprise.setIndustry(update.industry());
        enterprise.setRegionCode(update.regionCode());
        enterprise.setUpdatedAt(clock.instant());
        if (enterprises.updateById(enterprise) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
        return EnterpriseView.of(enterprise);
    }

    public PageView<EnterpriseView> search(EnterpriseSearch search, PageQuery page, CurrentUser user) {
        LambdaQueryWrapper<Enterprise> query = Wrappers.<Enterprise>lambdaQuery()
                .and(search.keyword() != null, q -> q.like(Enterprise::getName, search.keyword())
                        .or().eq(Enterprise::getUscc, search.keyword()))
                .eq(search.mountainCounty() != null, Enterprise::isMountainCounty, search.mountainCounty())
                .orderByDesc(Enterprise::getId);
        if (search.region() != null) {
            query.in(Enterprise::getRegionCode, regions.area(search.region()));
        }
        return PageView.of(enterprises.selectPage(page.toPage(), access.restrict(user, query)), EnterpriseView::of);
    }

    /** Those of the named enterprises that the caller may see; the others are left out. */
    public List<Enterprise> visible(Collection<Long> ids, CurrentUser user) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return enterprises.selectList(
                access.restrict(user, Wrappers.<Enterprise>lambdaQuery().in(Enterprise::getId, ids)));
    }

    /**
     * What the registry says about the named enterprise, when it can say anything. A registry that knows the name
     * under another credit code, or not at all, refuses the record: it would be a typo or a made-up enterprise.
     */
    private Optional<RegisteredEnterprise> confirm(EnterpriseForm form, CurrentUser user) {
        Optional<RegisteredEnterprise> registered;
        try {
            registered = registry.find(form.name(), user);
        } catch (RegistryProblem cannotAskNow) {
            return Optional.empty();
        }
        RegisteredEnterprise found = registered
                .orElseThrow(() -> ProblemException.badRequest("ENTERPRISE_NOT_REGISTERED", form.name()));
        if (!found.uscc().equals(form.uscc())) {
            throw ProblemException.badRequest("USCC_MISMATCH", found.name(), found.uscc());
        }
        return registered;
    }

    /**
     * The duplicate's id, for a caller who may see it (he opens the record instead); to anyone else only that the
     * credit code is taken, so that sequential ids and credit codes reveal no other institution's records.
     */
    private ProblemException exists(Enterprise existing, CurrentUser user) {
        ProblemException exists = ProblemException.conflict("ENTERPRISE_EXISTS", existing.getUscc());
        return access.canSee(user, existing) ? exists.with("existingId", existing.getId()) : exists;
    }

    private static void fill(Enterprise enterprise, RegisteredEnterprise registered) {
        enterprise.setName(registered.name());
        enterprise.setLegalRepresentative(registered.legalRepresentative());
        enterprise.setRegisteredCapital(registered.registeredCapital());
        enterprise.setEstablishedOn(registered.establishedOn());
        enterprise.setAddress(registered.address());
        enterprise.setBusinessScope(registered.businessScope());
        enterprise.setIndustry(registered.industry());
    }

    private static void fill(Enterprise enterprise, EnterpriseForm form) {
        enterprise.setName(form.name());
        enterprise.setLegalRepresentative(form.legalRepresentative());
        enterprise.setRegisteredCapital(form.registeredCapital());
        enterprise.setEstablishedOn(form.establishedOn());
        enterprise.setAddress(form.address());
        enterprise.setBusinessScope(form.businessScope());
        enterprise.setIndustry(form.industry());
    }
}

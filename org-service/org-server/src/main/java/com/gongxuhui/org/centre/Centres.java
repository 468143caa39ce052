package com.gongxuhui.org.centre;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.gongxuhui.common.event.OrgCoordinates;
import com.gongxuhui.common.event.OutboxPublisher;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.api.CentreCreated;
import com.gongxuhui.org.audit.AuditTrail;
import com.gongxuhui.org.institution.HeadOffices;
import com.gongxuhui.org.institution.Institution;
import com.gongxuhui.org.institution.InstitutionAccess;
import com.gongxuhui.org.region.Regions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution's local transfer centres, its head office among them. */
@Service
public class Centres implements HeadOffices {

    private static final String HEAD_OFFICE_NAME = "总部";
    private static final Set<String> CENTRE_LEVELS = Set.of("CITY", "COUNTY");

    private final CentreMapper centres;
    private final AccountMapper accounts;
    private final InstitutionAccess access;
    private final Regions regions;
    private final AuditTrail audit;
    private final OutboxPublisher events;
    private final Clock clock;
    private final ForeignObjects foreignObjects;

    public Centres(CentreMapper centres, AccountMapper accounts, InstitutionAccess access, Regions regions,
            AuditTrail audit, OutboxPublisher events, Clock clock, ForeignObjects foreignObjects) {
        this.centres = centres;
        this.accounts = accounts;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.foreignObjects = foreignObjects;
    }

    @Override
    public long openFor(Institution institution, CurrentUser actor) {
        Centre headOffice = new Centre();
        headOffice.setInstitutionId(institution.getId());
        headOffice.setName(HEAD_OFFICE_NAME);
        headOffice.setRegionCode(institution.getRegionCode());
        headOffice.setLegalPerson(true);
        headOffice.setHeadOffice(true);
        return open(headOffice, actor).getId();
    }

    @Transactional
    public CentreView create(long institutionId, CentreRequest request, CurrentUser user) {
        Institution institution = access.requireManageable(user, institutionId);
        requireCentreRegion(request.regionCode());
        requireUniqueName(institution.getId(), request.name(), null);
        Centre centre = new Centre();
        centre.setInstitutionId(institution.getId());
        apply(centre, request);
        return CentreView.of(open(centre, user));
    }

    @Transactional
    public CentreView update(long institutionId, long centreId, CentreRequest request, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Centre centre = find(institutionId, centreId, user);
        requireCentreRegion(request.regionCode());
        requireUniqueName(institutionId, request.name(), centreId);
        CentreView before = CentreView.of(centre);
        apply(centre, request);
        centre.setUpdatedAt(clock.instant());
        if (centres.updateById(centre) == 0) {
            throw ProblemException.conflict("CONCURRENT_UPDATE");
        }
        CentreView after = CentreView.of(centre);
        audit.record(user.actor(), "CENTRE_UPDATED", "CENTRE", centreId, institutionId, before, after);
        return after;
    }

    /** A centre that still has staff, or the head office, stays: staff must always belong somewhere. */
    @Transactional
    public void delete(long institutionId, long centreId, CurrentUser user) {
        access.requireManageable(user, institutionId);
        Centre centre = find(institutionId, centreId, user);
        if (centre.isHeadOffice()) {
            throw ProblemException.conflict("CENTRE_IS_HEAD_OFFICE");
        }
        if (accounts.exists(Wrappers.<Account>lambdaQuery().eq(Account::getCentreId, centreId))) {
            throw ProblemException.conflict("CENTRE_HAS_STAFF");
        }
        centres.deleteById(centreId);
        audit.record(user.actor(), "CENTRE_DELETED", "CENTRE", centreId, institutionId, CentreView.of(centre), null);
    }

    public List<CentreView> list(long institutionId, CurrentUser user) {
        access.requireVisible(user, institutionId);
        return centres.findByInstitution(institutionId).stream().map(CentreView::of).toList();
    }

    public CentreView get(long institutionId, long centreId, CurrentUser user) {
        access.requireVisible(user, institutionId);
        return CentreView.of(find(institutionId, centreId, user));
    }

    /** The centre of this institution, or 404 (also for a centre of another institution: a security event). */
    public Centre find(long institutionId, long centreId, CurrentUser user) {
        return foreignObjects.requireInScope(user.id(), centres.selectById(centreId),
                centre -> centre.getInstitutionId() == institutionId, "centre", centreId, "CENTRE_NOT_FOUND");
    }

    private Centre open(Centre centre, CurrentUser actor) {
        Instant now = clock.instant();
        centre.setCreatedAt(now);
        centre.setUpdatedAt(now);
        try {
            centres.insert(centre);
        } catch (DuplicateKeyException concurrentCreation) {
            throw ProblemException.conflict("CENTRE_NAME_TAKEN", centre.getName());
        }
        audit.record(actor.actor(), "CENTRE_CREATED", "CENTRE", centre.getId(), centre.getInstitutionId(), null,
                CentreView.of(centre));
        events.publish(new CentreCreated(UUID.randomUUID(), now, actor.actor(), centre.getId().toString(),
                new OrgCoordinates(centre.getInstitutionId(), centre.getId(), centre.getRegionCode()), centre.getId(),
                centre.getInstitutionId(), centre.getName(), centre.getRegionCode(), centre.isHeadOffice()));
        return centre;
    }

    private void requireCentreRegion(String regionCode) {
        boolean cityOrCounty = regions.find(regionCode).map(region -> CENTRE_LEVELS.contains(region.level().name()))
                .orElse(false);
        if (!cityOrCounty) {
            throw ProblemException.badRequest("CENTRE_REGION_INVALID", regionCode);
        }
    }

    private void requireUniqueName(long institutionId, String name, Long exceptId) {
        if (centres.existsByName(institutionId, name, exceptId)) {
            throw ProblemException.conflict("CENTRE_NAME_TAKEN", name);
        }
    }

    private static void apply(Centre centre, CentreRequest request) {
        centre.setName(request.name());
        centre.setRegionCode(request.regionCode());
        centre.setAddress(request.address());
        centre.setLegalPerson(request.legalPerson());
        centre.setContactName(request.contactName());
        centre.setContactPhone(request.contactPhone());
    }
}

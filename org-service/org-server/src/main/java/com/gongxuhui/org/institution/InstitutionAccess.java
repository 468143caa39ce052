package com.gongxuhui.org.institution;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.region.Regions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and who may change an institution and everything under it (its
 * centres, staff and audit trail). A system administrator: everything. An institution's own people: their
 * institution (its administrator may change it). A bureau manager: institutions registered in his region or
 * running a centre there, read-only. Everybody else: nothing — and what one may not see answers 404, so that
 * ids of other institutions reveal nothing.
 */
@Component
public class InstitutionAccess {

    private final InstitutionMapper institutions;
    private final CentreLocations centres;
    private final Regions regions;
    private final ForeignObjects foreignObjects;

    public InstitutionAccess(InstitutionMapper institutions, CentreLocations centres, Regions regions,
            ForeignObjects foreignObjects) {
        this.institutions = institutions;
        this.centres = centres;
        this.regions = regions;
        this.foreignObjects = foreignObjects;
    }

    /**
     * The institution if the caller may see it; otherwise 404 whether or not it exists (one that exists is a
     * security event).
     */
    public Institution requireVisible(CurrentUser user, long institutionId) {
        return foreignObjects.requireInScope(user.id(), institutions.selectById(institutionId),
                institution -> canSee(user, institution), "institution", institutionId, "INSTITUTION_NOT_FOUND");
    }

    /** Whether the caller may see the institution (an unknown one he may not). */
    public boolean isVisible(CurrentUser user, long institutionId) {
        Institution institution = institutions.selectById(institutionId);
        return institution != null && canSee(user, institution);
    }

    /** The institution if the caller may change it: 404 when he may not even see it, 403 when only see. */
    public Institution requireManageable(CurrentUser user, long institutionId) {
        Institution institution = requireVisible(user, institutionId);
        if (!isManageable(user, institutionId)) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        return institution;
    }

    /** Whether the caller may change the institution: he is the system administrator or its administrator. */
    public boolean isManageable(CurrentUser user, long institutionId) {
        return user.hasRole(Role.SYS_ADMIN)
                || user.hasRole(Role.INST_ADMIN) && Objects.equals(user.institutionId(), institutionId);
    }

    /** Narrows a query of institutions to those the caller may see. */
    public LambdaQueryWrapper<Institution> restrict(CurrentUser user, LambdaQueryWrapper<Institution> query) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return query;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            Collection<String> area = regions.descendants(user.regionCode());
            List<Long> withCentreThere = centres.institutionsWithCentreIn(area);
            return query.and(q -> q.in(Institution::getRegionCode, area).or(!withCentreThere.isEmpty(),
                    inner -> inner.in(Institution::getId, withCentreThere)));
        }
        return query.eq(Institution::getId,
                user.institutionId() == null || !isInstitutionPerson(user) ? -1L : user.institutionId());
    }

    private boolean canSee(CurrentUser user, Institution institution) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return true;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            return regions.isWithin(institution.getRegionCode(), user.regionCode())
                    || centres.centreRegionsOf(institution.getId()).stream()
                            .anyMatch(centreRegion -> regions.isWithin(centreRegion, user.regionCode()));
        }
        return isInstitutionPerson(user) && Objects.equals(user.institutionId(), institution.getId());
    }

    /**
     * An administrator or broker of an institution. An expert's token names the institution that maintains him too,
     * but he is none of its people: he sees nothing of it.
     */
    private static boolean isInstitutionPerson(CurrentUser user) {
        return user.hasRole(Role.INST_ADMIN) || user.hasRole(Role.CENTER_ADMIN) || user.hasRole(Role.STAFF);
    }
}

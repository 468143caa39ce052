package com.gongxuhui.enterprise.enterprise;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.RegionClient;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may change an enterprise and everything under it (its contacts): the one place of
 * enterprise-service's data scope. A system administrator: everything. The people of an institution that works
 * with the enterprise (its creator's institution, and those linked to it since): see and edit. A bureau manager:
 * the enterprises in his region, read-only. Everybody else: nothing — what one may not see answers 404, so that
 * ids of other institutions' enterprises reveal nothing; what one sees but may not change, 403.
 */
@Component
public class EnterpriseAccess {

    private final EnterpriseMapper enterprises;
    private final EnterpriseLinkMapper links;
    private final RegionClient regions;
    private final ForeignObjects foreignObjects;

    public EnterpriseAccess(EnterpriseMapper enterprises, EnterpriseLinkMapper links, RegionClient regions,
            ForeignObjects foreignObjects) {
        this.enterprises = enterprises;
        this.links = links;
        this.regions = regions;
        this.foreignObjects = foreignObjects;
    }

    /** Narrows a query of enterprises to those the caller may see. */
    public LambdaQueryWrapper<Enterprise> restrict(CurrentUser user, LambdaQueryWrapper<Enterprise> query) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return query;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            return query.in(Enterprise::getRegionCode, regions.descendants(user.regionCode()));
        }
        if (isInstitutionPerson(user)) {
            long institution = user.institutionId();
            return query.and(q -> q.eq(Enterprise::getCreatorInstitutionId, institution)
                    .or().inSql(Enterprise::getId, EnterpriseLinkMapper.enterprisesOf(institution)));
        }
        return query.eq(Enterprise::getId, -1L);
    }

    /**
     * The enterprise if the caller may see it; otherwise 404 whether or not it exists (one that exists is a security
     * event: the caller named another institution's enterprise, in a path or in a demand).
     */
    public Enterprise requireVisible(CurrentUser user, long id) {
        return foreignObjects.requireInScope(user.id(), enterprises.selectById(id),
                enterprise -> canSee(user, enterprise), "enterprise", id, "ENTERPRISE_NOT_FOUND");
    }

    /** The enterprise if the caller may change it: 404 when he may not even see it, 403 when only see. */
    public Enterprise requireEditable(CurrentUser user, long id) {
        Enterprise enterprise = requireVisible(user, id);
        if (!user.hasRole(Role.SYS_ADMIN) && !worksWith(user, enterprise)) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        return enterprise;
    }

    public boolean canSee(CurrentUser user, Enterprise enterprise) {
        if (user.hasRole(Role.SYS_ADMIN) || worksWith(user, enterprise)) {
            return true;
        }
        return user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null
                && regions.descendants(user.regionCode()).contains(enterprise.getRegionCode());
    }

    private boolean worksWith(CurrentUser user, Enterprise enterprise) {
        return isInstitutionPerson(user)
                && (Objects.equals(enterprise.getCreatorInstitutionId(), user.institutionId())
                        || links.linked(enterprise.getId(), user.institutionId()));
    }

    private static boolean isInstitutionPerson(CurrentUser user) {
        return user.institutionId() != null && (user.hasRole(Role.INST_ADMIN) || user.hasRole(Role.CENTER_ADMIN)
                || user.hasRole(Role.STAFF));
    }
}

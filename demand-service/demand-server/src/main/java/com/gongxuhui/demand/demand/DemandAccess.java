package com.gongxuhui.demand.demand;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.RegionClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may see a demand and who may do what to it: the one place of demand-service's data scope (domain.md,
 * Roles). Seeing: a system administrator everything; a bureau manager his region; an institution
 * administrator his institution's demands; a centre administrator his centre's and his own; a broker those he
 * submitted or handles; anyone of an institution a demand is opened to, that demand (the pool). Doing: the institution administrator reviews; the submitter edits and resubmits a
 * rejected demand; the handler follows up, pushes to experts, registers the project and closes (his institution administrator may close too); the
 * institution administrator or the handling centre's administrator reassigns; the institution administrator
 * opens it to others, and another institution's administrator, to whom it is open, accepts it. A demand a
 * municipal platform brought into the pool is seen by everyone of an institution and claimed by an institution
 * administrator. Experts never see the console's view of a demand: theirs is the expert portal's
 * ({@code ExpertDemandScope}). What one may not see answers 404; what one sees but may not do, 403; what the
 * state forbids, 409.
 */
@Component
public class DemandAccess {

    private final RegionClient regions;
    private final DemandOpenings openings;
    private final ForeignObjects foreignObjects;

    public DemandAccess(RegionClient regions, DemandOpenings openings, ForeignObjects foreignObjects) {
        this.regions = regions;
        this.openings = openings;
        this.foreignObjects = foreignObjects;
    }

    /** The kinds of list scope, in the order a caller's roles are tried ({@link #scopeOf}). */
    private enum Scope {
        EVERYTHING, REGION, INSTITUTION, CENTRE_AND_OWN, OWN, NOTHING
    }

    private static Scope scopeOf(CurrentUser user) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return Scope.EVERYTHING;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            return Scope.REGION;
        }
        if (user.hasRole(Role.INST_ADMIN) && user.institutionId() != null) {
            return Scope.INSTITUTION;
        }
        if (user.hasRole(Role.CENTER_ADMIN) && user.centreId() != null) {
            return Scope.CENTRE_AND_OWN;
        }
        return user.hasRole(Role.STAFF) ? Scope.OWN : Scope.NOTHING;
    }

    public LambdaQueryWrapper<Demand> restrict(CurrentUser user, LambdaQueryWrapper<Demand> query) {
        return switch (scopeOf(user)) {
            case EVERYTHING -> query;
            case REGION -> query.in(Demand::getRegionCode, regions.descendants(user.regionCode()));
            case INSTITUTION -> query.eq(Demand::getInstitutionId, user.institutionId());
            case CENTRE_AND_OWN -> query.and(q -> q.eq(Demand::getCentreId, user.centreId())
                    .or().eq(Demand::getHandlerId, user.id()).or().eq(Demand::getSubmitterId, user.id()));
            case OWN -> query.and(q -> q.eq(Demand::getHandlerId, user.id()).or().eq(Demand::getSubmitterId, user.id()));
            case NOTHING -> query.eq(Demand::getId, -1L);
        };
    }

    /** Whether {@link #restrict}'s condition is an OR over columns, which no single index serves in order. */
    boolean scopeSpansColumns(CurrentUser user) {
        Scope scope = scopeOf(user);
        return scope == Scope.CENTRE_AND_OWN || scope == Scope.OWN;
    }

    /** The check every operation on a demand starts with: 404 unless seen, 403 unless allowed, 409 unless now. */
    public void require(CurrentUser user, Demand demand, DemandAction action) {
        requireVisible(user, demand);
        if (!mayDo(user, demand, action)) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        DemandStateMachine.next(demand.getStatus(), action);
    }

    /** 404 unless the caller sees the (existing) demand; a refusal is a security event. */
    public void requireVisible(CurrentUser user, Demand demand) {
        foreignObjects.requireInScope(user.id(), demand, seen -> canSee(user, seen), "demand", demand.getId(),
                "DEMAND_NOT_FOUND");
    }

    /** Attaching files: the people working the demand (its submitter, handler and institution administrator). */
    public void requireWorkingOn(CurrentUser user, Demand demand) {
        requireVisible(user, demand);
        if (!isWorkingOn(user, demand)) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
    }

    /** The actions the caller may take now: what the console shows as buttons. */
    public Set<DemandAction> availableActions(CurrentUser user, Demand demand) {
        return DemandStateMachine.allowedIn(demand.getStatus()).stream().filter(action -> mayDo(user, demand, action))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DemandAction.class)));
    }

    boolean canSee(CurrentUser user, Demand demand) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return true;
        }
        if (user.hasRole(Role.EXPERT)) {
            return false;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            List<String> area = regions.descendants(user.regionCode());
            return area.contains(demand.getRegionCode());
        }
        return isAdminOf(user, demand)
                || user.hasRole(Role.CENTER_ADMIN) && Objects.equals(user.centreId(), demand.getCentreId())
                || isHandler(user, demand) || isSubmitter(user, demand) || isOpenTo(user, demand)
                || demand.getStatus() == DemandStatus.IN_POOL && user.institutionId() != null;
    }

    /** Opened to the caller's (other) institution: its people see it in their pool and may look at it. */
    private boolean isOpenTo(CurrentUser user, Demand demand) {
        return user.institutionId() != null && openings.isOpenTo(demand.getId(), user.institutionId());
    }

    private boolean mayDo(CurrentUser user, Demand demand, DemandAction action) {
        return switch (action) {
            case APPROVE, REJECT -> isAdminOf(user, demand);
            // a rejected demand is its submitter's to correct; a docking one its handler's to keep up to date
            case EDIT -> demand.getStatus() == DemandStatus.DOCKING ? isHandler(user, demand) || isAdminOf(user, demand)
                    : isSubmitter(user, demand);
            case RESUBMIT -> isSubmitter(user, demand);
            case PUBLISH -> isAdminOf(user, demand);
            case ACCEPT -> user.hasRole(Role.INST_ADMIN) && isOpenTo(user, demand);
            case CLAIM -> user.hasRole(Role.INST_ADMIN) && user.institutionId() != null;
            // the expert portal's own steps, never the console's
            case EXPERT_DOCK, EXPERT_CANCEL_DOCKING -> false;
            case FOLLOW_UP, PUSH, REGISTER_PROJECT -> isHandler(user, demand);
            case ADD_VOUCHER -> isHandler(user, demand) || isAdminOf(user, demand);
            case CLOSE -> isHandler(user, demand) || isAdminOf(user, demand);
            case REASSIGN -> isAdminOf(user, demand)
                    || user.hasRole(Role.CENTER_ADMIN) && Objects.equals(user.centreId(), demand.getCentreId());
        };
    }

    /** The people working the demand: who may see its enterprise's contacts. */
    public boolean isWorkingOn(CurrentUser user, Demand demand) {
        return isSubmitter(user, demand) || isHandler(user, demand) || isAdminOf(user, demand);
    }

    public boolean isInstitutionAdmin(CurrentUser user, Demand demand) {
        return isAdminOf(user, demand);
    }

    private static boolean isAdminOf(CurrentUser user, Demand demand) {
        return user.hasRole(Role.INST_ADMIN) && Objects.equals(user.institutionId(), demand.getInstitutionId());
    }

    private static boolean isHandler(CurrentUser user, Demand demand) {
        return demand.getHandlerId() != null && demand.getHandlerId() == user.id();
    }

    private static boolean isSubmitter(CurrentUser user, Demand demand) {
        return demand.getSubmitterId() != null && demand.getSubmitterId() == user.id();
    }
}

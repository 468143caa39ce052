package com.gongxuhui.expert.expert;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.api.region.RegionClient;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may change an expert and everything under him (achievements, solutions, follow-ups): the
 * one place of expert-service's data scope (domain.md, Roles). Seeing: a system administrator every expert; the
 * administrators and staff of the institution that maintains him; a bureau manager the experts created within
 * his region. Changing: the maintaining institution's administrator (and a system administrator). Pushing: the
 * caller's own institution's experts only. An expert (EXPERT token) sees and changes himself only, through the
 * mini-program's endpoints. What one may not see answers 404, so ids reveal nothing; what one sees but may not
 * change, 403.
 */
@Component
public class ExpertAccess {

    private final ExpertMapper experts;
    private final RegionClient regions;
    private final ForeignObjects foreignObjects;

    public ExpertAccess(ExpertMapper experts, RegionClient regions, ForeignObjects foreignObjects) {
        this.experts = experts;
        this.regions = regions;
        this.foreignObjects = foreignObjects;
    }

    /** The expert if the caller may see him; otherwise 404 whether or not he exists. */
    public Expert requireVisible(CurrentUser user, long expertId) {
        return require(user, expertId, expert -> canSee(user, expert));
    }

    /** The expert if the caller may change him: 404 when he may not even see him, 403 when only see. */
    public Expert requireManageable(CurrentUser user, long expertId) {
        Expert expert = requireVisible(user, expertId);
        boolean mayManage = user.hasRole(Role.SYS_ADMIN) || user.hasRole(Role.INST_ADMIN) && isOfOwnInstitution(user, expert);
        if (!mayManage) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        return expert;
    }

    /** The expert if the caller's own institution maintains him (he may push demands to him); otherwise 404. */
    public Expert requirePushable(CurrentUser user, long expertId) {
        return require(user, expertId, expert -> mayPushTo(user, expert));
    }

    /** The expert an EXPERT token belongs to (the mini-program's "me"); anybody else is refused with 403. */
    public Expert requireSelf(CurrentUser user) {
        if (!user.hasRole(Role.EXPERT) || user.expertId() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        Expert expert = experts.selectById(user.expertId());
        if (expert == null) {
            throw ProblemException.notFound("EXPERT_NOT_FOUND", user.expertId());
        }
        return expert;
    }

    /**
     * The expert another service asks about with the caller's token: an expert asking about himself (demand-service
     * matching demands to his subscriptions), or a broker about an expert he may push to; otherwise 404.
     */
    public Expert requireSummarisable(CurrentUser user, long expertId) {
        if (user.hasRole(Role.EXPERT)) {
            return require(user, expertId, expert -> Objects.equals(user.expertId(), expert.getId()));
        }
        return requirePushable(user, expertId);
    }

    /**
     * The expert if the caller may have him; otherwise 404 whether or not he exists. One who exists is a security
     * event: the caller named another institution's expert, in a path or in a request to another service.
     */
    private Expert require(CurrentUser user, long expertId, Predicate<Expert> mayHave) {
        return foreignObjects.requireInScope(user.id(), experts.selectById(expertId), mayHave, "expert", expertId,
                "EXPERT_NOT_FOUND");
    }

    /** Whether the caller's own institution maintains the expert: its people read his confidential detail. */
    public boolean maintains(CurrentUser user, Expert expert) {
        return mayPushTo(user, expert);
    }

    /** Narrows a query of experts to those the caller may see. */
    public LambdaQueryWrapper<Expert> restrict(CurrentUser user, LambdaQueryWrapper<Expert> query) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return query;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            return query.in(Expert::getRegionCode, regions.descendants(user.regionCode()));
        }
        return ownInstitution(user, query);
    }

    /** Narrows a query to the experts the caller's own institution maintains: those he may push demands to. */
    public LambdaQueryWrapper<Expert> ownInstitution(CurrentUser user, LambdaQueryWrapper<Expert> query) {
        return query.eq(Expert::getInstitutionId, isOfAnInstitution(user) ? user.institutionId() : -1L);
    }

    private static boolean mayPushTo(CurrentUser user, Expert expert) {
        return isOfAnInstitution(user) && isOfOwnInstitution(user, expert);
    }

    private boolean canSee(CurrentUser user, Expert expert) {
        if (user.hasRole(Role.SYS_ADMIN)) {
            return true;
        }
        if (user.hasRole(Role.GOV_MANAGER) && user.regionCode() != null) {
            return expert.getRegionCode() != null && regions.descendants(user.regionCode()).contains(expert.getRegionCode());
        }
        return isOfAnInstitution(user) && isOfOwnInstitution(user, expert);
    }

    /** An administrator or broker of an institution (an expert or an enterprise carries no institution scope here). */
    private static boolean isOfAnInstitution(CurrentUser user) {
        return user.institutionId() != null && (user.hasRole(Role.INST_ADMIN) || user.hasRole(Role.CENTER_ADMIN)
                || user.hasRole(Role.STAFF));
    }

    private static boolean isOfOwnInstitution(CurrentUser user, Expert expert) {
        return Objects.equals(user.institutionId(), expert.getInstitutionId());
    }
}

package com.gongxuhui.demand.demand;

import com.gongxuhui.common.web.ProblemException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The demand lifecycle in one place (domain.md, Demand lifecycle):
 * <pre>
 *                              DOCKING --register project--> COMPLETED (fee vouchers)
 * PENDING_REVIEW --approve--> DOCKING --close--> CLOSED
 *                              ^
 * IN_POOL (open API, 需求大厅) --claim (揭榜)--+
 *       |  ^
 *    reject resubmit (after edits)
 *       v  |
 *     REJECTED
 * </pre>
 * Actions that keep the state (follow-ups, reassignment, opening to other institutions and their acceptance,
 * edits of a rejected or a docking demand, experts docking and cancelling) are listed too, so that
 * "may this be done now?" has one answer.
 */
public final class DemandStateMachine {

    private static final Map<DemandStatus, Map<DemandAction, DemandStatus>> TRANSITIONS = new EnumMap<>(DemandStatus.class);

    static {
        allow(DemandStatus.IN_POOL, DemandAction.CLAIM, DemandStatus.DOCKING);
        allow(DemandStatus.PENDING_REVIEW, DemandAction.APPROVE, DemandStatus.DOCKING);
        allow(DemandStatus.PENDING_REVIEW, DemandAction.REJECT, DemandStatus.REJECTED);
        allow(DemandStatus.REJECTED, DemandAction.EDIT, DemandStatus.REJECTED);
        allow(DemandStatus.REJECTED, DemandAction.RESUBMIT, DemandStatus.PENDING_REVIEW);
        allow(DemandStatus.DOCKING, DemandAction.EDIT, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.FOLLOW_UP, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.PUSH, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.REASSIGN, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.PUBLISH, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.ACCEPT, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.REGISTER_PROJECT, DemandStatus.COMPLETED);
        allow(DemandStatus.DOCKING, DemandAction.CLOSE, DemandStatus.CLOSED);
        allow(DemandStatus.DOCKING, DemandAction.EXPERT_DOCK, DemandStatus.DOCKING);
        allow(DemandStatus.DOCKING, DemandAction.EXPERT_CANCEL_DOCKING, DemandStatus.DOCKING);
        allow(DemandStatus.COMPLETED, DemandAction.ADD_VOUCHER, DemandStatus.COMPLETED);
    }

    private DemandStateMachine() {
    }

    /** The state after {@code action}, or 409 {@code ILLEGAL_STATE} when the action is not allowed now. */
    public static DemandStatus next(DemandStatus current, DemandAction action) {
        DemandStatus next = TRANSITIONS.getOrDefault(current, Map.of()).get(action);
        if (next == null) {
            throw ProblemException.conflict("ILLEGAL_STATE", action, current);
        }
        return next;
    }

    public static Set<DemandAction> allowedIn(DemandStatus status) {
        Set<DemandAction> actions = EnumSet.noneOf(DemandAction.class);
        actions.addAll(TRANSITIONS.getOrDefault(status, Map.of()).keySet());
        return actions;
    }

    private static void allow(DemandStatus from, DemandAction action, DemandStatus to) {
        TRANSITIONS.computeIfAbsent(from, status -> new EnumMap<>(DemandAction.class)).put(action, to);
    }
}

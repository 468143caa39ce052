package com.gongxuhui.demand.demand;

/** What can be done to a demand; {@link DemandStateMachine} says in which states. */
public enum DemandAction {
    APPROVE,
    REJECT,
    EDIT,
    RESUBMIT,
    FOLLOW_UP,
    PUSH,
    REASSIGN,
    PUBLISH,
    ACCEPT,
    REGISTER_PROJECT,
    ADD_VOUCHER,
    CLOSE,
    CLAIM,
    EXPERT_DOCK,
    EXPERT_CANCEL_DOCKING
}
